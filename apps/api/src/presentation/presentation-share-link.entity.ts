import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PartnershipEntity } from '../partnership-records/partnership.entity';

/**
 * A read-only link to one party's presentation, for a candidate partner who has no account. Only the
 * token's SHA-256 is stored; the link expires and can be revoked.
 */
@Entity({ name: 'presentation_share_link' })
@Index('IDX_share_link_partnership_owner', ['partnershipId', 'ownerOrganisationId'])
export class PresentationShareLinkEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_share_link_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'FK_share_link_partnership' })
  partnership?: PartnershipEntity;

  /** The party whose presentation the link shows. */
  @Column({ name: 'owner_organisation_id', type: 'uuid' })
  ownerOrganisationId: string;

  @Column({ type: 'varchar', length: 5 })
  language: string;

  @Column({ name: 'created_by_user_id', type: 'uuid' })
  createdByUserId: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
