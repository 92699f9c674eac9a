import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useCommitmentWrite } from './use-commitment-write';

export type RecordConsultationInput = Schemas['RecordConsultationDto'] & { actorId: string };

export async function recordConsultation(
  client: ApiClient,
  partnershipId: string,
  { actorId, ...body }: RecordConsultationInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/territory-actors/{actorId}/consultations', {
      params: { path: { partnershipId, actorId } },
      body,
    }),
  );
}

/** A dated consultation is what makes an actor associated with the approach. */
export function useRecordConsultation(partnershipId: string) {
  return useCommitmentWrite(partnershipId, (client, input: RecordConsultationInput) =>
    recordConsultation(client, partnershipId, input),
  );
}
