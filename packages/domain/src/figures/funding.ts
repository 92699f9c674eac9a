import { type Action, type BudgetLine, type FunderKind } from '../action/action';
import { type PartyId } from '../shared/ids';

export const DEFAULT_CURRENCY = 'EUR';

/** One external funder (a kind and a name: "Ministère — appel à projets 2026"), its grants and requests. */
export interface FunderFigures {
  readonly funder: Exclude<FunderKind, 'own_budget'>;
  readonly funderName: string;
  /** Granted lines of this funder. */
  readonly granted: number;
  /** Its co-financing share: granted by this funder / all granted funding; null when nothing is granted. */
  readonly share: number | null;
  /**
   * The leverage of its grant (seed 003: "1 euro apporté par la DAECT permet de mobiliser 4,7 euros de
   * financements supplémentaires"): other granted funds of the actions it co-finances, per unit it granted.
   * Null when it granted nothing.
   */
  readonly grantLeverage: number | null;
  /** Lines requested and not answered yet: shown apart, never in a share or a leverage. */
  readonly requested: number;
}

/** One party's own budget (the authority's own share of the funding). */
export interface OwnShare {
  /** Whose budget; null for own-budget lines nobody was named for. */
  readonly partyId: PartyId | null;
  readonly granted: number;
  /** granted / all granted funding; null when nothing is granted. */
  readonly share: number | null;
}

export interface FundingFigures {
  readonly currency: string;
  /** Every granted line, own budgets and funders alike. */
  readonly totalGranted: number;
  /** Each party's own budget and its share, by party. */
  readonly ownShares: readonly OwnShare[];
  /** Each external funder: granted, co-financing share, leverage of its grant, requested. */
  readonly funders: readonly FunderFigures[];
  /** Every line requested and not answered yet, own budgets included: shown apart. */
  readonly requested: number;
  /** Lines in another currency, left out rather than converted with a made-up rate. */
  readonly linesInOtherCurrencies: number;
}

const sum = (lines: readonly BudgetLine[]) => lines.reduce((total, line) => total + line.amount, 0);
const shareOf = (part: number, whole: number) => (whole === 0 ? null : part / whole);
const granted = (lines: readonly BudgetLine[]) => lines.filter((line) => line.status === 'granted');

interface FunderKey {
  readonly funder: Exclude<FunderKind, 'own_budget'>;
  readonly funderName: string;
}

function funderKeyOf(line: BudgetLine): FunderKey | null {
  return line.funder === 'own_budget' ? null : { funder: line.funder, funderName: line.funderName.trim() };
}

const sameFunder = (line: BudgetLine, key: FunderKey) =>
  line.funder === key.funder && line.funderName.trim() === key.funderName;

/** The funders named on the lines, each once, in the order they first appear. */
function fundersOf(lines: readonly BudgetLine[]): FunderKey[] {
  const keys: FunderKey[] = [];
  for (const line of lines) {
    const key = funderKeyOf(line);
    if (key && !keys.some((known) => known.funder === key.funder && known.funderName === key.funderName))
      keys.push(key);
  }
  return keys;
}

/**
 * Other granted funds per unit a funder granted, over the actions it co-finances: the figure a ministry
 * reports for its grants. An action's funds count once, whoever else funds it.
 */
function grantLeverageOf(key: FunderKey, budgets: readonly (readonly BudgetLine[])[]): number | null {
  let fromFunder = 0;
  let others = 0;
  for (const budget of budgets) {
    const grantedLines = granted(budget);
    const mine = sum(grantedLines.filter((line) => sameFunder(line, key)));
    if (mine === 0) continue;
    fromFunder += mine;
    others += sum(grantedLines) - mine;
  }
  return fromFunder === 0 ? null : others / fromFunder;
}

function ownSharesOf(lines: readonly BudgetLine[], totalGranted: number): OwnShare[] {
  const own = granted(lines).filter((line) => line.funder === 'own_budget');
  const parties = [...new Set(own.map((line) => line.partyId))];
  return parties.map((partyId) => {
    const amount = sum(own.filter((line) => line.partyId === partyId));
    return { partyId, granted: amount, share: shareOf(amount, totalGranted) };
  });
}

/**
 * The partnership's (or one action's) funding, each figure named for what it is: each party's own share, each
 * funder's co-financing share and the leverage of its grant. Granted lines only — a request may still be
 * refused, so counting it would promise funding the partnership does not have —; requests are given apart.
 * Planned and refused lines and cancelled actions are left out; lines in another currency are counted, never
 * converted.
 */
export function computeFundingFigures(
  actions: readonly Action[],
  currency: string = DEFAULT_CURRENCY,
): FundingFigures {
  const counted = actions.filter((action) => action.status !== 'cancelled');
  const budgets = counted.map((action) =>
    action.budget.filter((line) => line.status !== 'refused' && line.currency === currency),
  );
  const lines = budgets.flat();
  const allLines = counted.flatMap((action) => action.budget).filter((line) => line.status !== 'refused');
  const totalGranted = sum(granted(lines));
  const requestedLines = lines.filter((line) => line.status === 'requested');
  return {
    currency,
    totalGranted,
    ownShares: ownSharesOf(lines, totalGranted),
    funders: fundersOf(lines).map((key) => {
      const amount = sum(granted(lines).filter((line) => sameFunder(line, key)));
      return {
        ...key,
        granted: amount,
        share: amount === 0 ? null : shareOf(amount, totalGranted),
        grantLeverage: grantLeverageOf(key, budgets),
        requested: sum(requestedLines.filter((line) => sameFunder(line, key))),
      };
    }),
    requested: sum(requestedLines),
    linesInOtherCurrencies: allLines.length - lines.length,
  };
}
