import { latestSharedAt } from '../commitment/commitment-rules';
import { partiesWhoApproved } from '../convention/convention';
import {
  areMotivationsSharedByAll,
  isCompatibilityReviewedByAll,
  missingForConventionApproval,
} from '../convention/convention-readiness';
import { type DialogueAudience } from '../dialogue/dialogue';
import { computeNextDialogueDue } from '../dialogue/dialogue-cadence';
import { referenceTimeZone } from '../partnership/command-support';
import { type PartnershipSnapshot, governanceOf, initiatorId, isParty } from '../partnership/partnership';
import { type CalendarDate, addDays } from '../shared/calendar-date';
import { type PartyId, type PartnershipId } from '../shared/ids';
import { isApprovedByElectedOf } from '../shared/review';
import { calendarDateAt } from '../shared/zoned-time';
import { DEFAULT_VISIT_REPORT_GRACE_DAYS } from '../visit/delegation-rules';
import { awaitsTravelApproval, hasTakenPlace, visitingPartyId } from '../visit/visit';

/** What can wait in someone's inbox: each a decision or a task the method expects of one side. */
export const INBOX_ITEM_KINDS = [
  'motivation-review',
  'orange-zone-visit-approval',
  'compatibility-review',
  'priority-agreement',
  'convention-approval',
  'visit-follow-up',
  'dialogue-exchange-due',
  'visit-report-due',
  'funding-call-closing',
  'funding-report-due',
] as const;
export type InboxItemKind = (typeof INBOX_ITEM_KINDS)[number];

/**
 * The two kinds of work an account does in a partnership: elected officials decide (reviews, approvals,
 * agreements, their own exchanges); officers run the partnership (reports, follow-ups, technical exchanges).
 */
export const INBOX_ROLES = ['elected', 'officer'] as const;
export type InboxRole = (typeof INBOX_ROLES)[number];

export interface InboxViewer {
  readonly partyId: PartyId;
  readonly personId: string;
  readonly role: InboxRole;
}

export interface InboxItem {
  /** Stable while the item waits; a new key is a new item (a later due date of the same exchange is new). */
  readonly key: string;
  readonly kind: InboxItemKind;
  readonly partnershipId: PartnershipId;
  /** The record the item is about (motivation, visit, priority, follow-up, convention), or the audience. */
  readonly subjectId: string;
  /** A short label of that record, in the words its authors wrote (purpose, title, text). */
  readonly subjectLabel: string;
  /** The day the item began waiting, in the partnership's reference time zone. */
  readonly since: CalendarDate;
  readonly dueOn: CalendarDate | null;
  readonly overdue: boolean;
}

const LABEL_LENGTH = 120;

/** Everything that waits for the viewer in one partnership, as of `now`. Only live partnerships ask anything. */
export function computeInboxItems(
  snapshot: PartnershipSnapshot,
  viewer: InboxViewer,
  now: Date,
): readonly InboxItem[] {
  if (snapshot.partnership.status !== 'active' || !isParty(snapshot, viewer.partyId)) return [];
  const context: Context = {
    snapshot,
    viewer,
    now,
    today: calendarDateAt(now, referenceTimeZone(snapshot)),
  };
  const items =
    viewer.role === 'elected'
      ? [
          ...motivationReviews(context),
          ...orangeZoneApprovals(context),
          ...compatibilityReviews(context),
          ...priorityAgreements(context),
          ...conventionApprovals(context),
          ...exchangesDue(context, 'elected_officials'),
          ...followUpsOwned(context),
        ]
      : [
          ...reportsDue(context),
          ...followUpsOwned(context),
          ...exchangesDue(context, 'technicians'),
          ...exchangesDue(context, 'territory_actors'),
        ];
  return items.sort(byUrgency);
}

/** Overdue first, then by due date (undated last), then oldest first. */
function byUrgency(a: InboxItem, b: InboxItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  if (a.dueOn !== b.dueOn) {
    if (a.dueOn === null) return 1;
    if (b.dueOn === null) return -1;
    return a.dueOn < b.dueOn ? -1 : 1;
  }
  return a.since < b.since ? -1 : a.since > b.since ? 1 : a.key < b.key ? -1 : 1;
}

interface Context {
  readonly snapshot: PartnershipSnapshot;
  readonly viewer: InboxViewer;
  readonly now: Date;
  readonly today: CalendarDate;
}

type ItemDraft = Omit<InboxItem, 'key' | 'partnershipId' | 'overdue'>;

function item(context: Context, draft: ItemDraft, keyParts: readonly string[] = []): InboxItem {
  const partnershipId = context.snapshot.partnership.id;
  return {
    ...draft,
    subjectLabel: shorten(draft.subjectLabel),
    key: [draft.kind, partnershipId, draft.subjectId, ...keyParts].join(':'),
    partnershipId,
    overdue: draft.dueOn !== null && draft.dueOn < context.today,
  };
}

function shorten(text: string): string {
  const single = text.replace(/\s+/g, ' ').trim();
  return single.length <= LABEL_LENGTH ? single : `${single.slice(0, LABEL_LENGTH - 1)}…`;
}

function dayOf(context: Context, instant: Date): CalendarDate {
  return calendarDateAt(instant, referenceTimeZone(context.snapshot));
}

/** Motivations of the viewer's side that no elected official reviewed yet. */
function motivationReviews(context: Context): InboxItem[] {
  return context.snapshot.motivations
    .filter((m) => m.partyId === context.viewer.partyId && m.review === null)
    .map((m) =>
      item(context, {
        kind: 'motivation-review',
        subjectId: m.id,
        subjectLabel: m.text,
        since: dayOf(context, m.createdAt),
        dueOn: null,
      }),
    );
}

/** Visits of the viewer's delegation into a zone that needs an elected official's approval before leaving. */
function orangeZoneApprovals(context: Context): InboxItem[] {
  const initiator = initiatorId(context.snapshot);
  return context.snapshot.visits
    .filter(
      (visit) =>
        awaitsTravelApproval(visit) &&
        visitingPartyId(visit, initiator) === context.viewer.partyId &&
        visit.startsOn >= context.today,
    )
    .map((visit) =>
      item(context, {
        kind: 'orange-zone-visit-approval',
        subjectId: visit.id,
        subjectLabel: visit.purpose,
        since: visit.travelAdvisory?.checkedOn ?? context.today,
        dueOn: visit.startsOn,
      }),
    );
}

/** Every side's motivations are on the table and the viewer's side has not judged them compatible since. */
function compatibilityReviews(context: Context): InboxItem[] {
  const { snapshot, viewer } = context;
  if (!areMotivationsSharedByAll(snapshot) || isCompatibilityReviewedByAll(snapshot)) return [];
  const lastShared = latestSharedAt(snapshot);
  const latest = snapshot.politicalDialogue.compatibilityReviews
    .filter((r) => r.partyId === viewer.partyId)
    .at(-1);
  const reviewedSince =
    latest !== undefined &&
    isApprovedByElectedOf(latest.review, viewer.partyId, governanceOf(snapshot, viewer.partyId)) &&
    (lastShared === null || latest.review.reviewedAt >= lastShared);
  if (reviewedSince) return [];
  return [
    item(
      context,
      {
        kind: 'compatibility-review',
        subjectId: snapshot.partnership.id,
        subjectLabel: snapshot.partnership.name,
        since: lastShared ? dayOf(context, lastShared) : context.today,
        dueOn: null,
      },
      lastShared ? [lastShared.toISOString()] : [],
    ),
  ];
}

/** Priorities another side proposed that the viewer's side has not agreed to. */
function priorityAgreements(context: Context): InboxItem[] {
  return context.snapshot.politicalDialogue.priorities
    .filter((priority) => !priority.agreedBy.includes(context.viewer.partyId))
    .map((priority) =>
      item(context, {
        kind: 'priority-agreement',
        subjectId: priority.id,
        subjectLabel: priority.title,
        since: dayOf(context, priority.agreedAt),
        dueOn: null,
      }),
    );
}

/** The convention's current version is ready for a council decision the viewer's side has not recorded. */
function conventionApprovals(context: Context): InboxItem[] {
  const { snapshot, viewer } = context;
  const convention = snapshot.convention;
  if (convention === null || convention.state !== 'in_negotiation') return [];
  if (missingForConventionApproval(snapshot).length > 0) return [];
  const current = convention.versions.at(-1);
  if (!current || partiesWhoApproved(convention, current.number).includes(viewer.partyId)) return [];
  return [
    item(
      context,
      {
        kind: 'convention-approval',
        subjectId: convention.id,
        subjectLabel: snapshot.partnership.name,
        since: dayOf(context, current.createdAt),
        dueOn: null,
      },
      [String(current.number)],
    ),
  ];
}

/** Follow-ups of a visit report still open whose owner is the viewer. */
function followUpsOwned(context: Context): InboxItem[] {
  return context.snapshot.visits.flatMap((visit) =>
    visit.cancelled || visit.report === null
      ? []
      : visit.report.followUps
          .filter((f) => f.doneOn === null && f.owner.personId === context.viewer.personId)
          .map((f) =>
            item(
              context,
              {
                kind: 'visit-follow-up',
                subjectId: f.id,
                subjectLabel: f.title,
                since: dayOf(context, visit.report?.writtenAt ?? context.now),
                dueOn: f.dueOn,
              },
              [visit.id],
            ),
          ),
  );
}

/** Exchanges of the audience that are due within a week or overdue, per the approved dialogue plan. */
function exchangesDue(context: Context, audience: DialogueAudience): InboxItem[] {
  const { snapshot } = context;
  const plan = snapshot.dialoguePlan;
  if (plan === null || !plan.audiences.some((a) => a.audience === audience)) return [];
  const dues = computeNextDialogueDue(
    { plan, events: snapshot.dialogueEvents, visits: snapshot.visits },
    context.now,
    referenceTimeZone(snapshot),
  );
  return dues
    .filter((due) => due.audience === audience && due.status !== 'on_track')
    .map((due) =>
      item(
        context,
        {
          kind: 'dialogue-exchange-due',
          subjectId: audience,
          subjectLabel: audience,
          since: due.lastExchangeOn ?? dayOf(context, plan.proposedAt),
          dueOn: due.dueOn,
        },
        [due.dueOn],
      ),
    );
}

/** Visits of the viewer's side that took place and have no report yet (the delegation writes it). */
function reportsDue(context: Context): InboxItem[] {
  const initiator = initiatorId(context.snapshot);
  return context.snapshot.visits
    .filter(
      (visit) =>
        visit.report === null &&
        hasTakenPlace(visit, context.today) &&
        visitingPartyId(visit, initiator) === context.viewer.partyId,
    )
    .map((visit) =>
      item(context, {
        kind: 'visit-report-due',
        subjectId: visit.id,
        subjectLabel: visit.purpose,
        since: visit.endsOn,
        dueOn: addDays(visit.endsOn, DEFAULT_VISIT_REPORT_GRACE_DAYS),
      }),
    );
}
