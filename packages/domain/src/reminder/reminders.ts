import {
  type Convention,
  isInForceConventionState,
  isTacitRenewalPending,
  tacitRenewalObjectionDeadline,
} from '../convention/convention';
import { type DialogueAudience, type DialogueEvent, type DialoguePlan } from '../dialogue/dialogue';
import { computeNextDialogueDue } from '../dialogue/dialogue-cadence';
import { type DomainEventType } from '../partnership/apply-command';
import { referenceTimeZone } from '../partnership/command-support';
import { type PartnershipSnapshot } from '../partnership/partnership';
import { type CalendarDate, addDays } from '../shared/calendar-date';
import { type PartnershipId } from '../shared/ids';
import { instantAt } from '../shared/zoned-time';
import { DEFAULT_VISIT_REPORT_GRACE_DAYS } from '../visit/delegation-rules';
import { type Visit } from '../visit/visit';
import { type FundingDeadline } from '../funding/funding-deadlines';
import { DEFAULT_QUIET_HOURS, type QuietHours, shiftOutOfQuietHours } from './quiet-hours';

export const REMINDER_KINDS = [
  'dialogue-due',
  'dialogue-overdue',
  'visit-upcoming',
  'visit-report-missing',
  'convention-expiring',
  'convention-tacit-renewal',
  'funding-call-closing',
  'funding-report-due',
] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface Reminder {
  /** Deterministic: the same situation always yields the same key, so scheduling it twice is harmless. */
  readonly key: string;
  readonly kind: ReminderKind;
  readonly partnershipId: PartnershipId;
  /** When the recipient is notified in the app: `sendTime` local to them on the reminder's day. */
  readonly notifyAt: Date;
  /** When the mail may go: `notifyAt` moved out of the recipient's quiet hours. */
  readonly sendAt: Date;
  /** The date the reminder is about (due date, visit start or end, expiry, objection deadline). */
  readonly subjectDate: CalendarDate;
  /** Days before the subject date (negative: after it). */
  readonly offsetDays: number;
  readonly audience: DialogueAudience | null;
  readonly visitId: string | null;
  readonly conventionId: string | null;
  /** The funding application (a call closing) or funder report (a report due) reminded of. */
  readonly fundingSubjectId: string | null;
}

export interface ReminderInput {
  readonly partnershipId: PartnershipId;
  readonly plan: DialoguePlan | null;
  readonly dialogueEvents: readonly DialogueEvent[];
  readonly visits: readonly Visit[];
  readonly convention: Convention | null;
  /** The recipient's authority's funding deadlines in this partnership (calls closing, reports due). */
  readonly fundingDeadlines?: readonly FundingDeadline[];
  /** Zone in which the partnership's dates are read (the initiator's). */
  readonly referenceTimeZone: string;
  /** Zone of the person reminded: send times are local to them. */
  readonly recipientTimeZone: string;
}

export interface ReminderOptions {
  readonly dialogueDueOffsets: readonly number[];
  readonly visitOffsets: readonly number[];
  readonly visitReportGraceDays: number;
  readonly conventionExpiryOffsets: readonly number[];
  readonly tacitRenewalOffsets: readonly number[];
  readonly callClosingOffsets: readonly number[];
  readonly reportDueOffsets: readonly number[];
  /** Local time of day reminders go out, in the recipient's zone. */
  readonly sendTime: string;
  readonly quietHours: QuietHours;
  /** Only reminders due to be sent within this many days from now are returned. */
  readonly horizonDays: number;
}

export const DEFAULT_REMINDER_OPTIONS: ReminderOptions = {
  dialogueDueOffsets: [7, 1],
  visitOffsets: [30, 7],
  visitReportGraceDays: DEFAULT_VISIT_REPORT_GRACE_DAYS,
  conventionExpiryOffsets: [90, 30],
  tacitRenewalOffsets: [30, 7],
  callClosingOffsets: [14, 3],
  reportDueOffsets: [14, 3],
  sendTime: '09:00',
  quietHours: DEFAULT_QUIET_HOURS,
  horizonDays: 400,
};

type Subject = Pick<Reminder, 'audience' | 'visitId' | 'conventionId' | 'fundingSubjectId'>;
const NO_SUBJECT: Subject = { audience: null, visitId: null, conventionId: null, fundingSubjectId: null };

interface Draft {
  readonly kind: ReminderKind;
  readonly keyParts: readonly string[];
  readonly subjectDate: CalendarDate;
  readonly offsetDays: number;
  readonly subject: Subject;
}

function dialogueDrafts(input: ReminderInput, now: Date, options: ReminderOptions): Draft[] {
  if (!input.plan) return [];
  const dues = computeNextDialogueDue(
    { plan: input.plan, events: input.dialogueEvents, visits: input.visits },
    now,
    input.referenceTimeZone,
  );
  return dues.flatMap((due) => {
    const subject = { ...NO_SUBJECT, audience: due.audience };
    const before = options.dialogueDueOffsets.map((offset) => ({
      kind: 'dialogue-due' as const,
      keyParts: [due.audience, due.dueOn, String(offset)],
      subjectDate: due.dueOn,
      offsetDays: offset,
      subject,
    }));
    const overdue = {
      kind: 'dialogue-overdue' as const,
      keyParts: [due.audience, due.dueOn],
      subjectDate: due.dueOn,
      offsetDays: -1,
      subject,
    };
    return [...before, overdue];
  });
}

function visitDrafts(input: ReminderInput, options: ReminderOptions): Draft[] {
  return input.visits
    .filter((visit) => !visit.cancelled)
    .flatMap((visit) => {
      const subject = { ...NO_SUBJECT, visitId: visit.id };
      const upcoming = options.visitOffsets.map((offset) => ({
        kind: 'visit-upcoming' as const,
        keyParts: [visit.id, visit.startsOn, String(offset)],
        subjectDate: visit.startsOn,
        offsetDays: offset,
        subject,
      }));
      const report =
        visit.report === null
          ? [
              {
                kind: 'visit-report-missing' as const,
                keyParts: [visit.id, visit.endsOn],
                subjectDate: visit.endsOn,
                offsetDays: -options.visitReportGraceDays,
                subject,
              },
            ]
          : [];
      return [...upcoming, ...report];
    });
}

/** Expiry reminders when the convention will end; objection-deadline reminders when it would renew tacitly. */
function conventionDrafts(input: ReminderInput, options: ReminderOptions): Draft[] {
  const convention = input.convention;
  if (
    !convention?.expiresOn ||
    !(isInForceConventionState(convention.state) || convention.state === 'suspended')
  )
    return [];
  const subject = { ...NO_SUBJECT, conventionId: convention.id };
  const deadline = tacitRenewalObjectionDeadline(convention);
  if (isTacitRenewalPending(convention) && deadline) {
    return options.tacitRenewalOffsets.map((offset) => ({
      kind: 'convention-tacit-renewal' as const,
      keyParts: [convention.id, deadline, String(offset)],
      subjectDate: deadline,
      offsetDays: offset,
      subject,
    }));
  }
  const expiresOn = convention.expiresOn;
  return options.conventionExpiryOffsets.map((offset) => ({
    kind: 'convention-expiring' as const,
    keyParts: [convention.id, expiresOn, String(offset)],
    subjectDate: expiresOn,
    offsetDays: offset,
    subject,
  }));
}

/** Before a call closes on a draft application, and before each report a funder expects is due. */
function fundingDrafts(input: ReminderInput, options: ReminderOptions): Draft[] {
  return (input.fundingDeadlines ?? []).flatMap((deadline) => {
    const kind = deadline.kind === 'call-closing' ? 'funding-call-closing' : 'funding-report-due';
    const offsets = deadline.kind === 'call-closing' ? options.callClosingOffsets : options.reportDueOffsets;
    return offsets.map((offset) => ({
      kind,
      keyParts: [deadline.subjectId, deadline.dueOn, String(offset)],
      subjectDate: deadline.dueOn,
      offsetDays: offset,
      subject: { ...NO_SUBJECT, fundingSubjectId: deadline.subjectId },
    }));
  });
}

function toReminder(input: ReminderInput, draft: Draft, now: Date, options: ReminderOptions): Reminder {
  const localDay = addDays(draft.subjectDate, -draft.offsetDays);
  const planned = instantAt(localDay, options.sendTime, input.recipientTimeZone);
  // An exchange already overdue when the schedule is computed (the relation fell asleep unnoticed) is
  // reminded now rather than never; other reminders whose day has passed are simply late and obsolete.
  const notifyAt = draft.kind === 'dialogue-overdue' && planned < now ? now : planned;
  return {
    key: [draft.kind, input.partnershipId, ...draft.keyParts].join(':'),
    kind: draft.kind,
    partnershipId: input.partnershipId,
    notifyAt,
    sendAt: shiftOutOfQuietHours(notifyAt, input.recipientTimeZone, options.quietHours),
    subjectDate: draft.subjectDate,
    offsetDays: draft.offsetDays,
    ...draft.subject,
  };
}

function byTimeThenKey(a: Reminder, b: Reminder): number {
  return a.sendAt.getTime() - b.sendAt.getTime() || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

/**
 * Every reminder the partnership's current situation calls for, up to the horizon, including those whose
 * time has passed: their keys tell a scheduler which pending reminders are still valid (a reminder being
 * retried stays valid; one whose visit was cancelled does not). Sorted by send instant then key.
 */
export function computeReminderSchedule(
  input: ReminderInput,
  now: Date,
  options: Partial<ReminderOptions> = {},
): readonly Reminder[] {
  const settings: ReminderOptions = { ...DEFAULT_REMINDER_OPTIONS, ...options };
  const horizon = now.getTime() + settings.horizonDays * 86_400_000;
  const drafts = [
    ...dialogueDrafts(input, now, settings),
    ...visitDrafts(input, settings),
    ...conventionDrafts(input, settings),
    ...fundingDrafts(input, settings),
  ];
  return drafts
    .map((draft) => toReminder(input, draft, now, settings))
    .filter((reminder) => reminder.notifyAt.getTime() <= horizon)
    .sort(byTimeThenKey);
}

/**
 * Reminders to send from `now` on (within the horizon), sorted by send instant then key. Each is sent at
 * `sendTime` local to the recipient on the day `offsetDays` before its subject date, moved out of quiet
 * hours; an exchange found overdue is reminded at once.
 */
export function computeUpcomingReminders(
  input: ReminderInput,
  now: Date,
  options: Partial<ReminderOptions> = {},
): readonly Reminder[] {
  return computeReminderSchedule(input, now, options).filter((reminder) => reminder.sendAt >= now);
}

/** Reminder kinds nobody may opt out of: a convention's end commits the authority (renewal, expiry). */
export const MANDATORY_REMINDER_KINDS: readonly ReminderKind[] = [
  'convention-expiring',
  'convention-tacit-renewal',
];

export function canOptOutOfReminder(kind: ReminderKind): boolean {
  return !MANDATORY_REMINDER_KINDS.includes(kind);
}

export function isReminderKind(value: string): value is ReminderKind {
  return (REMINDER_KINDS as readonly string[]).includes(value);
}

/**
 * What a partnership's reminders are computed from: its status and parties with their organisations (time
 * zones), the dialogue plan, the exchanges — only the latest of each audience counts, exchanges being never
 * in the future —, the visits and the convention. A whole snapshot is one; so is less.
 */
export type ReminderSituation = Pick<
  PartnershipSnapshot,
  'partnership' | 'organisations' | 'dialoguePlan' | 'dialogueEvents' | 'visits' | 'convention'
> & {
  /** Every party's funding deadlines in the partnership; absent when the caller did not load them. */
  readonly fundingDeadlines?: readonly FundingDeadline[];
};

/**
 * The domain events after which a partnership's reminders may change: its status and parties, its dialogue
 * plan and exchanges, its visits, its convention. Others (commitment, search, presentation, actions) leave
 * them as they are.
 */
export const REMINDER_SITUATION_EVENTS = [
  'PartnershipSuspended',
  'PartnershipResumed',
  'PartnershipTerminated',
  'PartyAdded',
  'DialoguePlanProposed',
  'DialoguePlanApproved',
  'DialogueEventRecorded',
  'VisitRecorded',
  'VisitReplanned',
  'OrangeZoneVisitApproved',
  'VisitReported',
  'VisitFollowUpCompleted',
  'VisitCancelled',
  'ConventionDrafted',
  'ConventionNegotiationOpened',
  'ConventionRevised',
  'ConventionApproved',
  'ConventionSigned',
  'ConventionEnteredIntoForce',
  'TacitRenewalObjected',
  'ConventionRenewed',
  'ConventionExpired',
  'ConventionSuspended',
  'ConventionResumed',
  'ConventionTerminated',
] as const satisfies readonly DomainEventType[];

/** Whether any of these events may change the partnership's reminders. */
export function changesReminders(events: readonly { readonly type: DomainEventType }[]): boolean {
  const types: readonly DomainEventType[] = REMINDER_SITUATION_EVENTS;
  return events.some((event) => types.includes(event.type));
}

/**
 * Reminder input for one recipient; a suspended or terminated partnership reminds nobody of anything (a
 * resumed one is scheduled again from its situation then). Funding deadlines are the recipient's authority's
 * own (`recipientOrganisationId`; all of them when it is not given, as when checking a key still stands).
 */
export function reminderInputFrom(
  snapshot: ReminderSituation,
  recipientTimeZone: string,
  recipientOrganisationId?: string,
): ReminderInput {
  const live = snapshot.partnership.status === 'active';
  const deadlines = snapshot.fundingDeadlines ?? [];
  return {
    fundingDeadlines: live
      ? deadlines.filter(
          (deadline) =>
            recipientOrganisationId === undefined || deadline.organisationId === recipientOrganisationId,
        )
      : [],
    partnershipId: snapshot.partnership.id,
    plan: live ? snapshot.dialoguePlan : null,
    dialogueEvents: snapshot.dialogueEvents,
    visits: live ? snapshot.visits : [],
    convention: live ? snapshot.convention : null,
    referenceTimeZone: referenceTimeZone(snapshot),
    recipientTimeZone,
  };
}
