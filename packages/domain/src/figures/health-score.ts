import { type HealthComponentId } from '../assessment/catalogue';
import { type ConventionState } from '../convention/convention';
import { type AudienceDue } from '../dialogue/dialogue-cadence';
import { type Asymmetry } from './asymmetry';

/** Weights sum to 100; the dialogue weighs most because the method says frequency keeps the relation alive. */
export const HEALTH_WEIGHTS = {
  DIALOGUE_REGULARITY: 30,
  VISIT_RECIPROCITY: 20,
  ACTION_BALANCE: 20,
  INDICATORS_CO_VALIDATED: 15,
  CONVENTION_IN_FORCE: 15,
} as const satisfies Record<HealthComponentId, number>;

export interface HealthComponent {
  readonly id: HealthComponentId;
  readonly weight: number;
  /** 0..1 */
  readonly value: number;
  /** weight × value, rounded to one decimal. */
  readonly points: number;
  readonly explanationKey: `health.${HealthComponentId}`;
}

export interface HealthScore {
  /** 0..100, the rounded sum of the components' weighted values. */
  readonly score: number;
  readonly components: readonly HealthComponent[];
}

export interface HealthInput {
  /** Due status per audience of the plan; null when there is no dialogue plan. */
  readonly dialogue: readonly AudienceDue[] | null;
  readonly toleranceDays: number;
  readonly asymmetry: Asymmetry;
  readonly conventionState: ConventionState | null;
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

function component(id: HealthComponentId, value: number): HealthComponent {
  const weight = HEALTH_WEIGHTS[id];
  return { id, weight, value, points: Math.round(weight * value * 10) / 10, explanationKey: `health.${id}` };
}

export function computeHealthScore(input: HealthInput): HealthScore {
  const components = [
    component('DIALOGUE_REGULARITY', dialogueRegularity(input.dialogue, input.toleranceDays)),
    component('VISIT_RECIPROCITY', visitReciprocity(input.asymmetry)),
    component('ACTION_BALANCE', actionBalance(input.asymmetry)),
    component('INDICATORS_CO_VALIDATED', input.asymmetry.indicatorsCoValidatedShare ?? 0),
    component('CONVENTION_IN_FORCE', conventionValue(input.conventionState)),
  ];
  const score = Math.round(components.reduce((sum, c) => sum + c.weight * c.value, 0));
  return { score, components };
}
