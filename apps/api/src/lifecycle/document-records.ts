import type { Action, Indicator, ListedPart, PartnershipSnapshot } from '@passerelle/domain';

// What a part's row keeps of a record (docs/adr/0011-records-as-rows.md), apart from the repository so that
// the benchmark's generator writes rows the same way without loading the API's framework.

/** An action as its row keeps it: without the records appended to it as rows of their own. */
export type DocumentAction = Omit<Action, 'indicators' | 'log' | 'evaluations'> & {
  indicators: Array<Omit<Indicator, 'measurements'>>;
};

/** What the row of a listed part's record keeps of it (an action's appended records are rows apart). */
export function storedContentOf<P extends ListedPart>(
  part: P,
  record: PartnershipSnapshot[P][number],
): unknown {
  return part === 'actions' ? documentActionOf(record as Action) : record;
}

function documentActionOf({ log: _log, evaluations: _evaluations, ...action }: Action): DocumentAction {
  return {
    ...action,
    indicators: action.indicators.map(({ measurements: _measurements, ...indicator }) => indicator),
  };
}
