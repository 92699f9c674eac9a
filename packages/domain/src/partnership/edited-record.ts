import { type Action } from '../action/action';
import { type PartnershipCommand } from './apply-command';
import { type PartnershipSnapshot } from './partnership';

/**
 * The parts of a partnership kept as lists of records, each record edited under a version of its own: two
 * people editing two motivations, or a visit and an action, never refuse each other.
 */
export const LISTED_PARTS = [
  'motivations',
  'stakes',
  'contributions',
  'territoryActors',
  'candidates',
  'presentations',
  'visits',
  'actions',
  'conventionHistory',
] as const satisfies ReadonlyArray<keyof PartnershipSnapshot>;
export type ListedPart = (typeof LISTED_PARTS)[number];

/** The parts of a partnership that are one record each, edited under a version of their own. */
export const SINGLE_PARTS = [
  'convention',
  'politicalDialogue',
  'dialoguePlan',
] as const satisfies ReadonlyArray<keyof PartnershipSnapshot>;
export type SinglePart = (typeof SINGLE_PARTS)[number];

/**
 * The lists inside an action whose records are rows of their own, under their action: its budget lines (the
 * funding reports query them across partnerships) and its indicators (each validated by every side under its
 * own version). The part's name, and the action's field that holds the list.
 */
export const ACTION_PARTS = {
  budgetLines: 'budget',
  indicators: 'indicators',
} as const satisfies Record<string, keyof Action>;
export type ActionPart = keyof typeof ACTION_PARTS;

/** An action's fields kept in lists of rows of their own (its parts, and the records appended to it). */
const ACTION_FIELDS_OF_OTHER_ROWS: ReadonlySet<string> = new Set([
  ...Object.values(ACTION_PARTS),
  'log',
  'evaluations',
]);

/**
 * The record a command edits, whose version a client must have read: the partnership itself (its status,
 * parties, suspension and termination), a single part, or one record of a listed part. A command that
 * creates a record (`creates`) is checked against no version: a new record conflicts with nothing.
 */
export type EditedRecord =
  | { readonly part: 'partnership' }
  | { readonly part: SinglePart }
  | { readonly part: ListedPart; readonly key: string; readonly creates: boolean }
  | {
      readonly part: ActionPart;
      readonly actionKey: string;
      readonly key: string;
      readonly creates: boolean;
    };

/** The key of a listed part's record: its id, or for a presentation the party it presents. */
export function recordKeyOf(
  part: ListedPart,
  record: { readonly id?: string; readonly partyId?: string },
): string {
  const key = part === 'presentations' ? record.partyId : record.id;
  if (key === undefined) throw new RangeError(`a record of ${part} has no key`);
  return key;
}

const edits = (part: ListedPart, key: string): EditedRecord => ({ part, key, creates: false });
const creates = (part: ListedPart, key: string): EditedRecord => ({ part, key, creates: true });

/** Which record a command edits (a command may change others as a consequence, never a client's version). */
export function editedRecordOf(command: PartnershipCommand): EditedRecord {
  switch (command.type) {
    case 'AddParty':
    case 'SuspendPartnership':
    case 'ResumePartnership':
    case 'TerminatePartnership':
    case 'ChangePartnershipForm':
    case 'SetPartyGovernance':
    case 'ProposeRupture':
    case 'RespondToRupture':
    case 'WithdrawRupture':
    case 'DecideRupture':
    case 'EndRuptureNotice':
      return { part: 'partnership' };
    case 'StateMotivation':
      return creates('motivations', command.motivationId);
    case 'ReviseMotivation':
    case 'ReviewMotivation':
    case 'ShareMotivation':
      return edits('motivations', command.motivationId);
    case 'RecordStake':
      return creates('stakes', command.stakeId);
    case 'RecordContribution':
      return creates('contributions', command.contributionId);
    case 'AssociateTerritoryActor':
      return creates('territoryActors', command.actorId);
    case 'RecordConsultation':
      return edits('territoryActors', command.actorId);
    case 'AddCandidate':
      return creates('candidates', command.candidateId);
    case 'AdvanceCandidate':
      return edits('candidates', command.candidateId);
    case 'UpdatePresentation':
      return edits('presentations', command.partyId);
    case 'RecordVisit':
      return creates('visits', command.visitId);
    case 'ReplanVisit':
    case 'ApproveOrangeZoneVisit':
    case 'RecordVisitReport':
    case 'CompleteVisitFollowUp':
    case 'CancelVisit':
      return edits('visits', command.visitId);
    case 'CreateAction':
      return creates('actions', command.actionId);
    case 'SetActionPriority':
    case 'ChangeActionStatus':
    case 'DescribeAction':
    case 'ConfirmActionProposer':
    case 'CorrectActionProposer':
      return edits('actions', command.actionId);
    case 'AddBudgetLine':
      return { part: 'budgetLines', actionKey: command.actionId, key: command.line.id, creates: true };
    case 'ReviseBudgetLine':
      return { part: 'budgetLines', actionKey: command.actionId, key: command.lineId, creates: false };
    case 'AddIndicator':
      return { part: 'indicators', actionKey: command.actionId, key: command.indicatorId, creates: true };
    case 'ValidateIndicator':
    case 'PlanIndicator':
      return { part: 'indicators', actionKey: command.actionId, key: command.indicatorId, creates: false };
    case 'RecordCompatibilityReview':
    case 'RecordPriority':
    case 'AgreePriority':
      return { part: 'politicalDialogue' };
    case 'ProposeDialoguePlan':
    case 'ApproveDialoguePlan':
      return { part: 'dialoguePlan' };
    case 'DraftConvention':
    case 'OpenConventionNegotiation':
    case 'ReviseConvention':
    case 'ApproveConvention':
    case 'SignConvention':
    case 'BringConventionIntoForce':
    case 'ObjectToTacitRenewal':
    case 'RenewConvention':
    case 'ExpireConvention':
    case 'SuspendConvention':
    case 'ResumeConvention':
    case 'TerminateConvention':
      return { part: 'convention' };
  }
}

/** A record of a listed part as a write stores it: its key, its place in the list and the record itself. */
export interface ListedRecordChange {
  readonly key: string;
  readonly position: number;
  readonly record: unknown;
}

/** What a command changed, record by record: all a write stores (the domain keeps unchanged records as they were). */
export interface RecordChanges {
  /** The partnership's own row: its status, suspension or termination. */
  readonly partnership: boolean;
  readonly single: readonly SinglePart[];
  readonly listed: ReadonlyArray<{
    readonly part: ListedPart;
    readonly saved: readonly ListedRecordChange[];
    /** Keys of records no longer in the list. */
    readonly removed: readonly string[];
  }>;
  /** The records of an action's parts (its budget lines, its indicators), action by action. */
  readonly actionParts: ReadonlyArray<{
    readonly part: ActionPart;
    readonly actionKey: string;
    readonly saved: readonly ListedRecordChange[];
    readonly removed: readonly string[];
  }>;
}

/**
 * The records `after` changed from `before`, compared by identity: commands copy what they change and keep
 * every other record as the very same object, so an unchanged record is never written.
 */
export function recordChangesBetween(before: PartnershipSnapshot, after: PartnershipSnapshot): RecordChanges {
  const { partnership: was } = before;
  const { partnership: is } = after;
  const listed = LISTED_PARTS.filter((part) => before[part] !== after[part]).map((part) => {
    const { saved, removed } = listChanges<PartnershipSnapshot[typeof part][number]>(
      before[part],
      after[part],
      (record) => recordKeyOf(part, record),
      part,
    );
    // An action's row keeps only its own fields: a new budget line or indicator leaves it unwritten.
    const earlier = new Map(before.actions.map((action) => [action.id, action]));
    const stored =
      part === 'actions'
        ? saved.filter(({ key, record }) => actionRowChanged(earlier.get(key), record as Action))
        : saved;
    return { part, saved: stored, removed };
  });
  return {
    partnership:
      was.status !== is.status ||
      was.suspension !== is.suspension ||
      was.termination !== is.termination ||
      was.rupture !== is.rupture,
    single: SINGLE_PARTS.filter((part) => before[part] !== after[part]),
    listed: listed.filter(
      ({ part, saved, removed }) => part !== 'actions' || saved.length + removed.length > 0,
    ),
    actionParts: before.actions === after.actions ? [] : actionPartChanges(before.actions, after.actions),
  };
}

/** The records of a list `after` saved (new or changed, with their place) and the keys of those it removed. */
function listChanges<T>(
  before: readonly T[],
  after: readonly T[],
  keyOf: (record: T) => string,
  what: string,
): { saved: ListedRecordChange[]; removed: string[] } {
  const earlier = new Map<string, T>(before.map((record) => [keyOf(record), record]));
  const keys = new Set<string>();
  const saved: ListedRecordChange[] = [];
  after.forEach((record, position) => {
    const key = keyOf(record);
    keys.add(key);
    if (earlier.get(key) !== record) saved.push({ key, position, record });
    else if (before[position] !== record) {
      // Positions are stored with the records that change: a command must keep the others in place.
      throw new RangeError(`a command moved the record ${key} of ${what} without changing it`);
    }
  });
  return { saved, removed: [...earlier.keys()].filter((key) => !keys.has(key)) };
}

/** Whether an action's own row changes: a new action, or a field other than its lists of rows. */
function actionRowChanged(before: Action | undefined, after: Action): boolean {
  if (!before) return true;
  return (Object.keys(after) as Array<keyof Action>).some(
    (field) => !ACTION_FIELDS_OF_OTHER_ROWS.has(field) && before[field] !== after[field],
  );
}

/** The budget lines and indicators each changed action saved or removed (a removed action takes its own). */
function actionPartChanges(
  before: readonly Action[],
  after: readonly Action[],
): RecordChanges['actionParts'] {
  const earlier = new Map(before.map((action) => [action.id, action]));
  return after.flatMap((action) => {
    const was = earlier.get(action.id);
    if (was === action) return [];
    return (Object.keys(ACTION_PARTS) as ActionPart[]).flatMap((part) => {
      const field = ACTION_PARTS[part];
      if (was?.[field] === action[field]) return [];
      const { saved, removed } = listChanges<{ readonly id: string }>(
        was?.[field] ?? [],
        action[field],
        (record) => record.id,
        `${part} of action ${action.id}`,
      );
      return saved.length + removed.length > 0 ? [{ part, actionKey: action.id, saved, removed }] : [];
    });
  });
}
