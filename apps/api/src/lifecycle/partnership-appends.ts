import { Injectable } from '@nestjs/common';
import type { DomainEvent } from '@passerelle/domain';
import type { EntityManager } from 'typeorm';
import { auditRowOf } from '../audit/audit-trail';
import type { Actor } from '../auth/actor';
import type { AppendOnlyTable, AppendOutcome, AppendedBy } from '../partnership-records/append-only-table';
import { lifecycleAuditEntries } from './lifecycle-audit';
import { LifecycleEvents } from './lifecycle-events';

/**
 * What every append use case does once the domain accepted its record: store it with the audit rows of its
 * events in one statement, and tell the lifecycle's subscribers — unless a request with the same key stored
 * it first, in which case that record is the answer and nothing else happens.
 */
@Injectable()
export class PartnershipAppends {
  constructor(private readonly events: LifecycleEvents) {}

  async store<R>(
    manager: EntityManager,
    table: AppendOnlyTable<R, object>,
    by: AppendedBy,
    record: R,
    { actor, events }: { actor: Actor; events: readonly DomainEvent[] },
  ): Promise<AppendOutcome<R>> {
    const audit = lifecycleAuditEntries(actor, by.partnershipId, events).map(auditRowOf);
    const appended = await table.append(manager, by, record, audit);
    if (!appended.replayed) await this.events.publish(manager, by.partnershipId, events);
    return appended;
  }
}
