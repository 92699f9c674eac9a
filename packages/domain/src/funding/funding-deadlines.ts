import { type InboxItem, type InboxViewer } from '../inbox/inbox';
import { type CalendarDate, addDays, daysBetween } from '../shared/calendar-date';
import { type OrganisationId, type PartnershipId } from '../shared/ids';
import { type FundingApplication, type FundingCall } from './funding-application';
import { type FunderReportDue } from './funding-follow-up';

export const FUNDING_DEADLINE_KINDS = ['call-closing', 'report-due'] as const;
export type FundingDeadlineKind = (typeof FUNDING_DEADLINE_KINDS)[number];

/** A date a funder holds the applying authority to: a call closing on a draft, a report due on a grant. */
export interface FundingDeadline {
  readonly kind: FundingDeadlineKind;
  readonly partnershipId: PartnershipId;
  /** The applying authority: only its people are reminded. */
  readonly organisationId: OrganisationId;
  /** The application (call closing) or the report (report due). */
  readonly subjectId: string;
  readonly dueOn: CalendarDate;
  /** The call's name, as its funder wrote it. */
  readonly label: string;
}

/** One application of an action as the deadlines read it. */
export interface ApplicationDeadlineSource {
  readonly partnershipId: PartnershipId;
  readonly organisationId: OrganisationId;
  readonly application: Pick<FundingApplication, 'id' | 'status'>;
  readonly call: Pick<FundingCall, 'name' | 'closesOn'>;
  readonly reports: readonly Pick<FunderReportDue, 'id' | 'dueOn' | 'submittedOn'>[];
}

/**
 * What the funders expect and when: a draft must be submitted before its call closes; each report of a
 * granted application not sent yet is due on its date. Submitted, refused and withdrawn applications ask
 * nothing; a sent report neither.
 */
export function fundingDeadlinesOf(sources: readonly ApplicationDeadlineSource[]): FundingDeadline[] {
  return sources.flatMap(
    ({ partnershipId, organisationId, application, call, reports }): FundingDeadline[] => {
      const base = { partnershipId, organisationId, label: call.name };
      if (application.status === 'draft')
        return [{ ...base, kind: 'call-closing', subjectId: application.id, dueOn: call.closesOn }];
      if (application.status !== 'granted') return [];
      return reports
        .filter((report) => report.submittedOn === null)
        .map((report) => ({ ...base, kind: 'report-due', subjectId: report.id, dueOn: report.dueOn }));
    },
  );
}

/** How far ahead a funding deadline shows in the inbox. */
export const FUNDING_INBOX_WINDOW_DAYS = 30;

/**
 * The funding deadlines waiting for an officer of the applying authority: a call closing within the window
 * (gone once it closed: a draft can no longer be submitted), a report due within it or overdue until sent.
 */
export function computeFundingInboxItems(
  deadlines: readonly FundingDeadline[],
  viewer: Pick<InboxViewer, 'partyId' | 'role'>,
  today: CalendarDate,
): InboxItem[] {
  if (viewer.role !== 'officer') return [];
  return deadlines
    .filter((deadline) => deadline.organisationId === viewer.partyId)
    .filter((deadline) => daysBetween(today, deadline.dueOn) <= FUNDING_INBOX_WINDOW_DAYS)
    .filter((deadline) => deadline.kind === 'report-due' || deadline.dueOn >= today)
    .map((deadline) => {
      const kind = deadline.kind === 'call-closing' ? 'funding-call-closing' : 'funding-report-due';
      return {
        key: [kind, deadline.partnershipId, deadline.subjectId, deadline.dueOn].join(':'),
        kind,
        partnershipId: deadline.partnershipId,
        subjectId: deadline.subjectId,
        subjectLabel: deadline.label.slice(0, 120),
        since: addDays(deadline.dueOn, -FUNDING_INBOX_WINDOW_DAYS),
        dueOn: deadline.dueOn,
        overdue: deadline.dueOn < today,
      };
    });
}
