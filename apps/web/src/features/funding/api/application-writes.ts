import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApiClient } from '../../../lib/api/api-client-context';
import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { actionFundingQueryOptions } from './get-action-funding';
import { fundingCallsQueryOptions } from './get-funding-calls';

export type DraftApplicationInput = Schemas['DraftFundingApplicationDto'];
export type DatedStepInput = Schemas['DatedStepDto'];
export type DecisionInput = Schemas['DecideFundingApplicationDto'];
export type TrancheInput = Schemas['PlanTrancheDto'];
export type ReceiptInput = Schemas['ReceiveTrancheDto'];
export type ReportInput = Schemas['PlanReportDto'];

/** A write on an action's applications: the action's funding (and the calls' counts) are read again after. */
function useFundingWrite<Input, Output>(
  partnershipId: string,
  actionId: string,
  write: (client: ApiClient, input: Input) => Promise<Output>,
) {
  const client = useApiClient();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => write(client, input),
    onSettled: async () => {
      await queryClient.invalidateQueries({
        queryKey: actionFundingQueryOptions(client, partnershipId, actionId).queryKey,
      });
      await queryClient.invalidateQueries({ queryKey: fundingCallsQueryOptions(client).queryKey });
    },
  });
}

export function useDraftApplication(partnershipId: string, actionId: string) {
  return useFundingWrite(partnershipId, actionId, async (client, body: DraftApplicationInput) =>
    unwrap(
      await client.POST('/api/partnerships/{partnershipId}/actions/{actionId}/funding-applications', {
        params: { path: { partnershipId, actionId } },
        body,
      }),
    ),
  );
}

export type ApplicationStep = 'submission' | 'withdrawal';

/** Submits or withdraws an application on a date, under its version. */
export function useApplicationStep(partnershipId: string, actionId: string) {
  return useFundingWrite(
    partnershipId,
    actionId,
    async (client, input: { applicationId: string; step: ApplicationStep; body: DatedStepInput }) => {
      const params = { path: { partnershipId, applicationId: input.applicationId } };
      return unwrap(
        input.step === 'submission'
          ? await client.POST(
              '/api/partnerships/{partnershipId}/funding-applications/{applicationId}/submission',
              { params, body: input.body },
            )
          : await client.POST(
              '/api/partnerships/{partnershipId}/funding-applications/{applicationId}/withdrawal',
              { params, body: input.body },
            ),
      );
    },
  );
}

export function useDecideApplication(partnershipId: string, actionId: string) {
  return useFundingWrite(
    partnershipId,
    actionId,
    async (client, input: { applicationId: string; body: DecisionInput }) =>
      unwrap(
        await client.POST('/api/partnerships/{partnershipId}/funding-applications/{applicationId}/decision', {
          params: { path: { partnershipId, applicationId: input.applicationId } },
          body: input.body,
        }),
      ),
  );
}

export function usePlanTranche(partnershipId: string, actionId: string) {
  return useFundingWrite(
    partnershipId,
    actionId,
    async (client, input: { applicationId: string; body: TrancheInput; idempotencyKey: string }) =>
      unwrap(
        await client.POST('/api/partnerships/{partnershipId}/funding-applications/{applicationId}/tranches', {
          params: {
            path: { partnershipId, applicationId: input.applicationId },
            header: { 'Idempotency-Key': input.idempotencyKey },
          },
          body: input.body,
        }),
      ),
  );
}

export function useReceiveTranche(partnershipId: string, actionId: string) {
  return useFundingWrite(
    partnershipId,
    actionId,
    async (client, input: { applicationId: string; trancheId: string; body: ReceiptInput }) =>
      unwrap(
        await client.PUT(
          '/api/partnerships/{partnershipId}/funding-applications/{applicationId}/tranches/{trancheId}/receipt',
          {
            params: {
              path: { partnershipId, applicationId: input.applicationId, trancheId: input.trancheId },
            },
            body: input.body,
          },
        ),
      ),
  );
}

export function usePlanReport(partnershipId: string, actionId: string) {
  return useFundingWrite(
    partnershipId,
    actionId,
    async (client, input: { applicationId: string; body: ReportInput; idempotencyKey: string }) =>
      unwrap(
        await client.POST('/api/partnerships/{partnershipId}/funding-applications/{applicationId}/reports', {
          params: {
            path: { partnershipId, applicationId: input.applicationId },
            header: { 'Idempotency-Key': input.idempotencyKey },
          },
          body: input.body,
        }),
      ),
  );
}

export function useSubmitReport(partnershipId: string, actionId: string) {
  return useFundingWrite(
    partnershipId,
    actionId,
    async (client, input: { applicationId: string; reportId: string; body: DatedStepInput }) =>
      unwrap(
        await client.PUT(
          '/api/partnerships/{partnershipId}/funding-applications/{applicationId}/reports/{reportId}/submission',
          {
            params: { path: { partnershipId, applicationId: input.applicationId, reportId: input.reportId } },
            body: input.body,
          },
        ),
      ),
  );
}
