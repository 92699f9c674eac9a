import type { PartnershipSnapshot, ReminderKind } from '@passerelle/domain';

/** What decides whether a user hears of a reminder: their role, and for visits whether they take part. */
export interface ReminderCandidate {
  readonly id: string;
  readonly role: string;
}

/** Officers run the relation and admins answer for it: they hear of every reminder of their party. */
const ALWAYS_REMINDED = ['admin', 'officer'];

/**
 * Whether a user of a party receives this reminder: officers and admins always; elected officials for the
 * exchanges between elected officials and for the convention (their council decides on its renewal); anyone
 * with an account who is in a visit's delegation or among its hosts, for that visit; funding deadlines
 * (calls closing, reports due) only to officers and admins.
 */
export function receivesReminder(
  user: ReminderCandidate,
  reminder: {
    readonly kind: ReminderKind;
    readonly audience: string | null;
    readonly visitId: string | null;
  },
  snapshot: Pick<PartnershipSnapshot, 'visits'>,
): boolean {
  if (ALWAYS_REMINDED.includes(user.role)) return true;
  switch (reminder.kind) {
    case 'dialogue-due':
    case 'dialogue-overdue':
      return user.role === 'elected' && reminder.audience === 'elected_officials';
    case 'convention-expiring':
    case 'convention-tacit-renewal':
      return user.role === 'elected';
    case 'visit-upcoming':
    case 'visit-report-missing':
      return isVisitMember(user.id, reminder.visitId, snapshot);
    case 'funding-call-closing':
    case 'funding-report-due':
      // Applications and funder reports are the officers' work, already reminded above.
      return false;
    default: {
      const unknown: never = reminder.kind;
      throw new Error(`unknown reminder kind ${String(unknown)}`);
    }
  }
}

function isVisitMember(
  userId: string,
  visitId: string | null,
  snapshot: Pick<PartnershipSnapshot, 'visits'>,
): boolean {
  const visit = snapshot.visits.find((candidate) => candidate.id === visitId);
  if (!visit) return false;
  return [...visit.delegation, ...visit.hosts].some((person) => person.personId === userId);
}
