import { type CalendarDate, addDays, addMonths, daysBetween, maxCalendarDate } from '../shared/calendar-date';
import { calendarDateAt } from '../shared/zoned-time';
import { type Visit, hasTakenPlace } from '../visit/visit';
import {
  type Cadence,
  type DialogueAudience,
  type DialogueEvent,
  type DialoguePlan,
  audienceOfRole,
} from './dialogue';

export const DIALOGUE_DUE_STATUSES = ['on_track', 'due_soon', 'overdue'] as const;
export type DialogueDueStatus = (typeof DIALOGUE_DUE_STATUSES)[number];

export const DEFAULT_DUE_SOON_DAYS = 7;

export interface DialogueInput {
  readonly plan: DialoguePlan;
  readonly events: readonly DialogueEvent[];
  readonly visits: readonly Visit[];
}

export interface AudienceDue {
  readonly audience: DialogueAudience;
  readonly lastExchangeOn: CalendarDate | null;
  readonly dueOn: CalendarDate;
  readonly status: DialogueDueStatus;
  /** Days past the due date (0 unless overdue). */
  readonly daysOverdue: number;
}

export function addCadence(date: CalendarDate, cadence: Cadence): CalendarDate {
  switch (cadence.unit) {
    case 'day':
      return addDays(date, cadence.every);
    case 'week':
      return addDays(date, 7 * cadence.every);
    case 'month':
      return addMonths(date, cadence.every);
    default: {
      const _exhaustive: never = cadence.unit;
      return _exhaustive;
    }
  }
}

/** Day of an exchange as seen in the reference time zone: a call at 00:30 in Paris is that Paris day. */
function exchangeDays(
  input: DialogueInput,
  audience: DialogueAudience,
  now: Date,
  timeZone: string,
): CalendarDate[] {
  const today = calendarDateAt(now, timeZone);
  const fromEvents = input.events
    .filter((event) => event.audience === audience && event.occurredAt <= now)
    .map((event) => calendarDateAt(event.occurredAt, timeZone));
  const fromVisits = input.visits
    .filter((visit) => hasTakenPlace(visit, today))
    .filter((visit) =>
      [...visit.delegation, ...visit.hosts].some((person) => audienceOfRole(person.role) === audience),
    )
    .map((visit) => visit.endsOn);
  return [...fromEvents, ...fromVisits];
}

export function lastExchangeOn(
  input: DialogueInput,
  audience: DialogueAudience,
  now: Date,
  timeZone: string,
): CalendarDate | null {
  return maxCalendarDate(exchangeDays(input, audience, now, timeZone));
}

/**
 * When the next exchange is due for each audience of the plan: the last exchange (a dialogue event or a
 * visit where that audience took part) plus the cadence; before any exchange, the plan's proposal day plus
 * the cadence. Dates are read in `timeZone` (the partnership's reference zone).
 */
export function computeNextDialogueDue(
  input: DialogueInput,
  now: Date,
  timeZone: string,
  dueSoonDays: number = DEFAULT_DUE_SOON_DAYS,
): readonly AudienceDue[] {
  const today = calendarDateAt(now, timeZone);
  return input.plan.audiences.map((audiencePlan) => {
    const last = lastExchangeOn(input, audiencePlan.audience, now, timeZone);
    const dueOn = addCadence(last ?? calendarDateAt(input.plan.proposedAt, timeZone), audiencePlan.cadence);
    const daysLeft = daysBetween(today, dueOn);
    const status: DialogueDueStatus =
      daysLeft < 0 ? 'overdue' : daysLeft <= dueSoonDays ? 'due_soon' : 'on_track';
    return {
      audience: audiencePlan.audience,
      lastExchangeOn: last,
      dueOn,
      status,
      daysOverdue: Math.max(0, -daysLeft),
    };
  });
}

/** An audience silent for longer than its cadence plus the plan's tolerance. */
export interface AudienceSilence {
  readonly audience: DialogueAudience;
  /** Its last exchange (an exchange of that audience, or a visit it took part in); null: none yet. */
  readonly lastExchangeOn: CalendarDate | null;
  /** Days since that exchange (or since the plan was proposed, before any). */
  readonly silentDays: number;
}

export interface SleepAssessment {
  readonly fallingAsleep: boolean;
  /** Audiences overdue by more than the plan's tolerance. */
  readonly overdueBeyondTolerance: readonly DialogueAudience[];
  /** The same audiences with their silence. */
  readonly silences: readonly AudienceSilence[];
  readonly lastVisitEndedOn: CalendarDate | null;
  readonly lastDialogueEventOn: CalendarDate | null;
}

/**
 * "Avoid cooperation falling asleep between two delegation visits" (method, step 5), where each audience
 * (elected officials, technicians, territory actors) has its own frequency: the relation is falling asleep
 * when any audience has been silent since its own last exchange for longer than its cadence plus the plan's
 * tolerance. An exchange of another audience does not wake it: one call between technicians after a visit
 * says nothing of the elected officials' dialogue.
 */
export function assessDialogueSleep(input: DialogueInput, now: Date, timeZone: string): SleepAssessment {
  const today = calendarDateAt(now, timeZone);
  const proposedOn = calendarDateAt(input.plan.proposedAt, timeZone);
  const silences = computeNextDialogueDue(input, now, timeZone)
    .filter((due) => due.daysOverdue > input.plan.toleranceDays)
    .map((due) => ({
      audience: due.audience,
      lastExchangeOn: due.lastExchangeOn,
      silentDays: daysBetween(due.lastExchangeOn ?? proposedOn, today),
    }));
  const lastVisitEndedOn = maxCalendarDate(
    input.visits.filter((v) => hasTakenPlace(v, today)).map((v) => v.endsOn),
  );
  const lastDialogueEventOn = maxCalendarDate(
    input.events.filter((e) => e.occurredAt <= now).map((e) => calendarDateAt(e.occurredAt, timeZone)),
  );
  return {
    fallingAsleep: silences.length > 0,
    overdueBeyondTolerance: silences.map((silence) => silence.audience),
    silences,
    lastVisitEndedOn,
    lastDialogueEventOn,
  };
}
