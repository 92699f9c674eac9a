import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useActionWrite } from './use-action-write';

export type ValidateIndicatorInput = Schemas['ValidateIndicatorDto'] & { indicatorId: string };

export async function validateIndicator(
  client: ApiClient,
  partnershipId: string,
  actionId: string,
  { indicatorId, ...body }: ValidateIndicatorInput,
) {
  return unwrap(
    await client.POST(
      '/api/partnerships/{partnershipId}/actions/{actionId}/indicators/{indicatorId}/validation',
      { params: { path: { partnershipId, actionId, indicatorId } }, body },
    ),
  );
}

/** Validates an indicator for the signed-in user's party (the API validates for that party only). */
export function useValidateIndicator(partnershipId: string, actionId: string) {
  return useActionWrite(partnershipId, actionId, (client, input: ValidateIndicatorInput) =>
    validateIndicator(client, partnershipId, actionId, input),
  );
}
