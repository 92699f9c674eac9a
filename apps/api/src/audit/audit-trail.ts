import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { logContext } from '../common/logging/request-context';
import { AuditEventEntity, type AuditChanges } from './audit-event.entity';
import type { AuditEntityType } from './audit-entity-types';

export interface AuditEntry {
  /** The acting user; absent for the system or for someone not yet signed in (accepting an invitation). */
  actor?: { readonly userId: string; readonly organisationId: string };
  /** Whose trail shows the event when there is no actor. */
  organisationId?: string;
  entityType: AuditEntityType;
  entityId: string;
  action: string;
  before?: Record<string, unknown>;
  after?: Record<string, unknown>;
}

/** Fields never written to the trail, whatever the entity. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash', 'password']);

/** One audit row as inserted (the entity's columns but the id and the time, which the database sets). */
export type AuditRow = Pick<
  AuditEventEntity,
  'organisationId' | 'actorUserId' | 'entityType' | 'entityId' | 'action' | 'changes' | 'requestId'
>;

/** Records writes in the same transaction as the write itself: both land, or neither. */
@Injectable()
export class AuditTrail {
  async record(manager: EntityManager, entry: AuditEntry): Promise<void> {
    // jsonb column: TypeORM's deep-partial typing does not fit a free-form record.
    await manager.insert(AuditEventEntity, auditRowOf(entry) as never);
  }
}

/**
 * The row an entry is recorded as. Statements that write several tables at once (a lifecycle command: its
 * document, summary and audit rows) insert these themselves, with `auditRowsInsert`.
 */
export function auditRowOf(entry: AuditEntry): AuditRow {
  return {
    organisationId: entry.actor?.organisationId ?? entry.organisationId ?? null,
    actorUserId: entry.actor?.userId ?? null,
    entityType: entry.entityType,
    entityId: entry.entityId,
    action: entry.action,
    changes: changedFields(entry.before ?? {}, entry.after ?? {}),
    requestId: logContext.getStore()?.requestId ?? null,
  };
}

/** Only what changed, before and after; secrets are marked as changed without their values. */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): AuditChanges {
  const changes: AuditChanges = {};
  for (const field of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const was = normalise(before[field]);
    const is = normalise(after[field]);
    if (JSON.stringify(was) === JSON.stringify(is)) continue;
    changes[field] = SECRET_FIELDS.has(field)
      ? { before: '[secret]', after: '[secret]' }
      : { before: was, after: is };
  }
  return changes;
}

function normalise(value: unknown): unknown {
  if (value === undefined) return null;
  return value instanceof Date ? value.toISOString() : value;
}
