import type { ApiClient, Schemas } from '../../../lib/api/client';
import { unwrap } from '../../../lib/api/problem';
import { usePartnershipStatusWrite } from './use-partnership-status-write';

export type ProposeRuptureInput = Schemas['ProposeRuptureDto'];
export type RespondToRuptureInput = Schemas['RespondToRuptureDto'];
export type WithdrawRuptureInput = Schemas['WithdrawRuptureDto'];
export type DecideRuptureInput = Schemas['DecideRuptureDto'];

export async function proposeRupture(client: ApiClient, partnershipId: string, body: ProposeRuptureInput) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/rupture', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

export async function respondToRupture(
  client: ApiClient,
  partnershipId: string,
  body: RespondToRuptureInput,
) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/rupture/responses', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

export async function withdrawRupture(client: ApiClient, partnershipId: string, body: WithdrawRuptureInput) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/rupture/withdrawal', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

export async function decideRupture(client: ApiClient, partnershipId: string, body: DecideRuptureInput) {
  return unwrap(
    await client.POST('/api/partnerships/{partnershipId}/rupture/decision', {
      params: { path: { partnershipId } },
      body,
    }),
  );
}

/** Opens the negotiation of a rupture; the API tells the other parties at once. */
export function useProposeRupture(partnershipId: string) {
  return usePartnershipStatusWrite(partnershipId, proposeRupture);
}

/** The partner's answer, heard before the decision and during the notice. */
export function useRespondToRupture(partnershipId: string) {
  return usePartnershipStatusWrite(partnershipId, respondToRupture);
}

export function useWithdrawRupture(partnershipId: string) {
  return usePartnershipStatusWrite(partnershipId, withdrawRupture);
}

/** The elected body's deliberation: notice starts, the partnership runs until it ends. */
export function useDecideRupture(partnershipId: string) {
  return usePartnershipStatusWrite(partnershipId, decideRupture);
}
