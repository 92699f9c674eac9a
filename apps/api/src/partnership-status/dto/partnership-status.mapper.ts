import {
  earliestRuptureDecisionOn,
  isActionOngoing,
  noticeDaysLeft,
  partiesNotHeard,
  type ActionFate,
  type PartnershipSnapshot,
  type Suspension,
  type TerminationRequest,
  type Termination,
} from '@passerelle/domain';
import type { ActionDecisionDto } from './action-decision.dto';
import type { RuptureView } from './rupture.dto';
import type {
  OngoingActionView,
  SuspensionView,
  TerminateDto,
  TerminationView,
} from './partnership-status.dto';

/** The domain's termination request from the form (the convention's termination uses it too). */
export function terminationRequestOf(input: TerminateDto): TerminationRequest {
  return {
    reason: input.reason.trim(),
    noticeGivenOn: input.noticeGivenOn,
    effectiveOn: input.effectiveOn,
    actionDecisions: input.actionDecisions.map((decision: ActionDecisionDto) => ({
      actionId: decision.actionId,
      fate: decision.fate as ActionFate,
    })),
  };
}

export function toSuspensionView(suspension: Suspension | null): SuspensionView | null {
  return suspension ? { reason: suspension.reason, since: suspension.since } : null;
}

export function toTerminationView(termination: Termination | null): TerminationView | null {
  if (!termination) return null;
  return {
    reason: termination.reason,
    noticeGivenOn: termination.noticeGivenOn,
    effectiveOn: termination.effectiveOn,
    actionDecisions: termination.actionDecisions.map(({ actionId, fate }) => ({ actionId, fate })),
    decidedAt: termination.decidedAt.toISOString(),
  };
}

export function ongoingActionsOf(snapshot: PartnershipSnapshot): OngoingActionView[] {
  return snapshot.actions
    .filter(isActionOngoing)
    .map((action) => ({ id: action.id, title: action.title, status: action.status }));
}

/** The rupture as its section shows it, with what the domain derives (who is not heard, days left). */
export function toRuptureView(snapshot: PartnershipSnapshot, now: Date): RuptureView | null {
  const rupture = snapshot.partnership.rupture;
  if (!rupture) return null;
  return {
    stage: rupture.stage,
    reason: rupture.reason,
    proposedBy: rupture.proposedBy,
    proposedOn: rupture.proposedOn,
    responses: rupture.responses.map(({ partyId, text, on }) => ({ partyId, text, on })),
    deliberation: rupture.deliberation ? { ...rupture.deliberation } : null,
    noticeGivenOn: rupture.noticeGivenOn,
    effectiveOn: rupture.effectiveOn,
    actionDecisions: rupture.actionDecisions.map(({ actionId, fate }) => ({ actionId, fate })),
    withdrawal: rupture.withdrawal ? { ...rupture.withdrawal } : null,
    notHeard:
      rupture.stage === 'negotiating' || rupture.stage === 'notice' ? [...partiesNotHeard(snapshot)] : [],
    earliestDecisionOn: rupture.stage === 'negotiating' ? earliestRuptureDecisionOn(snapshot) : null,
    noticeDaysLeft: noticeDaysLeft(snapshot, now),
  };
}
