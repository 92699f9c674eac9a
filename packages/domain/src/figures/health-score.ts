import {
  HEALTH_COMPONENT_IDS,
  type HealthComponentId,
  type StepId,
  type StepStatus,
} from '../assessment/catalogue';
import { type ConventionState } from '../convention/convention';
import { type AudienceDue } from '../dialogue/dialogue-cadence';
import { relationStability } from '../signal/rupture-signal';
import { type Asymmetry } from './asymmetry';

/**
 * The method's weights sum to 100 once every one of them is expected; the dialogue weighs most because the
 * method says frequency keeps the relation alive. Following the method's steps counts from the first day.
 * The relation's stability comes on top, and only while warnings of rupture weigh on it.
 */
export const HEALTH_WEIGHTS = {
  METHOD_PROGRESS: 20,
  DIALOGUE_REGULARITY: 25,
  VISIT_RECIPROCITY: 15,
  ACTION_BALANCE: 15,
  INDICATORS_CO_VALIDATED: 10,
  CONVENTION_IN_FORCE: 15,
  /**
   * Counts only while warnings of rupture weigh on the relation (an election near, a budget cut…): the
   * product's choice (docs/domain.md) — a relation without any is not rewarded for it; with some, it
   * weighs 25 beside the method's 100 and its value (1 − 0.4 per sign, never above the rest's share)
   * pulls the score down.
   */
  RELATION_STABILITY: 25,
} as const satisfies Record<HealthComponentId, number>;

export interface HealthComponent {
  readonly id: HealthComponentId;
  /**
   * Its share of the score at the partnership's stage: the base weight scaled so that the expected
   * components sum to 100; 0 for a component not expected yet (its step not reached), which then counts for
   * nothing.
   */
  readonly weight: number;
  /** 0..1, measured even when not expected yet. */
  readonly value: number;
  /** weight × value, rounded to one decimal. */
  readonly points: number;
  readonly explanationKey: `health.${HealthComponentId}`;
}

export interface HealthScore {
  /** 0..100, the rounded sum of the expected components' weighted values. */
  readonly score: number;
  readonly components: readonly HealthComponent[];
}

/** What the score needs of the steps: their status and whether each criterion is met. */
export interface HealthStep {
  readonly step: StepId;
  readonly status: StepStatus;
  readonly criteria: readonly { readonly met: boolean }[];
}

export interface HealthInput {
  /** Due status per audience of the plan; null when there is no dialogue plan. */
  readonly dialogue: readonly AudienceDue[] | null;
  readonly toleranceDays: number;
  readonly asymmetry: Asymmetry;
  readonly conventionState: ConventionState | null;
  /** False for emergency aid and actions without a convention: no convention is expected of them. */
  readonly conventionBased?: boolean;
  readonly steps: readonly HealthStep[];
  /** Warnings of rupture weighing on the relation today (`activeRuptureSignals`). */
  readonly activeRuptureSignals: number;
}

/** Criteria met over the criteria of the steps reached (done, current or blocked); 1 before any is reached. */
export function methodProgress(steps: readonly HealthStep[]): number {
  const criteria = steps.filter((step) => step.status !== 'todo').flatMap((step) => step.criteria);
  if (criteria.length === 0) return 1;
  return criteria.filter((criterion) => criterion.met).length / criteria.length;
}

function isStepDone(steps: readonly HealthStep[], id: StepId): boolean {
  return steps.some((step) => step.step === id && step.status === 'done');
}

/**
 * Which components the partnership's stage expects, so that a young partnership on track is not scored on
 * what later steps build: reciprocal visits once step 4 is done, the convention once step 5 is done, the
 * dialogue's regularity once a dialogue plan exists, actions and indicators once there are some.
 */
export function expectedHealthComponents(input: HealthInput): Record<HealthComponentId, boolean> {
  const conventionDone = isStepDone(input.steps, 'CONVENTION');
  const actionsDone = isStepDone(input.steps, 'ACTIONS');
  return {
    METHOD_PROGRESS: true,
    DIALOGUE_REGULARITY: input.dialogue !== null || conventionDone,
    VISIT_RECIPROCITY: isStepDone(input.steps, 'INITIATION'),
    ACTION_BALANCE: input.asymmetry.actionsCount > 0 || actionsDone,
    INDICATORS_CO_VALIDATED: input.asymmetry.indicatorsCount > 0 || actionsDone,
    CONVENTION_IN_FORCE: conventionDone && input.conventionBased !== false,
    RELATION_STABILITY: input.activeRuptureSignals > 0,
  };
}

/** On time = 1, overdue within the tolerance = 0.5, overdue beyond it = 0; no plan = 0. */
export function dialogueRegularity(dialogue: readonly AudienceDue[] | null, toleranceDays: number): number {
  if (!dialogue || dialogue.length === 0) return 0;
  const values = dialogue.map((due): number =>
    due.status !== 'overdue' ? 1 : due.daysOverdue <= toleranceDays ? 0.5 : 0,
  );
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Fewer visits one way than the other lowers the value: min / max of the two directions; none = 0. */
export function visitReciprocity(asymmetry: Asymmetry): number {
  const most = Math.max(asymmetry.visitsToPartner, asymmetry.visitsFromPartner);
  return most === 0 ? 0 : Math.min(asymmetry.visitsToPartner, asymmetry.visitsFromPartner) / most;
}

function spreadBalance(shares: readonly (number | null)[]): number {
  const known = shares.filter((s): s is number => s !== null);
  if (known.length === 0) return 0;
  return 1 - (Math.max(...known) - Math.min(...known));
}

/** Who initiates and where actions take place: 1 when every party is equally involved, 0 when one takes all. */
export function actionBalance(asymmetry: Asymmetry): number {
  if (asymmetry.actionsCount === 0) return 0;
  const initiated = spreadBalance(asymmetry.parties.map((p) => p.actionsInitiatedShare));
  const located = spreadBalance(asymmetry.parties.map((p) => p.actionsLocatedShare));
  return (initiated + located) / 2;
}

export function conventionValue(state: ConventionState | null): number {
  switch (state) {
    case 'in_force':
    case 'renewed':
      return 1;
    case 'signed':
      return 0.75;
    case 'approved':
      return 0.5;
    case 'in_negotiation':
    case 'suspended':
      return 0.25;
    case 'draft':
    case 'expired':
    case 'terminated':
    case null:
      return 0;
    default: {
      const _exhaustive: never = state;
      return _exhaustive;
    }
  }
}

function component(id: HealthComponentId, weight: number, value: number): HealthComponent {
  const rounded = Math.round(weight * 10) / 10;
  return {
    id,
    weight: rounded,
    value,
    points: Math.round(weight * value * 10) / 10,
    explanationKey: `health.${id}`,
  };
}

/** The weighted share (0..1) of the expected components among `ids`, each at its base weight. */
function weightedShare(
  ids: readonly HealthComponentId[],
  expected: Record<HealthComponentId, boolean>,
  values: Record<HealthComponentId, number>,
): number {
  const counted = ids.filter((id) => expected[id]);
  const total = counted.reduce((sum, id) => sum + HEALTH_WEIGHTS[id], 0);
  return total === 0 ? 1 : counted.reduce((sum, id) => sum + HEALTH_WEIGHTS[id] * values[id], 0) / total;
}

/**
 * The health of the relation as its stage expects it: each expected component weighs its base weight,
 * scaled so that the expected ones sum to 100; the others are shown with a weight of 0. The stability
 * never counts for more than the rest of the score, so that a warning of rupture can only lower it.
 */
export function computeHealthScore(input: HealthInput): HealthScore {
  const expected = expectedHealthComponents(input);
  const ids = HEALTH_COMPONENT_IDS;
  const methodIds = ids.filter((id) => id !== 'RELATION_STABILITY');
  const method: Record<HealthComponentId, number> = {
    METHOD_PROGRESS: methodProgress(input.steps),
    DIALOGUE_REGULARITY: dialogueRegularity(input.dialogue, input.toleranceDays),
    VISIT_RECIPROCITY: visitReciprocity(input.asymmetry),
    ACTION_BALANCE: actionBalance(input.asymmetry),
    INDICATORS_CO_VALIDATED: input.asymmetry.indicatorsCoValidatedShare ?? 0,
    CONVENTION_IN_FORCE: conventionValue(input.conventionState),
    RELATION_STABILITY: 1,
  };
  const values: Record<HealthComponentId, number> = {
    ...method,
    RELATION_STABILITY:
      input.activeRuptureSignals === 0
        ? 1
        : Math.min(relationStability(input.activeRuptureSignals), weightedShare(methodIds, expected, method)),
  };
  const expectedWeight = ids.reduce((sum, id) => sum + (expected[id] ? HEALTH_WEIGHTS[id] : 0), 0);
  const weightOf = (id: HealthComponentId) =>
    expected[id] ? (HEALTH_WEIGHTS[id] * 100) / expectedWeight : 0;
  const score = Math.round(ids.reduce((sum, id) => sum + weightOf(id) * values[id], 0));
  return { score, components: ids.map((id) => component(id, weightOf(id), values[id])) };
}
