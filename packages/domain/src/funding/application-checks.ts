import { type BudgetLine } from '../action/action';
import { type CalendarDate } from '../shared/calendar-date';
import { type PartyId } from '../shared/ids';
import { inEuros } from './action-money';
import { type CallRuleKind, type FundingApplication, type FundingCall } from './funding-application';

export const APPLICATION_CHECK_OUTCOMES = ['met', 'not_met', 'unknown'] as const;
export type ApplicationCheckOutcome = (typeof APPLICATION_CHECK_OUTCOMES)[number];

/**
 * One check of a draft against its call, with what it compared, so that the screen can say why: "your own
 * funds are 12 % of the budget; the call asks at least 20 % (rules of the call, art. 4)".
 */
export interface ApplicationCheck {
  readonly rule: CallRuleKind | 'call_open';
  readonly outcome: ApplicationCheckOutcome;
  /** The figure found on the application (a share 0..1, an amount in euros, or days left to the closing). */
  readonly actual: number | null;
  /** The call's limit in the same unit. */
  readonly limit: number | null;
  /** Where the rule is written. */
  readonly source: string;
  /** Why the figure could not be computed, when `outcome` is `unknown`. */
  readonly missing: 'budget' | 'rate' | null;
}

export interface ApplicationCheckInput {
  readonly application: Pick<FundingApplication, 'requestedAmount' | 'staffTimeAmount'>;
  readonly call: Pick<FundingCall, 'opensOn' | 'closesOn' | 'rules'>;
  /** The action's budget lines. */
  readonly budget: readonly BudgetLine[];
  /** The applying authority: its own-budget lines are its own funds. */
  readonly applicant: PartyId;
  readonly today: CalendarDate;
}

/** The action's budget in euros (refused lines aside), or why it cannot be said. */
function budgetInEuros(
  budget: readonly BudgetLine[],
): { total: number; own: (p: PartyId) => number } | 'budget' | 'rate' {
  const lines = budget.filter((line) => line.status !== 'refused');
  if (lines.length === 0) return 'budget';
  const euros = lines.map((line) => ({ line, euros: inEuros(line.amount, line) }));
  if (euros.some((entry) => entry.euros === null)) return 'rate';
  const total = euros.reduce((sum, entry) => sum + (entry.euros ?? 0), 0);
  if (total <= 0) return 'budget';
  return {
    total,
    own: (party) =>
      euros
        .filter((entry) => entry.line.funder === 'own_budget' && entry.line.partyId === party)
        .reduce((sum, entry) => sum + (entry.euros ?? 0), 0),
  };
}

const round4 = (value: number) => Math.round(value * 10_000) / 10_000;

/**
 * A draft application checked against its call: the call still open, and each rule of the call, each with
 * the figure found, the limit and its source. Shares are of the action's whole budget in euros (every line
 * but refused ones, at its recorded rate); a rule that needs a budget or a rate not there yet is `unknown`
 * rather than guessed.
 */
export function checkApplicationAgainstCall(input: ApplicationCheckInput): readonly ApplicationCheck[] {
  const { application, call, today } = input;
  const open: ApplicationCheck = {
    rule: 'call_open',
    outcome: today >= call.opensOn && today <= call.closesOn ? 'met' : 'not_met',
    actual: null,
    limit: null,
    source: '',
    missing: null,
  };
  const budget = budgetInEuros(input.budget);
  const ruleChecks = call.rules.map((rule): ApplicationCheck => {
    const base = { rule: rule.kind, source: rule.source, missing: null };
    if (rule.kind === 'max_requested_amount') {
      const met = application.requestedAmount <= rule.amount;
      return {
        ...base,
        outcome: met ? 'met' : 'not_met',
        actual: application.requestedAmount,
        limit: rule.amount,
      };
    }
    if (typeof budget === 'string')
      return { ...base, outcome: 'unknown', actual: null, limit: rule.share, missing: budget };
    switch (rule.kind) {
      case 'min_own_funds_share': {
        const share = round4(budget.own(input.applicant) / budget.total);
        return {
          ...base,
          outcome: share >= rule.share ? 'met' : 'not_met',
          actual: share,
          limit: rule.share,
        };
      }
      case 'max_staff_time_share': {
        const share = round4(application.staffTimeAmount / budget.total);
        return {
          ...base,
          outcome: share <= rule.share ? 'met' : 'not_met',
          actual: share,
          limit: rule.share,
        };
      }
      case 'max_call_share': {
        const share = round4(application.requestedAmount / budget.total);
        return {
          ...base,
          outcome: share <= rule.share ? 'met' : 'not_met',
          actual: share,
          limit: rule.share,
        };
      }
      default: {
        const unknown: never = rule;
        throw new Error(`unknown call rule ${JSON.stringify(unknown)}`);
      }
    }
  });
  return [open, ...ruleChecks];
}
