import type { DomainEvent } from '@passerelle/domain';
import type { AuditEntry } from '../audit/audit-trail';

/**
 * The audit trail's entries for a command's domain events: one per event, `lifecycle.<type>`, with the
 * event's details (not its instant, which the row's time gives, nor the partnership, which is the entity).
 */
export function lifecycleAuditEntries(
  actor: NonNullable<AuditEntry['actor']>,
  partnershipId: string,
  events: readonly DomainEvent[],
): AuditEntry[] {
  return events.map((event) => {
    const {
      type,
      at: _at,
      partnershipId: _id,
      ...details
    } = event as { type: string; at: Date; partnershipId: string };
    return {
      actor,
      entityType: 'partnership',
      entityId: partnershipId,
      action: `lifecycle.${type}`,
      after: details,
    };
  });
}
