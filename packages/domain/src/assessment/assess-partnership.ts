import {
  type AudienceDue,
  type SleepAssessment,
  assessDialogueSleep,
  computeNextDialogueDue,
} from '../dialogue/dialogue-cadence';
import { type TerritoryActorInvolvement, territoryActorInvolvement } from '../commitment/commitment-rules';
import { type Asymmetry, computeAsymmetry, countedActions } from '../figures/asymmetry';
import { type RuptureSignal, activeRuptureSignals } from '../signal/rupture-signal';
import { type HealthScore, computeHealthScore } from '../figures/health-score';
import { type FundingFigures, DEFAULT_CURRENCY, computeFundingFigures } from '../figures/funding';
import { referenceTimeZone } from '../partnership/command-support';
import {
  type LegalBasis,
  type PartnershipForm,
  type PartnershipSnapshot,
  type PartnershipStatus,
  initiatorId,
  legalBasisOf,
  partyIds,
} from '../partnership/partnership';
import { type PresentationCompleteness, presentationCompleteness } from '../presentation/presentation';
import { type CalendarDate } from '../shared/calendar-date';
import { type PartnershipId } from '../shared/ids';
import { calendarDateAt } from '../shared/zoned-time';
import {
  DEFAULT_MAX_DELEGATION_SIZE,
  DEFAULT_TRAVEL_ADVISORY_MAX_AGE_DAYS,
  DEFAULT_VISIT_REPORT_GRACE_DAYS,
} from '../visit/delegation-rules';
import {
  type BlockingCondition,
  CRITERIA,
  type CriterionId,
  type StepId,
  criteriaFor,
  stepsFor,
  type StepStatus,
  type Warning,
} from './catalogue';
import { CRITERION_EVALUATORS, type CriterionContext } from './criteria';
import { type WarningOptions, collectWarnings } from './warnings';

export interface AssessmentOptions extends WarningOptions {
  readonly dueSoonDays: number;
  readonly currency: string;
}

export const DEFAULT_ASSESSMENT_OPTIONS: AssessmentOptions = {
  maxDelegationSize: DEFAULT_MAX_DELEGATION_SIZE,
  travelAdvisoryMaxAgeDays: DEFAULT_TRAVEL_ADVISORY_MAX_AGE_DAYS,
  visitReportGraceDays: DEFAULT_VISIT_REPORT_GRACE_DAYS,
  conventionExpiryWarningDays: 90,
  tacitRenewalWarningDays: 30,
  jointEvaluationIntervalDays: 365,
  dueSoonDays: 7,
  currency: DEFAULT_CURRENCY,
};

export interface CriterionResult {
  readonly id: CriterionId;
  readonly step: StepId;
  readonly met: boolean;
  readonly explanationKey: `criteria.${CriterionId}`;
  readonly whyKey: `criteriaWhy.${CriterionId}`;
  readonly fixTarget: string;
  /** Prerequisites not met yet: this criterion's gate cannot be passed before them. */
  readonly blockedBy: readonly CriterionId[];
}

export interface StepAssessment {
  readonly step: StepId;
  readonly status: StepStatus;
  readonly criteria: readonly CriterionResult[];
  /** Why a `blocked` step is blocked: a partnership condition or prerequisites outside the step. */
  readonly blockedBy: readonly (CriterionId | BlockingCondition)[];
}

export interface PartnershipFigures {
  readonly asymmetry: Asymmetry;
  readonly funding: FundingFigures;
  readonly health: HealthScore;
  readonly presentations: readonly PresentationCompleteness[];
  /** Next due exchange per audience; null without a dialogue plan. */
  readonly dialogue: readonly AudienceDue[] | null;
  readonly sleep: SleepAssessment | null;
  /** How far the initiator's territory actors carry the approach (step 1), against the numbers required. */
  readonly territoryActors: TerritoryActorInvolvement;
  /** Warnings of rupture weighing on the relation today, soonest first. */
  readonly ruptureSignals: readonly RuptureSignal[];
}

export interface PartnershipAssessment {
  readonly partnershipId: PartnershipId;
  readonly status: PartnershipStatus;
  /** The partnership's form and what frames it in law: they decide which steps and criteria apply. */
  readonly form: PartnershipForm;
  readonly legalBasis: LegalBasis;
  /** The day the assessment was made for, in the partnership's reference time zone. */
  readonly today: CalendarDate;
  /** The step to work on (current or blocked); null when every step is done or the partnership is terminated. */
  readonly currentStep: StepId | null;
  readonly steps: readonly StepAssessment[];
  readonly warnings: readonly Warning[];
  readonly figures: PartnershipFigures;
}

/**
 * The criteria of the partnership's form, each met or not. A prerequisite that does not apply to the form
 * does not block (an emergency's recipient is accepted without the commitment step).
 */
export function evaluateCriteria(context: CriterionContext): readonly CriterionResult[] {
  const applicable = criteriaFor(context.snapshot.partnership.form);
  const met = new Map<CriterionId, boolean>(applicable.map((id) => [id, CRITERION_EVALUATORS[id](context)]));
  return applicable.map((id) => {
    const definition = CRITERIA[id];
    const requires = (definition.requires as readonly CriterionId[]).filter((prerequisite) =>
      applicable.includes(prerequisite),
    );
    return {
      id,
      step: definition.step,
      met: met.get(id) === true,
      explanationKey: `criteria.${id}`,
      whyKey: `criteriaWhy.${id}`,
      fixTarget: definition.fixTarget,
      blockedBy: requires.filter((prerequisite) => met.get(prerequisite) !== true),
    };
  });
}

/** Prerequisites of unmet criteria that lie in another step; null if some unmet criterion is actionable now. */
function outsidePrerequisites(
  step: StepId,
  criteria: readonly CriterionResult[],
): readonly CriterionId[] | null {
  const unmet = criteria.filter((c) => !c.met);
  const outside = unmet.map((c) => c.blockedBy.filter((id) => CRITERIA[id].step !== step));
  if (unmet.length === 0 || outside.some((ids) => ids.length === 0)) return null;
  return [...new Set(outside.flat())];
}

/**
 * done: every criterion met. The first step not done is the focus: `current`, or `blocked` when the
 * partnership is suspended or when none of its missing criteria can be met before a prerequisite outside the
 * step. Steps after it are `todo` (or `done` if already met). Terminated: every step not done is `blocked`.
 */
export function assessSteps(
  status: PartnershipStatus,
  criteria: readonly CriterionResult[],
  steps: readonly StepId[],
): readonly StepAssessment[] {
  let focusFound = false;
  return steps.map((step): StepAssessment => {
    const own = criteria.filter((c) => c.step === step);
    if (own.every((c) => c.met)) return { step, status: 'done', criteria: own, blockedBy: [] };
    if (status === 'terminated')
      return { step, status: 'blocked', criteria: own, blockedBy: ['PARTNERSHIP.TERMINATED'] };
    if (focusFound) return { step, status: 'todo', criteria: own, blockedBy: [] };
    focusFound = true;
    if (status === 'suspended')
      return { step, status: 'blocked', criteria: own, blockedBy: ['PARTNERSHIP.SUSPENDED'] };
    const outside = outsidePrerequisites(step, own);
    return outside
      ? { step, status: 'blocked', criteria: own, blockedBy: outside }
      : { step, status: 'current', criteria: own, blockedBy: [] };
  });
}

function currentStepOf(status: PartnershipStatus, steps: readonly StepAssessment[]): StepId | null {
  if (status === 'terminated') return null;
  return steps.find((s) => s.status === 'current' || s.status === 'blocked')?.step ?? null;
}

function computeFigures(
  snapshot: PartnershipSnapshot,
  now: Date,
  today: CalendarDate,
  options: AssessmentOptions,
  steps: readonly StepAssessment[],
) {
  const timeZone = referenceTimeZone(snapshot);
  const plan = snapshot.dialoguePlan;
  const input = plan ? { plan, events: snapshot.dialogueEvents, visits: snapshot.visits } : null;
  const dialogue = input ? computeNextDialogueDue(input, now, timeZone, options.dueSoonDays) : null;
  const sleep = input ? assessDialogueSleep(input, now, timeZone) : null;
  const asymmetry = computeAsymmetry(snapshot, today);
  const ruptureSignals = activeRuptureSignals(snapshot.ruptureSignals, today);
  const figures: PartnershipFigures = {
    asymmetry,
    funding: computeFundingFigures(countedActions(snapshot), options.currency),
    health: computeHealthScore({
      dialogue,
      toleranceDays: plan?.toleranceDays ?? 0,
      asymmetry,
      conventionState: snapshot.convention?.state ?? null,
      conventionBased: legalBasisOf(snapshot.partnership.form) === 'convention',
      steps,
      activeRuptureSignals: ruptureSignals.length,
    }),
    presentations: partyIds(snapshot).map((partyId) =>
      presentationCompleteness(
        partyId,
        snapshot.presentations.find((p) => p.partyId === partyId),
      ),
    ),
    dialogue,
    sleep,
    territoryActors: territoryActorInvolvement(snapshot, initiatorId(snapshot)),
    ruptureSignals,
  };
  return figures;
}

/**
 * Where the partnership stands in the method: step statuses with their criteria, warnings and figures.
 * The same result tells the API what to refuse and the UI what is missing and why.
 */
export function assessPartnership(
  snapshot: PartnershipSnapshot,
  now: Date,
  options: Partial<AssessmentOptions> = {},
): PartnershipAssessment {
  const settings: AssessmentOptions = { ...DEFAULT_ASSESSMENT_OPTIONS, ...options };
  const today = calendarDateAt(now, referenceTimeZone(snapshot));
  const status = snapshot.partnership.status;
  const criteria = evaluateCriteria({ snapshot, today, initiator: initiatorId(snapshot) });
  const form = snapshot.partnership.form;
  const steps = assessSteps(status, criteria, stepsFor(form));
  const figures = computeFigures(snapshot, now, today, settings, steps);
  return {
    partnershipId: snapshot.partnership.id,
    status,
    form,
    legalBasis: legalBasisOf(form),
    today,
    currentStep: currentStepOf(status, steps),
    steps,
    // A warning about a step the form does not go through (visits, the convention) would judge it by another form's method.
    warnings: collectWarnings({
      snapshot,
      today,
      dialogue: figures.dialogue,
      sleep: figures.sleep,
      options: settings,
    }).filter((warning) => steps.some((step) => step.step === warning.step)),
    figures,
  };
}
