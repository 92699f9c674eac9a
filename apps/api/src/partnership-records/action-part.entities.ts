import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { JointActionEntity, type ListedPartRecord } from './partnership-part.entities';

// The records kept in lists under an action, each a row of its own with columns (docs/adr/0011-records-as-
// rows.md): its budget lines, which funding reports sum across partnerships, and its indicators, each
// validated by every side under its own version. Both tables share the columns that place a record under
// its action; the migration `1795475000000-action-parts-as-rows` created them.

/** What places a record under its action: the action's key, its own, its place in the list, its version. */
function ActionPartRecordColumns(table: string) {
  abstract class Placed {
    @PrimaryColumn({ name: 'partnership_id', type: 'uuid', primaryKeyConstraintName: `PK_${table}` })
    partnershipId: string;

    @PrimaryColumn({
      name: 'action_key',
      type: 'varchar',
      length: 100,
      primaryKeyConstraintName: `PK_${table}`,
    })
    actionKey: string;

    @PrimaryColumn({
      name: 'record_key',
      type: 'varchar',
      length: 100,
      primaryKeyConstraintName: `PK_${table}`,
    })
    recordKey: string;

    @ManyToOne(() => JointActionEntity, { onDelete: 'CASCADE' })
    @JoinColumn([
      {
        name: 'partnership_id',
        referencedColumnName: 'partnershipId',
        foreignKeyConstraintName: `FK_${table}_action`,
      },
      { name: 'action_key', referencedColumnName: 'recordKey' },
    ])
    action?: ListedPartRecord;

    @Column({ type: 'integer' })
    position: number;

    @Column({ type: 'integer', default: 1 })
    version: number;
  }
  return Placed;
}

@Entity({ name: 'action_budget_line' })
@Index('IDX_action_budget_line_party_paid', ['partyId', 'paidOn'])
@Check('CHK_action_budget_line_eur_rate', '"eur_rate" IS NULL OR "eur_rate" > 0')
export class ActionBudgetLineEntity extends ActionPartRecordColumns('action_budget_line') {
  @Column({ type: 'varchar', length: 40 })
  funder: string;

  @Column({ name: 'funder_name', type: 'text' })
  funderName: string;

  @Column({ name: 'party_id', type: 'uuid', nullable: true })
  partyId: string | null;

  /** Exact to the cent: PostgreSQL gives it back as a string. */
  @Column({ type: 'numeric', precision: 16, scale: 2 })
  amount: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'varchar', length: 20 })
  status: string;

  @Column({ name: 'period_starts_on', type: 'date', nullable: true })
  periodStartsOn: string | null;

  @Column({ name: 'period_ends_on', type: 'date', nullable: true })
  periodEndsOn: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  channel: string | null;

  /** Units of `currency` per euro, recorded on the line. */
  @Column({ name: 'eur_rate', type: 'numeric', precision: 20, scale: 8, nullable: true })
  eurRate: string | null;

  @Column({ name: 'committed_amount', type: 'numeric', precision: 16, scale: 2, nullable: true })
  committedAmount: string | null;

  @Column({ name: 'committed_on', type: 'date', nullable: true })
  committedOn: string | null;

  @Column({ name: 'paid_amount', type: 'numeric', precision: 16, scale: 2, nullable: true })
  paidAmount: string | null;

  @Column({ name: 'paid_on', type: 'date', nullable: true })
  paidOn: string | null;
}

@Entity({ name: 'action_indicator' })
@Check('CHK_action_indicator_kind', `"kind" IN ('level', 'count')`)
export class ActionIndicatorEntity extends ActionPartRecordColumns('action_indicator') {
  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  unit: string;

  @Column({ type: 'double precision' })
  baseline: number;

  @Column({ type: 'double precision' })
  target: number;

  @Column({ name: 'proposed_by', type: 'uuid' })
  proposedBy: string;

  @Column({ name: 'validated_by', type: 'uuid', array: true, default: '{}' })
  validatedBy: string[];

  /** `level` (latest measurement of a period) or `count` (their sum). */
  @Column({ type: 'varchar', length: 10, default: 'level' })
  kind: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  frequency: string | null;

  /** The reporting periods in order: `{startsOn, endsOn, target, baseline}`, a few per indicator. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  periods: unknown;

  /** The dimensions a measurement may be split by: `{dimension, categories}`. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  disaggregations: unknown;
}
