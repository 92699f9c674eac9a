import {
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** A partnership as stored; its parties are rows of `partnership_party`. */
@Entity({ name: 'partnership' })
export class PartnershipEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 40 })
  form: string;

  @Column({ type: 'varchar', length: 40 })
  approach: string;

  @Column({ type: 'varchar', length: 20, default: 'active' })
  status: string;

  /** Countries where a partner is sought (ISO 3166-1 alpha-2), set at creation. */
  @Column({ name: 'target_countries', type: 'char', length: 2, array: true, default: () => "'{}'" })
  targetCountries: string[];

  /** Themes the cooperation is meant to work on (domain action themes). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: string[];

  /**
   * The partnership's suspension and termination as the domain has them (instants tagged, see
   * `records-codec.ts`), null when none. Its other records are rows of their own tables
   * (docs/adr/0011-records-as-rows.md).
   */
  @Column({ type: 'jsonb', nullable: true })
  suspension: unknown;

  @Column({ type: 'jsonb', nullable: true })
  termination: unknown;

  /** The orderly rupture under way or last attempted (negotiation, deliberation, notice), null when none. */
  @Column({ type: 'jsonb', nullable: true })
  rupture: unknown;

  @Column({ name: 'created_by_user_id', type: 'uuid' })
  createdByUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by_user_id', foreignKeyConstraintName: 'FK_partnership_created_by' })
  createdBy?: UserEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  /** The version of the partnership's own row (its status, suspension, termination and parties). */
  @VersionColumn()
  version: number;

  /**
   * Counts every change to the partnership's records, appended rows included: what its stored summary was
   * computed from (docs/adr/0011-records-as-rows.md).
   */
  @Column({ type: 'integer', default: 1 })
  revision: number;
}
