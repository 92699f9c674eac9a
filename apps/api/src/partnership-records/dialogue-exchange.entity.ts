import type { PersonRef } from '@passerelle/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AppendedRecordColumns } from './appended-record.columns';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartnershipEntity } from './partnership.entity';
import { UserEntity } from '../users/user.entity';

/**
 * An exchange that took place (step 5's regular dialogue), appended by either party and never changed: a
 * record of its own beside the partnership's, written without its version (docs/adr/0011-records-as-rows.md).
 * A retried append finds its row by the party's `Idempotency-Key`.
 */
@Entity({ name: 'dialogue_exchange' })
@Index('IDX_dialogue_exchange_partnership_occurred', ['partnershipId', 'occurredAt', 'id'])
@Index('IDX_dialogue_exchange_partnership_audience', ['partnershipId', 'audience', 'occurredAt'])
@Index(
  'UQ_dialogue_exchange_idempotency_key',
  ['partnershipId', 'recordedByOrganisationId', 'idempotencyKey'],
  {
    unique: true,
    where: 'idempotency_key IS NOT NULL',
  },
)
export class DialogueExchangeEntity extends AppendedRecordColumns {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_dialogue_exchange' })
  id: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'FK_dialogue_exchange_partnership' })
  partnership?: PartnershipEntity;

  @Column({ type: 'varchar', length: 30 })
  audience: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'varchar', length: 30 })
  channel: string;

  /** The people who took part, as the domain names them: a small value list, read and written whole. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  participants: PersonRef[];

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  decisions: string[];

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'recorded_by_organisation_id',
    foreignKeyConstraintName: 'FK_dialogue_exchange_recorded_by_organisation',
  })
  recordedByOrganisation?: OrganisationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'recorded_by_user_id',
    foreignKeyConstraintName: 'FK_dialogue_exchange_recorded_by_user',
  })
  recordedByUser?: UserEntity;
}
