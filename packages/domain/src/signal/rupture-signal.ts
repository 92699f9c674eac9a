import {
  checkCalendarDate,
  checkCommandAllowed,
  checkParty,
  checkText,
  fail,
  firstFailure,
  succeed,
} from '../partnership/command-support';
import { type PartnershipContext, type PartnershipSnapshot, initiatorId } from '../partnership/partnership';
import { type EventBase } from '../partnership/partnership-events';
import { type CalendarDate, addDays } from '../shared/calendar-date';
import { type DomainError, domainError } from '../shared/domain-error';
import { type PartyId } from '../shared/ids';
import { type CommandResult } from '../shared/result';

/**
 * Early warnings of rupture (seed 000 §3–4): what made regions cut their partnerships — elections and a new
 * generation of elected officials, budget cuts, a turn to the territory's own interest (pro domo),
 * instability on a side (seed 004), and cooperation handed over to operators (NGOs, consultancies).
 */
export const RUPTURE_SIGNAL_KINDS = [
  'election',
  'mandate_change',
  'budget_cut',
  'self_interest_turn',
  'instability',
  'handed_to_operators',
] as const;
export type RuptureSignalKind = (typeof RUPTURE_SIGNAL_KINDS)[number];

/** One observation, appended and never changed: a later signal tells what followed. */
export interface RuptureSignal {
  readonly id: string;
  readonly kind: RuptureSignalKind;
  /** The side the signal is about. */
  readonly concernsPartyId: PartyId;
  /** When it happens or happened: election day, the start of a mandate, the budget vote… */
  readonly occursOn: CalendarDate;
  readonly note: string;
  readonly recordedBy: PartyId;
  readonly recordedAt: Date;
}

export interface RecordRuptureSignalCommand {
  readonly type: 'RecordRuptureSignal';
  readonly signalId: string;
  readonly kind: RuptureSignalKind;
  readonly concernsPartyId: PartyId;
  readonly occursOn: CalendarDate;
  readonly note: string;
  /** The party of the officer who records it. */
  readonly recordedBy: PartyId;
}

export type RuptureSignalEvent = EventBase & {
  readonly type: 'RuptureSignalRecorded';
  readonly signalId: string;
  readonly kind: RuptureSignalKind;
  readonly concernsPartyId: PartyId;
  readonly occursOn: CalendarDate;
};

/**
 * How long before and after its date a signal weighs on the relation. The seeds give no number: these are
 * the product's choice (docs/domain.md). Before: six months, the pre-electoral period in which French law
 * already restrains an authority's communication (Code électoral, L52-1) and a budget cut is announced
 * before it is voted. After: a year, the first budget of a new executive, where the seed's regions cut
 * their cooperation.
 */
export const RUPTURE_SIGNAL_LEAD_DAYS = 180;
export const RUPTURE_SIGNAL_AFTERMATH_DAYS = 365;

/**
 * The initiator's officers keep the partnership's file and often learn of the partner's elections or
 * instability first (a Southern partner may rarely log in, seed 002): they record signals on any side. A
 * partner records signals on its own side only: it does not speak for the initiator or for another partner
 * of a network.
 */
function checkOwnSide(context: PartnershipContext, command: RecordRuptureSignalCommand): DomainError | null {
  if (command.recordedBy === initiatorId(context) || command.concernsPartyId === command.recordedBy)
    return null;
  return domainError(
    'SIGNAL.NOT_OWN_SIDE',
    'A partner authority records warning signals on its own side only.',
    { concernsPartyId: command.concernsPartyId },
  );
}

/**
 * Checks a warning signal and gives the record to append. Future dates are accepted: an election
 * announced is a signal before it takes place. Recorded while the partnership runs or is suspended (a
 * suspension is when such signals matter most).
 */
export function recordRuptureSignal(
  context: PartnershipContext,
  command: RecordRuptureSignalCommand,
  now: Date,
): CommandResult<RuptureSignal, RuptureSignalEvent> {
  const error = firstFailure([
    () => checkCommandAllowed(context, 'RecordRuptureSignal'),
    () => checkParty(context, command.recordedBy),
    () => checkParty(context, command.concernsPartyId),
    () => checkCalendarDate(command.occursOn, 'occursOn'),
    () => checkText(command.note, 'note'),
    () => checkOwnSide(context, command),
  ]);
  if (error) return fail(error);
  const signal: RuptureSignal = {
    id: command.signalId,
    kind: command.kind,
    concernsPartyId: command.concernsPartyId,
    occursOn: command.occursOn,
    note: command.note.trim(),
    recordedBy: command.recordedBy,
    recordedAt: now,
  };
  return succeed(signal, [
    {
      type: 'RuptureSignalRecorded',
      at: now,
      partnershipId: context.partnership.id,
      signalId: signal.id,
      kind: signal.kind,
      concernsPartyId: signal.concernsPartyId,
      occursOn: signal.occursOn,
    },
  ]);
}

/** The partnership as it reads once `signal` is appended (in memory: tests and demo data). */
export function withRuptureSignal(snapshot: PartnershipSnapshot, signal: RuptureSignal): PartnershipSnapshot {
  return { ...snapshot, ruptureSignals: [...snapshot.ruptureSignals, signal] };
}

/** Within its lead time before its date, or its aftermath after it. */
export function isRuptureSignalActive(signal: RuptureSignal, today: CalendarDate): boolean {
  return (
    addDays(signal.occursOn, -RUPTURE_SIGNAL_LEAD_DAYS) <= today &&
    today <= addDays(signal.occursOn, RUPTURE_SIGNAL_AFTERMATH_DAYS)
  );
}

/** The signals that weigh on the relation today, soonest date first. */
export function activeRuptureSignals(
  signals: readonly RuptureSignal[],
  today: CalendarDate,
): readonly RuptureSignal[] {
  return signals
    .filter((signal) => isRuptureSignalActive(signal, today))
    .sort((a, b) => a.occursOn.localeCompare(b.occursOn) || a.id.localeCompare(b.id));
}

/** What each active signal takes off the relation's stability (the product's choice, docs/domain.md). */
export const RUPTURE_SIGNAL_PENALTY = 0.4;

/** 1 without any active signal; each takes `RUPTURE_SIGNAL_PENALTY` off, down to 0 (three signals). */
export function relationStability(activeCount: number): number {
  return Math.max(0, 1 - RUPTURE_SIGNAL_PENALTY * activeCount);
}
