import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useActionWrite } from './use-action-write';

export type DescribeActionInput = Schemas['DescribeActionDto'];

export async function describeAction(
  client: ApiClient,
  partnershipId: string,
  actionId: string,
  body: DescribeActionInput,
) {
  return unwrap(
    await client.PUT('/api/partnerships/{partnershipId}/actions/{actionId}/description', {
      params: { path: { partnershipId, actionId } },
      body,
    }),
  );
}

/** Describes the action (description, objectives, DAC sectors, policy markers), with the version read. */
export function useDescribeAction(partnershipId: string, actionId: string) {
  return useActionWrite(partnershipId, actionId, (client, input: DescribeActionInput) =>
    describeAction(client, partnershipId, actionId, input),
  );
}
