import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Field-level changes of one write: `{ field: { before, after } }`. */
export type AuditChanges = Record<string, { before: unknown; after: unknown }>;

/**
 * One write, as recorded. Append-only: a database trigger (see the migration) refuses UPDATE, DELETE and
 * TRUNCATE whatever the role, and the API has no route that changes it.
 */
@Entity({ name: 'audit_event' })
@Index('IDX_audit_event_organisation_time', ['organisationId', 'occurredAt', 'id'])
@Index('IDX_audit_event_organisation_entity', ['organisationId', 'entityType', 'entityId'])
@Index('IDX_audit_event_organisation_actor', ['organisationId', 'actorUserId', 'occurredAt'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' })
  id: string;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt: Date;

  /** The organisation whose trail shows the event: the actor's. */
  @Column({ name: 'organisation_id', type: 'uuid', nullable: true })
  organisationId: string | null;

  @Column({ name: 'actor_user_id', type: 'uuid', nullable: true })
  actorUserId: string | null;

  @Column({ name: 'entity_type', type: 'varchar', length: 60 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 64 })
  entityId: string;

  @Column({ type: 'varchar', length: 60 })
  action: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  changes: AuditChanges;

  @Column({ name: 'request_id', type: 'varchar', length: 128, nullable: true })
  requestId: string | null;
}
