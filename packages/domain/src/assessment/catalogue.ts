import { type LegalBasis, type PartnershipForm, legalBasisOf } from '../partnership/partnership-form';

/** The six steps of the method (seed 004, section 4), in order. */
export const STEP_IDS = [
  'COMMITMENT',
  'PARTNER_SEARCH',
  'PRESENTATION',
  'INITIATION',
  'CONVENTION',
  'ACTIONS',
] as const;
export type StepId = (typeof STEP_IDS)[number];

export const STEP_STATUSES = ['done', 'current', 'todo', 'blocked'] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** Conditions outside any step that can block a step (shown in `blockedBy` beside criterion ids). */
export const BLOCKING_CONDITIONS = ['PARTNERSHIP.SUSPENDED', 'PARTNERSHIP.TERMINATED'] as const;
export type BlockingCondition = (typeof BLOCKING_CONDITIONS)[number];

export const CRITERION_IDS = [
  'COMMITMENT.MOTIVATIONS_STATED',
  'COMMITMENT.MOTIVATIONS_REVIEWED',
  'COMMITMENT.TERRITORY_ACTORS_ASSOCIATED',
  'COMMITMENT.STAKES_IDENTIFIED',
  'COMMITMENT.CONTRIBUTIONS_IDENTIFIED',
  'PARTNER_SEARCH.CANDIDATE_ACCEPTED',
  'PRESENTATION.COMPLETE',
  'INITIATION.VISIT_TO_PARTNER',
  'INITIATION.VISIT_FROM_PARTNER',
  'CONVENTION.MOTIVATIONS_SHARED_BY_ALL',
  'CONVENTION.COMPATIBILITY_REVIEWED',
  'CONVENTION.PRIORITIES_SET',
  'CONVENTION.SIGNED',
  'CONVENTION.DIALOGUE_PLAN_AGREED',
  'ACTIONS.FIRST_ACTION_STARTED',
  'ACTIONS.FUNDING_IDENTIFIED',
  'ACTIONS.INDICATORS_CO_VALIDATED',
  'ACTIONS.AID_COMPLETED',
] as const;
export type CriterionId = (typeof CRITERION_IDS)[number];

export interface CriterionDefinition {
  readonly step: StepId;
  /** Stable name of the form that fills the criterion, for the UI to link to. */
  readonly fixTarget: string;
  /** Criteria that must hold before this one can be met (the gate's prerequisites). */
  readonly requires: readonly CriterionId[];
}

export const CRITERIA = {
  'COMMITMENT.MOTIVATIONS_STATED': { step: 'COMMITMENT', fixTarget: 'commitment.motivations', requires: [] },
  'COMMITMENT.MOTIVATIONS_REVIEWED': {
    step: 'COMMITMENT',
    fixTarget: 'commitment.motivations.review',
    requires: ['COMMITMENT.MOTIVATIONS_STATED'],
  },
  'COMMITMENT.TERRITORY_ACTORS_ASSOCIATED': {
    step: 'COMMITMENT',
    fixTarget: 'commitment.territory-actors',
    requires: [],
  },
  'COMMITMENT.STAKES_IDENTIFIED': { step: 'COMMITMENT', fixTarget: 'commitment.stakes', requires: [] },
  'COMMITMENT.CONTRIBUTIONS_IDENTIFIED': {
    step: 'COMMITMENT',
    fixTarget: 'commitment.contributions',
    requires: [],
  },
  'PARTNER_SEARCH.CANDIDATE_ACCEPTED': {
    step: 'PARTNER_SEARCH',
    fixTarget: 'partner-search.candidates',
    requires: ['COMMITMENT.MOTIVATIONS_REVIEWED'],
  },
  'PRESENTATION.COMPLETE': { step: 'PRESENTATION', fixTarget: 'presentation', requires: [] },
  'INITIATION.VISIT_TO_PARTNER': {
    step: 'INITIATION',
    fixTarget: 'visits',
    requires: ['PARTNER_SEARCH.CANDIDATE_ACCEPTED'],
  },
  'INITIATION.VISIT_FROM_PARTNER': {
    step: 'INITIATION',
    fixTarget: 'visits',
    requires: ['PARTNER_SEARCH.CANDIDATE_ACCEPTED'],
  },
  'CONVENTION.MOTIVATIONS_SHARED_BY_ALL': {
    step: 'CONVENTION',
    fixTarget: 'commitment.motivations.share',
    requires: ['PARTNER_SEARCH.CANDIDATE_ACCEPTED'],
  },
  'CONVENTION.COMPATIBILITY_REVIEWED': {
    step: 'CONVENTION',
    fixTarget: 'convention.compatibility',
    requires: ['CONVENTION.MOTIVATIONS_SHARED_BY_ALL'],
  },
  'CONVENTION.PRIORITIES_SET': {
    step: 'CONVENTION',
    fixTarget: 'convention.priorities',
    requires: ['CONVENTION.MOTIVATIONS_SHARED_BY_ALL'],
  },
  'CONVENTION.SIGNED': {
    step: 'CONVENTION',
    fixTarget: 'convention',
    requires: [
      'CONVENTION.MOTIVATIONS_SHARED_BY_ALL',
      'CONVENTION.COMPATIBILITY_REVIEWED',
      'CONVENTION.PRIORITIES_SET',
    ],
  },
  'CONVENTION.DIALOGUE_PLAN_AGREED': {
    step: 'CONVENTION',
    fixTarget: 'dialogue.plan',
    requires: ['PARTNER_SEARCH.CANDIDATE_ACCEPTED'],
  },
  'ACTIONS.FIRST_ACTION_STARTED': {
    step: 'ACTIONS',
    fixTarget: 'actions',
    requires: ['PARTNER_SEARCH.CANDIDATE_ACCEPTED'],
  },
  'ACTIONS.FUNDING_IDENTIFIED': {
    step: 'ACTIONS',
    fixTarget: 'actions.budget',
    requires: ['PARTNER_SEARCH.CANDIDATE_ACCEPTED'],
  },
  'ACTIONS.INDICATORS_CO_VALIDATED': {
    step: 'ACTIONS',
    fixTarget: 'actions.indicators',
    requires: ['PARTNER_SEARCH.CANDIDATE_ACCEPTED'],
  },
  'ACTIONS.AID_COMPLETED': {
    step: 'ACTIONS',
    fixTarget: 'actions',
    requires: ['ACTIONS.FIRST_ACTION_STARTED'],
  },
} as const satisfies Record<CriterionId, CriterionDefinition>;

const COMMITMENT_CRITERIA = [
  'COMMITMENT.MOTIVATIONS_STATED',
  'COMMITMENT.MOTIVATIONS_REVIEWED',
  'COMMITMENT.TERRITORY_ACTORS_ASSOCIATED',
  'COMMITMENT.STAKES_IDENTIFIED',
  'COMMITMENT.CONTRIBUTIONS_IDENTIFIED',
] as const satisfies readonly CriterionId[];

/**
 * Which criteria assess a partnership, by the legal basis of its form (docs/domain.md, "Legal variants").
 * A convention-based relation follows the whole method. Emergency humanitarian aid is given without a
 * convention and cannot wait for a commitment built over months or reciprocal visits: a clearly identified
 * recipient, the aid started, funded and completed. An external action without a convention still rests on the
 * authority's own commitment (its local interest) and a partner presented to, then on actions set in common.
 */
export const CRITERIA_BY_LEGAL_BASIS = {
  convention: CRITERION_IDS.filter((id) => id !== 'ACTIONS.AID_COMPLETED'),
  emergency_aid: [
    'PARTNER_SEARCH.CANDIDATE_ACCEPTED',
    'ACTIONS.FIRST_ACTION_STARTED',
    'ACTIONS.FUNDING_IDENTIFIED',
    'ACTIONS.AID_COMPLETED',
  ],
  without_convention: [
    ...COMMITMENT_CRITERIA,
    'PARTNER_SEARCH.CANDIDATE_ACCEPTED',
    'PRESENTATION.COMPLETE',
    'ACTIONS.FIRST_ACTION_STARTED',
    'ACTIONS.FUNDING_IDENTIFIED',
    'ACTIONS.INDICATORS_CO_VALIDATED',
  ],
} as const satisfies Record<LegalBasis, readonly CriterionId[]>;

/** The criteria that assess a partnership of this form, in catalogue order. */
export function criteriaFor(form: PartnershipForm): readonly CriterionId[] {
  const applicable: readonly CriterionId[] = CRITERIA_BY_LEGAL_BASIS[legalBasisOf(form)];
  return CRITERION_IDS.filter((id) => applicable.includes(id));
}

export function criterionAppliesTo(form: PartnershipForm, id: CriterionId): boolean {
  return criteriaFor(form).includes(id);
}

/** The steps a partnership of this form goes through: those with at least one criterion that applies. */
export function stepsFor(form: PartnershipForm): readonly StepId[] {
  const criteria = criteriaFor(form);
  return STEP_IDS.filter((step) => criteria.some((id) => CRITERIA[id].step === step));
}

export const WARNING_IDS = [
  'COMMITMENT.MOTIVATION_CHANGES_REQUESTED',
  'PARTNER_SEARCH.NEXT_STEP_OVERDUE',
  'PARTNER_SEARCH.BEFORE_COMMITMENT',
  'INITIATION.DELEGATION_TOO_LARGE',
  'INITIATION.DELEGATION_NOT_DIVERSE',
  'INITIATION.RELATION_CARRIED_BY_ONE_PERSON',
  'INITIATION.VISITS_NOT_RECIPROCAL',
  'INITIATION.TRAVEL_ADVISORY_OUTDATED',
  'INITIATION.VISIT_REPORT_MISSING',
  'INITIATION.ORANGE_ZONE_APPROVAL_MISSING',
  'CONVENTION.EXPIRING_SOON',
  'CONVENTION.TACIT_RENEWAL_DEADLINE_SOON',
  'CONVENTION.WITHOUT_RECIPROCAL_VISIT',
  'CONVENTION.PARTNER_STAKES_MISSING',
  'DIALOGUE.EXCHANGE_OVERDUE',
  'DIALOGUE.FALLING_ASLEEP',
  'DIALOGUE.CHANNEL_NOT_USUAL',
  'ACTIONS.ALL_LOCATED_ON_ONE_TERRITORY',
  'ACTIONS.ALL_INITIATED_BY_ONE_PARTY',
  'ACTIONS.INDICATORS_NOT_CO_VALIDATED',
  'ACTIONS.NO_RECENT_JOINT_EVALUATION',
  'RELATION.RUPTURE_SIGNAL',
] as const;
export type WarningId = (typeof WARNING_IDS)[number];

/** The step each warning is shown with; dialogue belongs to step 5 ("convention and dialogue"). */
export const WARNING_STEPS = {
  'COMMITMENT.MOTIVATION_CHANGES_REQUESTED': 'COMMITMENT',
  'PARTNER_SEARCH.NEXT_STEP_OVERDUE': 'PARTNER_SEARCH',
  'PARTNER_SEARCH.BEFORE_COMMITMENT': 'PARTNER_SEARCH',
  'INITIATION.DELEGATION_TOO_LARGE': 'INITIATION',
  'INITIATION.DELEGATION_NOT_DIVERSE': 'INITIATION',
  'INITIATION.RELATION_CARRIED_BY_ONE_PERSON': 'INITIATION',
  'INITIATION.VISITS_NOT_RECIPROCAL': 'INITIATION',
  'INITIATION.TRAVEL_ADVISORY_OUTDATED': 'INITIATION',
  'INITIATION.VISIT_REPORT_MISSING': 'INITIATION',
  'INITIATION.ORANGE_ZONE_APPROVAL_MISSING': 'INITIATION',
  'CONVENTION.EXPIRING_SOON': 'CONVENTION',
  'CONVENTION.TACIT_RENEWAL_DEADLINE_SOON': 'CONVENTION',
  'CONVENTION.WITHOUT_RECIPROCAL_VISIT': 'CONVENTION',
  'CONVENTION.PARTNER_STAKES_MISSING': 'CONVENTION',
  'DIALOGUE.EXCHANGE_OVERDUE': 'CONVENTION',
  'DIALOGUE.FALLING_ASLEEP': 'CONVENTION',
  'DIALOGUE.CHANNEL_NOT_USUAL': 'CONVENTION',
  'ACTIONS.ALL_LOCATED_ON_ONE_TERRITORY': 'ACTIONS',
  'ACTIONS.ALL_INITIATED_BY_ONE_PARTY': 'ACTIONS',
  'ACTIONS.INDICATORS_NOT_CO_VALIDATED': 'ACTIONS',
  'ACTIONS.NO_RECENT_JOINT_EVALUATION': 'ACTIONS',
  // The relation lives on after step 6: its warnings of rupture are shown with its actions.
  'RELATION.RUPTURE_SIGNAL': 'ACTIONS',
} as const satisfies Record<WarningId, StepId>;

/** A non-blocking observation: the method is at risk, nothing is refused. */
export interface Warning {
  readonly id: WarningId;
  readonly step: StepId;
  readonly explanationKey: `warnings.${WarningId}`;
  readonly whyKey: `warningsWhy.${WarningId}`;
  /** What the warning is about (visit id, party id, audience...), for the UI and for stable display. */
  readonly details: Readonly<Record<string, string | number | boolean | readonly string[]>>;
}

export function makeWarning(id: WarningId, details: Warning['details']): Warning {
  return {
    id,
    step: WARNING_STEPS[id],
    explanationKey: `warnings.${id}`,
    whyKey: `warningsWhy.${id}`,
    details,
  };
}

export const HEALTH_COMPONENT_IDS = [
  'METHOD_PROGRESS',
  'DIALOGUE_REGULARITY',
  'VISIT_RECIPROCITY',
  'ACTION_BALANCE',
  'INDICATORS_CO_VALIDATED',
  'CONVENTION_IN_FORCE',
  'RELATION_STABILITY',
] as const;
export type HealthComponentId = (typeof HEALTH_COMPONENT_IDS)[number];
