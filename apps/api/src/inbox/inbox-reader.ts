import { Inject, Injectable } from '@nestjs/common';
import {
  calendarDateAt,
  computeFundingInboxItems,
  computeInboxItems,
  type InboxItem,
  type InboxRole,
} from '@passerelle/domain';
import type { EntityManager } from 'typeorm';
import { CLOCK, type Clock } from '../common/clock/clock';
import { loadFundingDeadlines } from '../lifecycle/funding-deadlines.query';
import { PartnershipRepository } from '../lifecycle/partnership.repository';
import { roleCan, type UserRole } from '../users/user-role';

/** The person whose inbox is read: an account of an organisation, with its role. */
export interface InboxOwner {
  userId: string;
  organisationId: string;
  role: UserRole;
}

export interface InboxEntry {
  item: InboxItem;
  partnershipTitle: string;
}

/** Elected officials decide; admins and officers run the partnerships; other roles are asked nothing. */
export function inboxRoleOf(role: UserRole): InboxRole | null {
  if (role === 'elected') return 'elected';
  return roleCan(role, 'partnership.run') ? 'officer' : null;
}

/** The live partnerships an organisation is party to: the only ones that ask anything of anyone. */
const LIVE_PARTNERSHIPS_OF_ORGANISATION_SQL = `SELECT partnership.id FROM partnership
    JOIN partnership_party own_party
      ON own_party.partnership_id = partnership.id AND own_party.organisation_id = $1
    WHERE partnership.status = 'active'
    ORDER BY partnership.created_at DESC`;

/**
 * Reads what waits for one person across the partnerships of their organisation, from the partnerships'
 * records as they stand (nothing is stored: an item is gone as soon as the record no longer calls for it).
 */
@Injectable()
export class InboxReader {
  constructor(
    private readonly partnerships: PartnershipRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async entriesFor(manager: EntityManager, owner: InboxOwner): Promise<InboxEntry[]> {
    const role = inboxRoleOf(owner.role);
    if (role === null) return [];
    const rows: Array<{ id: string }> = await manager.query(LIVE_PARTNERSHIPS_OF_ORGANISATION_SQL, [
      owner.organisationId,
    ]);
    const snapshots = await this.partnerships.loadManyAsTheyStand(
      manager,
      rows.map((row) => row.id),
    );
    const now = this.clock.now();
    const viewer = { partyId: owner.organisationId, personId: owner.userId, role };
    const deadlines = await loadFundingDeadlines(
      manager,
      rows.map((row) => row.id),
    );
    return snapshots
      .flatMap((snapshot) => {
        const own = snapshot.organisations.find((organisation) => organisation.id === owner.organisationId);
        const today = calendarDateAt(now, own?.timeZone ?? 'UTC');
        const funding = deadlines.filter((deadline) => deadline.partnershipId === snapshot.partnership.id);
        return [
          ...computeInboxItems(snapshot, viewer, now),
          ...computeFundingInboxItems(funding, viewer, today),
        ].map((item) => ({ item, partnershipTitle: snapshot.partnership.name }));
      })
      .sort((a, b) => byUrgency(a.item, b.item));
  }
}

/** Across partnerships as within one: overdue first, then the nearest due date, then the oldest. */
function byUrgency(a: InboxItem, b: InboxItem): number {
  if (a.overdue !== b.overdue) return a.overdue ? -1 : 1;
  const aDue = a.dueOn ?? '9999-12-31';
  const bDue = b.dueOn ?? '9999-12-31';
  if (aDue !== bDue) return aDue < bDue ? -1 : 1;
  return a.since === b.since ? 0 : a.since < b.since ? -1 : 1;
}
