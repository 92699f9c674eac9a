import { type Action, type BudgetLine } from '../action/action';

export const DEFAULT_CURRENCY = 'EUR';

export interface Leverage {
  readonly currency: string;
  /** Sum of granted `own_budget` lines (any party's own budget). */
  readonly ownFunding: number;
  /** Sum of every other funder's granted lines: funding secured, the only one the ratio counts. */
  readonly externalFunding: number;
  /** Sum of other funders' lines requested and not answered yet: shown apart, never in the ratio. */
  readonly externalFundingRequested: number;
  /** Granted external funding per unit of granted own funding; null when no own funding is granted. */
  readonly ratio: number | null;
  /** Lines in another currency, left out rather than converted with a made-up rate. */
  readonly linesInOtherCurrencies: number;
}

const sum = (lines: readonly BudgetLine[]) => lines.reduce((total, line) => total + line.amount, 0);

/**
 * Leverage ratio (external funding / own funding), the figure the ministry reports (~4.7 euros mobilised
 * per euro). It counts granted lines only — a request may still be refused, so counting it would promise
 * funding the partnership does not have —; requested external funding is given apart. Planned and refused
 * lines and cancelled actions are left out.
 */
export function computeLeverage(actions: readonly Action[], currency: string = DEFAULT_CURRENCY): Leverage {
  const lines = actions
    .filter((action) => action.status !== 'cancelled')
    .flatMap((action) => action.budget)
    .filter((line) => line.status !== 'refused');
  const inCurrency = lines.filter((line) => line.currency === currency);
  const external = inCurrency.filter((line) => line.funder !== 'own_budget');
  const ownFunding = sum(
    inCurrency.filter((line) => line.funder === 'own_budget' && line.status === 'granted'),
  );
  const externalFunding = sum(external.filter((line) => line.status === 'granted'));
  return {
    currency,
    ownFunding,
    externalFunding,
    externalFundingRequested: sum(external.filter((line) => line.status === 'requested')),
    ratio: ownFunding === 0 ? null : externalFunding / ownFunding,
    linesInOtherCurrencies: lines.length - inCurrency.length,
  };
}
