import type { DomainEvent } from '@passerelle/domain';
import { auditRowOf, type AuditRow } from '../audit/audit-trail';
import type { Actor } from '../auth/actor';
import { lifecycleAuditEntries } from './lifecycle-audit';

/** The audit rows of an append's domain events, written by the append's own statement. */
export function appendedAudit(
  actor: Actor,
  partnershipId: string,
  events: readonly DomainEvent[],
): AuditRow[] {
  return lifecycleAuditEntries(actor, partnershipId, events).map(auditRowOf);
}
