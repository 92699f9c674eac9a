import type { Action, Indicator, PartnershipSnapshot } from '@passerelle/domain';

// What a partnership's lifecycle document keeps (ADR 0007, 0011), apart from the repository so that the
// benchmark's generator writes documents the same way without loading the API's framework.

/**
 * The parts of the snapshot kept in `partnership.records`; the rest comes from relational rows (the
 * partnership and its parties, the records appended as rows of their own, and the parts with a row and a
 * version of their own: the dialogue plan).
 */
export type StoredRecords = Omit<
  PartnershipSnapshot,
  'partnership' | 'organisations' | 'dialogueEvents' | 'actions' | 'dialoguePlan'
> &
  Pick<PartnershipSnapshot['partnership'], 'suspension' | 'termination'> & {
    /** Without the records appended to them as rows (measurements, log entries, evaluations). */
    actions: DocumentAction[];
  };

/** An action as its partnership's document keeps it. */
export type DocumentAction = Omit<Action, 'indicators' | 'log' | 'evaluations'> & {
  indicators: Array<Omit<Indicator, 'measurements'>>;
};

/**
 * What a partnership's document keeps of its snapshot: not the partnership's own row and parties, nor the
 * records appended as rows of their own (exchanges; an action's measurements, log entries, evaluations),
 * nor the parts with a row of their own (the dialogue plan).
 */
export function documentRecordsOf(snapshot: PartnershipSnapshot): StoredRecords {
  const {
    partnership: _partnership,
    organisations: _organisations,
    dialogueEvents: _appendedAsRows,
    actions: _withAppendedRows,
    dialoguePlan: _rowOfItsOwn,
    ...records
  } = snapshot;
  return {
    ...records,
    actions: snapshot.actions.map(documentActionOf),
    suspension: snapshot.partnership.suspension,
    termination: snapshot.partnership.termination,
  };
}

function documentActionOf({ log: _log, evaluations: _evaluations, ...action }: Action): DocumentAction {
  return {
    ...action,
    indicators: action.indicators.map(({ measurements: _measurements, ...indicator }) => indicator),
  };
}
