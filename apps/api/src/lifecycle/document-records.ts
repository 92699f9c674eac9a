import type { Action, Indicator, ListedPart, PartnershipSnapshot } from '@passerelle/domain';

// What a part's row keeps of a record (docs/adr/0011-records-as-rows.md), apart from the repository so that
// the benchmark's generator writes rows the same way without loading the API's framework.

/** An action as its row keeps it: without its parts and the records appended to it, rows of their own. */
export type DocumentAction = Omit<Action, 'budget' | 'indicators' | 'log' | 'evaluations'>;

/** An indicator as its row keeps it: its measurements are rows appended to it. */
export type StoredIndicator = Omit<Indicator, 'measurements'>;

/** What the row of a listed part's record keeps of it (an action's appended records are rows apart). */
export function storedContentOf<P extends ListedPart>(
  part: P,
  record: PartnershipSnapshot[P][number],
): unknown {
  return part === 'actions' ? documentActionOf(record as Action) : record;
}

function documentActionOf({
  log: _log,
  evaluations: _evaluations,
  budget: _budget,
  indicators: _indicators,
  ...action
}: Action): DocumentAction {
  return action;
}

/** What an indicator's row keeps of it. */
export function storedIndicatorOf({ measurements: _measurements, ...indicator }: Indicator): StoredIndicator {
  return indicator;
}
