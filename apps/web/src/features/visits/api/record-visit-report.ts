import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { useVisitsWrite } from './use-visits-write';

export type RecordVisitReportInput = Schemas['RecordVisitReportDto'] & { visitId: string };
export type FollowUpInput = Schemas['FollowUpInputDto'];

export async function recordVisitReport(
  client: ApiClient,
  partnershipId: string,
  { visitId, ...body }: RecordVisitReportInput,
) {
  return unwrap(
    await client.PUT('/api/partnerships/{partnershipId}/visits/{visitId}/report', {
      params: { path: { partnershipId, visitId } },
      body,
    }),
  );
}

/** Writes or rewrites the report of a visit that has taken place; follow-ups already done stay done. */
export function useRecordVisitReport(partnershipId: string) {
  return useVisitsWrite(partnershipId, (client, input: RecordVisitReportInput) =>
    recordVisitReport(client, partnershipId, input),
  );
}
