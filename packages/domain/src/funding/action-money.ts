import { type Action, type BudgetLine, type BudgetLineStatus, type FunderKind } from '../action/action';
import { type FundingFigures, computeFundingFigures } from '../figures/funding';
import { type PartyId } from '../shared/ids';

const EURO = 'EUR';

/** An amount of a line in euros at the rate recorded on it (ADR 0016); null when no rate is recorded. */
export function inEuros(amount: number, line: Pick<BudgetLine, 'currency' | 'eurRate'>): number | null {
  if (line.currency === EURO) return amount;
  if (line.eurRate === null || line.eurRate <= 0) return null;
  return roundCents(amount / line.eurRate);
}

const roundCents = (value: number) => Math.round(value * 100) / 100;

/** Planned, committed and spent (paid) amounts, in some currency. */
export interface MoneyAmounts {
  readonly planned: number;
  readonly committed: number;
  readonly spent: number;
}

export interface LineMoney {
  readonly lineId: string;
  readonly funder: FunderKind;
  readonly funderName: string;
  readonly partyId: PartyId | null;
  readonly status: BudgetLineStatus;
  readonly currency: string;
  readonly eurRate: number | null;
  /** In the line's own currency. */
  readonly amounts: MoneyAmounts;
  /** In euros at the line's rate; null when the line has no rate yet. */
  readonly euros: MoneyAmounts | null;
}

/** One funder's lines (own budgets by party), in euros. */
export interface FunderMoney {
  readonly funder: FunderKind;
  readonly funderName: string;
  readonly partyId: PartyId | null;
  readonly euros: MoneyAmounts;
  /** Lines of this funder left out of `euros` for want of a rate. */
  readonly linesWithoutRate: number;
}

export interface ActionMoney {
  readonly lines: readonly LineMoney[];
  readonly byFunder: readonly FunderMoney[];
  readonly totalEuros: MoneyAmounts;
  readonly linesWithoutRate: number;
  /**
   * Co-financing shares and leverage of the granted lines, every line counted in euros at its rate (the
   * partnership's figures, `computeFundingFigures`, on the converted lines); requests are shown apart there.
   */
  readonly cofinancing: FundingFigures;
}

const ZERO: MoneyAmounts = { planned: 0, committed: 0, spent: 0 };

function add(a: MoneyAmounts, b: MoneyAmounts): MoneyAmounts {
  return {
    planned: roundCents(a.planned + b.planned),
    committed: roundCents(a.committed + b.committed),
    spent: roundCents(a.spent + b.spent),
  };
}

function lineMoney(line: BudgetLine): LineMoney {
  const amounts = { planned: line.amount, committed: line.committedAmount ?? 0, spent: line.paidAmount ?? 0 };
  const planned = inEuros(amounts.planned, line);
  const euros =
    planned === null
      ? null
      : {
          planned,
          committed: inEuros(amounts.committed, line) ?? 0,
          spent: inEuros(amounts.spent, line) ?? 0,
        };
  return {
    lineId: line.id,
    funder: line.funder,
    funderName: line.funderName,
    partyId: line.partyId,
    status: line.status,
    currency: line.currency,
    eurRate: line.eurRate,
    amounts,
    euros,
  };
}

const funderKey = (line: Pick<LineMoney, 'funder' | 'funderName' | 'partyId'>) =>
  line.funder === 'own_budget'
    ? `own:${line.partyId ?? ''}`
    : `${line.funder}:${line.funderName.trim().toLowerCase()}`;

function byFunder(lines: readonly LineMoney[]): FunderMoney[] {
  const funders = new Map<string, FunderMoney>();
  for (const line of lines) {
    const key = funderKey(line);
    const known = funders.get(key) ?? {
      funder: line.funder,
      funderName: line.funderName.trim(),
      partyId: line.funder === 'own_budget' ? line.partyId : null,
      euros: ZERO,
      linesWithoutRate: 0,
    };
    funders.set(key, {
      ...known,
      euros: line.euros ? add(known.euros, line.euros) : known.euros,
      linesWithoutRate: known.linesWithoutRate + (line.euros ? 0 : 1),
    });
  }
  return [...funders.values()];
}

/** A line restated in euros at its rate, for the co-financing figures; a line without rate stays as it is. */
function inEuroLine(line: BudgetLine): BudgetLine {
  const amount = inEuros(line.amount, line);
  return amount === null ? line : { ...line, amount, currency: EURO, eurRate: 1 };
}

/**
 * Money as it happens on one action: each line planned, committed and spent in its currency and in euros,
 * the same per funder and in total, and the co-financing shares and leverage from granted lines. Refused
 * lines count nowhere: a refusal funds nothing.
 */
export function computeActionMoney(action: Action): ActionMoney {
  const counted = action.budget.filter((line) => line.status !== 'refused');
  const lines = counted.map(lineMoney);
  return {
    lines,
    byFunder: byFunder(lines),
    totalEuros: lines.reduce((total, line) => (line.euros ? add(total, line.euros) : total), ZERO),
    linesWithoutRate: lines.filter((line) => line.euros === null).length,
    cofinancing: computeFundingFigures([{ ...action, budget: action.budget.map(inEuroLine) }], EURO),
  };
}
