import { Column } from 'typeorm';

/**
 * The columns every append-only table of a partnership's records shares (see `AppendOnlyTable`): the
 * partnership, the party and user who appended the row, when, and the key it was sent with. Each table
 * declares its own references to them, whose constraints carry its name.
 */
export abstract class AppendedRecordColumns {
  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @Column({ name: 'recorded_by_organisation_id', type: 'uuid' })
  recordedByOrganisationId: string;

  /** Null for records moved from the lifecycle documents (who typed them was not kept). */
  @Column({ name: 'recorded_by_user_id', type: 'uuid', nullable: true })
  recordedByUserId: string | null;

  @Column({ name: 'recorded_at', type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;

  /** The `Idempotency-Key` the append was sent with, unique per partnership and party. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 255, nullable: true })
  idempotencyKey: string | null;

  /** SHA-256 of the request the key was first used with: the same key with another request is refused. */
  @Column({ name: 'request_hash', type: 'char', length: 64, nullable: true })
  requestHash: string | null;
}
