import { isActionStarted, isIndicatorCoValidated } from '../action/action';
import {
  areMotivationsReviewed,
  hasAssociatedTerritoryActors,
  hasContributions,
  hasLeverStakes,
  hasStatedMotivations,
} from '../commitment/commitment-rules';
import { isBindingConventionState } from '../convention/convention';
import {
  arePrioritiesSet,
  areMotivationsSharedByAll,
  isCompatibilityReviewedByAll,
} from '../convention/convention-readiness';
import { coversAllAudiences, isPlanApprovedByAll } from '../dialogue/dialogue';
import { countedActions } from '../figures/asymmetry';
import { type PartnershipSnapshot, hasPartner, partyIds } from '../partnership/partnership';
import { presentationCompleteness } from '../presentation/presentation';
import { type CalendarDate } from '../shared/calendar-date';
import { type PartyId } from '../shared/ids';
import { countVisits, visitsTakenPlace } from '../visit/delegation-rules';
import { type CriterionId } from './catalogue';

export interface CriterionContext {
  readonly snapshot: PartnershipSnapshot;
  readonly today: CalendarDate;
  readonly initiator: PartyId;
}

type Evaluator = (context: CriterionContext) => boolean;

/**
 * How each criterion is checked. Step 1 and step 3 look at the initiator's own work (the authority works on
 * itself first); from step 4 on, criteria look at every party.
 */
export const CRITERION_EVALUATORS = {
  'COMMITMENT.MOTIVATIONS_STATED': ({ snapshot, initiator }) => hasStatedMotivations(snapshot, initiator),
  'COMMITMENT.MOTIVATIONS_REVIEWED': ({ snapshot, initiator }) => areMotivationsReviewed(snapshot, initiator),
  'COMMITMENT.TERRITORY_ACTORS_ASSOCIATED': ({ snapshot, initiator }) =>
    hasAssociatedTerritoryActors(snapshot, initiator),
  'COMMITMENT.STAKES_IDENTIFIED': ({ snapshot, initiator }) => hasLeverStakes(snapshot, initiator),
  'COMMITMENT.CONTRIBUTIONS_IDENTIFIED': ({ snapshot, initiator }) => hasContributions(snapshot, initiator),
  'PARTNER_SEARCH.CANDIDATE_ACCEPTED': ({ snapshot }) => hasPartner(snapshot),
  'PRESENTATION.COMPLETE': ({ snapshot, initiator }) =>
    presentationCompleteness(
      initiator,
      snapshot.presentations.find((p) => p.partyId === initiator),
    ).ratio === 1,
  'INITIATION.VISIT_TO_PARTNER': ({ snapshot, today }) =>
    countVisits(visitsTakenPlace(snapshot, today), 'to_partner') > 0,
  'INITIATION.VISIT_FROM_PARTNER': ({ snapshot, today }) =>
    countVisits(visitsTakenPlace(snapshot, today), 'from_partner') > 0,
  'CONVENTION.MOTIVATIONS_SHARED_BY_ALL': ({ snapshot }) => areMotivationsSharedByAll(snapshot),
  'CONVENTION.COMPATIBILITY_REVIEWED': ({ snapshot }) => isCompatibilityReviewedByAll(snapshot),
  'CONVENTION.PRIORITIES_SET': ({ snapshot }) => arePrioritiesSet(snapshot),
  'CONVENTION.SIGNED': ({ snapshot }) =>
    snapshot.convention !== null && isBindingConventionState(snapshot.convention.state),
  'CONVENTION.DIALOGUE_PLAN_AGREED': ({ snapshot }) =>
    hasPartner(snapshot) &&
    coversAllAudiences(snapshot.dialoguePlan) &&
    isPlanApprovedByAll(snapshot.dialoguePlan, partyIds(snapshot)),
  'ACTIONS.FIRST_ACTION_STARTED': ({ snapshot }) => snapshot.actions.some(isActionStarted),
  'ACTIONS.FUNDING_IDENTIFIED': ({ snapshot }) =>
    countedActions(snapshot).some((action) => action.budget.some((line) => line.status !== 'refused')),
  'ACTIONS.INDICATORS_CO_VALIDATED': ({ snapshot }) =>
    countedActions(snapshot).some((action) =>
      action.indicators.some((indicator) => isIndicatorCoValidated(indicator, partyIds(snapshot))),
    ),
  // Emergency aid is bounded: delivered, then closed, so that the council and the national commission can be told.
  'ACTIONS.AID_COMPLETED': ({ snapshot }) => snapshot.actions.some((action) => action.status === 'completed'),
} as const satisfies Record<CriterionId, Evaluator>;
