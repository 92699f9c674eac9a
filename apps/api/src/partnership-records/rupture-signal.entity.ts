import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { AppendedRecordColumns } from './appended-record.columns';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartnershipEntity } from './partnership.entity';
import { UserEntity } from '../users/user.entity';

/**
 * An early warning of rupture (an election, a budget cut…) an officer of either party recorded: appended
 * and never changed, a record of its own beside the partnership's (docs/adr/0011-records-as-rows.md). A
 * retried append finds its row by the party's `Idempotency-Key`.
 */
@Entity({ name: 'rupture_signal' })
@Index('IDX_rupture_signal_partnership_occurs', ['partnershipId', 'occursOn', 'id'])
@Index('UQ_rupture_signal_idempotency_key', ['partnershipId', 'recordedByOrganisationId', 'idempotencyKey'], {
  unique: true,
  where: 'idempotency_key IS NOT NULL',
})
export class RuptureSignalEntity extends AppendedRecordColumns {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_rupture_signal' })
  id: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'FK_rupture_signal_partnership' })
  partnership?: PartnershipEntity;

  @Column({ type: 'varchar', length: 30 })
  kind: string;

  /** The side the signal is about. */
  @Column({ name: 'concerns_organisation_id', type: 'uuid' })
  concernsOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'concerns_organisation_id',
    foreignKeyConstraintName: 'FK_rupture_signal_concerns_organisation',
  })
  concernsOrganisation?: OrganisationEntity;

  /** The day it happens or happened (election day, start of a mandate, budget vote). */
  @Column({ name: 'occurs_on', type: 'date' })
  occursOn: string;

  @Column({ type: 'text' })
  note: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'recorded_by_organisation_id',
    foreignKeyConstraintName: 'FK_rupture_signal_recorded_by_organisation',
  })
  recordedByOrganisation?: OrganisationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'recorded_by_user_id',
    foreignKeyConstraintName: 'FK_rupture_signal_recorded_by_user',
  })
  recordedByUser?: UserEntity;
}
