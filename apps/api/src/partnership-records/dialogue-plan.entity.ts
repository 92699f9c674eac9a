import type { AudiencePlan } from '@passerelle/domain';
import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { PartnershipEntity } from './partnership.entity';

/**
 * A partnership's dialogue plan (step 5): per audience a cadence, channels and the people of each side, and
 * which parties approved it. A record of its own with its own version (docs/adr/0011-records-as-rows.md):
 * proposing or approving it is checked against the plan as read, not against the rest of the partnership.
 */
@Entity({ name: 'dialogue_plan' })
export class DialoguePlanEntity {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid', primaryKeyConstraintName: 'PK_dialogue_plan' })
  partnershipId: string;

  @OneToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'FK_dialogue_plan_partnership' })
  partnership?: PartnershipEntity;

  @Column({ type: 'integer' })
  version: number;

  /** Each audience's cadence, channels and participants: a small value, read and written whole. */
  @Column({ type: 'jsonb' })
  audiences: AudiencePlan[];

  @Column({ name: 'tolerance_days', type: 'integer' })
  toleranceDays: number;

  @Column({ name: 'proposed_at', type: 'timestamptz' })
  proposedAt: Date;

  @Column({ name: 'approved_by', type: 'uuid', array: true, default: () => "'{}'" })
  approvedBy: string[];
}
