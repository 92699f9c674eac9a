import {
  DEFAULT_QUIET_HOURS,
  hostPartyId,
  shiftOutOfQuietHours,
  type QuietHours,
  visitingPartyId,
  type CalendarDate,
  type DialogueAudience,
  type ReminderSituation,
  type ReminderKind,
} from '@passerelle/domain';
import type { ReminderEntity } from './reminder.entity';
import type { ReminderMailContent, ReminderVisit } from './reminder-mail';

/** The web app's page of the partnership where each kind of reminder is acted upon (its routes are French). */
const PAGE_OF_KIND: Record<ReminderKind, string> = {
  'dialogue-due': 'dialogue',
  'dialogue-overdue': 'dialogue',
  'visit-upcoming': 'missions',
  'visit-report-missing': 'missions',
  'convention-expiring': 'convention',
  'convention-tacit-renewal': 'convention',
  'funding-call-closing': 'actions',
  'funding-report-due': 'actions',
};

/** What the mail of a reminder row says, from the partnership as it stands at delivery. */
export function reminderMailContentOf(input: {
  reminder: Pick<
    ReminderEntity,
    'partnershipId' | 'organisationId' | 'audience' | 'visitId' | 'conventionId' | 'subjectDate'
  > & { kind: ReminderKind; fundingSubjectId?: string | null };
  recipientName: string;
  snapshot: ReminderSituation;
  today: CalendarDate;
  publicUrl: string;
}): ReminderMailContent {
  const { reminder, snapshot } = input;
  const nameOf = (organisationId: string) =>
    snapshot.organisations.find((organisation) => organisation.id === organisationId)?.name ?? '';
  const convention = snapshot.convention?.id === reminder.conventionId ? snapshot.convention : null;
  return {
    kind: reminder.kind,
    recipientName: input.recipientName,
    partnershipTitle: snapshot.partnership.name,
    otherParties: snapshot.partnership.parties
      .filter((party) => party.organisationId !== reminder.organisationId)
      .map((party) => nameOf(party.organisationId)),
    audience: reminder.audience as DialogueAudience | null,
    visit: visitOf(snapshot, reminder.visitId, nameOf),
    conventionExpiresOn: convention?.expiresOn ?? null,
    fundingCall:
      (snapshot.fundingDeadlines ?? []).find((deadline) => deadline.subjectId === reminder.fundingSubjectId)
        ?.label ?? null,
    subjectDate: reminder.subjectDate,
    today: input.today,
    link: `${input.publicUrl}/partenariats/${reminder.partnershipId}/${PAGE_OF_KIND[reminder.kind]}`,
  };
}

function visitOf(
  snapshot: ReminderSituation,
  visitId: string | null,
  nameOf: (organisationId: string) => string,
): ReminderVisit | null {
  const visit = snapshot.visits.find((candidate) => candidate.id === visitId);
  const initiator = snapshot.partnership.parties.find((party) => party.role === 'initiator');
  if (!visit || !initiator) return null;
  return {
    purpose: visit.purpose,
    startsOn: visit.startsOn,
    endsOn: visit.endsOn,
    travellingParty: nameOf(visitingPartyId(visit, initiator.organisationId)),
    hostParty: nameOf(hostPartyId(visit, initiator.organisationId)),
  };
}

/**
 * When the mail may go: not before the planned instant, and never inside the recipient's quiet hours — a
 * delivery that comes late (a worker that was down, a retry) at night waits for the morning.
 */
export function nextSendInstant(
  sendAt: Date,
  now: Date,
  timeZone: string,
  quietHours: QuietHours = DEFAULT_QUIET_HOURS,
): Date {
  return now < sendAt ? sendAt : shiftOutOfQuietHours(now, timeZone, quietHours);
}
