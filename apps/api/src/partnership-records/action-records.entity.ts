import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { AppendedRecordColumns } from './appended-record.columns';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartnershipEntity } from './partnership.entity';
import { UserEntity } from '../users/user.entity';

// The records either party appends to an action (docs/adr/0011-records-as-rows.md): each a row of its own,
// never changed, with the columns every append-only table shares (see `AppendOnlyTable`).

@Entity({ name: 'indicator_measurement' })
@Index('IDX_indicator_measurement_partnership', ['partnershipId', 'actionId'])
@Index(
  'UQ_indicator_measurement_idempotency_key',
  ['partnershipId', 'recordedByOrganisationId', 'idempotencyKey'],
  {
    unique: true,
    where: 'idempotency_key IS NOT NULL',
  },
)
export class IndicatorMeasurementEntity extends AppendedRecordColumns {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_indicator_measurement' })
  id: string;

  @Column({ name: 'action_id', type: 'varchar', length: 100 })
  actionId: string;

  @Column({ name: 'indicator_id', type: 'varchar', length: 100 })
  indicatorId: string;

  @Column({ name: 'measured_on', type: 'date' })
  measuredOn: string;

  @Column({ type: 'double precision' })
  value: number;

  /** The value split by the indicator's dimensions: `{dimension, category, value}`, checked to sum up. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  breakdown: unknown;

  /** Files uploaded to the partnership (`stored_file` ids) proving the value, checked when appended. */
  @Column({ name: 'evidence_ids', type: 'text', array: true, default: () => "'{}'" })
  evidenceIds: string[];

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'FK_indicator_measurement_partnership' })
  partnership?: PartnershipEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'recorded_by_organisation_id',
    foreignKeyConstraintName: 'FK_indicator_measurement_recorded_by_organisation',
  })
  recordedByOrganisation?: OrganisationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'recorded_by_user_id',
    foreignKeyConstraintName: 'FK_indicator_measurement_recorded_by_user',
  })
  recordedByUser?: UserEntity;
}

@Entity({ name: 'action_log_entry' })
@Index('IDX_action_log_entry_partnership', ['partnershipId', 'actionId', 'at'])
@Index(
  'UQ_action_log_entry_idempotency_key',
  ['partnershipId', 'recordedByOrganisationId', 'idempotencyKey'],
  {
    unique: true,
    where: 'idempotency_key IS NOT NULL',
  },
)
export class ActionLogEntryEntity extends AppendedRecordColumns {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_action_log_entry' })
  id: string;

  @Column({ name: 'action_id', type: 'varchar', length: 100 })
  actionId: string;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ type: 'varchar', length: 20 })
  kind: string;

  @Column({ type: 'text' })
  text: string;

  /** Files uploaded to the partnership (`stored_file` ids), checked when the entry was appended. */
  @Column({ name: 'attachment_ids', type: 'text', array: true, default: () => "'{}'" })
  attachmentIds: string[];

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'FK_action_log_entry_partnership' })
  partnership?: PartnershipEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'recorded_by_organisation_id',
    foreignKeyConstraintName: 'FK_action_log_entry_recorded_by_organisation',
  })
  recordedByOrganisation?: OrganisationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'recorded_by_user_id',
    foreignKeyConstraintName: 'FK_action_log_entry_recorded_by_user',
  })
  recordedByUser?: UserEntity;
}

@Entity({ name: 'joint_evaluation' })
@Index('IDX_joint_evaluation_partnership', ['partnershipId', 'actionId'])
@Index(
  'UQ_joint_evaluation_idempotency_key',
  ['partnershipId', 'recordedByOrganisationId', 'idempotencyKey'],
  {
    unique: true,
    where: 'idempotency_key IS NOT NULL',
  },
)
export class JointEvaluationEntity extends AppendedRecordColumns {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_joint_evaluation' })
  id: string;

  @Column({ name: 'action_id', type: 'varchar', length: 100 })
  actionId: string;

  @Column({ name: 'evaluated_on', type: 'date' })
  evaluatedOn: string;

  @Column({ type: 'uuid', array: true })
  parties: string[];

  @Column({ type: 'text' })
  summary: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'FK_joint_evaluation_partnership' })
  partnership?: PartnershipEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'recorded_by_organisation_id',
    foreignKeyConstraintName: 'FK_joint_evaluation_recorded_by_organisation',
  })
  recordedByOrganisation?: OrganisationEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL' })
  @JoinColumn({
    name: 'recorded_by_user_id',
    foreignKeyConstraintName: 'FK_joint_evaluation_recorded_by_user',
  })
  recordedByUser?: UserEntity;
}
