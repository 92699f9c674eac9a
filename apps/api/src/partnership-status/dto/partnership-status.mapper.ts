import {
  isActionOngoing,
  type ActionFate,
  type PartnershipSnapshot,
  type Suspension,
  type TerminationRequest,
  type Termination,
} from '@passerelle/domain';
import type {
  ActionDecisionDto,
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
