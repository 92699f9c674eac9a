import { type Action } from '../action/action';

export const DEFAULT_CURRENCY = 'EUR';

export interface Leverage {
  readonly currency: string;
  /** Sum of `own_budget` lines (any party's own budget). */
  readonly ownFunding: number;
  /** Sum of every other funder's lines. */
  readonly externalFunding: number;
  /** External funding per unit of own funding; null when there is no own funding. */
  readonly ratio: number | null;
  /** Lines in another currency, left out rather than converted with a made-up rate. */
  readonly linesInOtherCurrencies: number;
}

/**
 * Leverage ratio (external funding / own funding), the figure the ministry reports (~4.7 euros mobilised
 * per euro). Refused lines and cancelled actions are left out.
 */
export function computeLeverage(actions: readonly Action[], currency: string = DEFAULT_CURRENCY): Leverage {
  const lines = actions
    .filter((action) => action.status !== 'cancelled')
    .flatMap((action) => action.budget)
    .filter((line) => line.status !== 'refused');
  const inCurrency = lines.filter((line) => line.currency === currency);
  const ownFunding = inCurrency
    .filter((l) => l.funder === 'own_budget')
    .reduce((sum, l) => sum + l.amount, 0);
  const externalFunding = inCurrency
    .filter((l) => l.funder !== 'own_budget')
    .reduce((sum, l) => sum + l.amount, 0);
  return {
    currency,
    ownFunding,
    externalFunding,
    ratio: ownFunding === 0 ? null : externalFunding / ownFunding,
    linesInOtherCurrencies: lines.length - inCurrency.length,
  };
}
