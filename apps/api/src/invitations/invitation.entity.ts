import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  VersionColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartnershipEntity } from '../partnership-records/partnership.entity';
import { UserEntity } from '../users/user.entity';
import type { UserRole } from '../users/user-role';

export const INVITATION_KINDS = ['colleague', 'partner_authority'] as const;
export type InvitationKind = (typeof INVITATION_KINDS)[number];

/** The authority a partner invitation creates when it is accepted. */
export interface ProposedOrganisation {
  name: string;
  kind: string;
  countryCode: string;
  languages: string[];
  timeZone: string;
}

/**
 * An invitation by e-mail. The link carries a random token; only its SHA-256 is stored. Single use,
 * expiring, revocable.
 */
@Entity({ name: 'invitation' })
@Check('CHK_invitation_kind', `"kind" IN ('colleague', 'partner_authority')`)
@Index('IDX_invitation_inviting_organisation', ['invitingOrganisationId', 'createdAt'])
@Index('IDX_invitation_target_organisation', ['targetOrganisationId'])
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('UQ_invitation_token_hash', { unique: true })
  @Column({ name: 'token_hash', type: 'varchar', length: 64 })
  tokenHash: string;

  @Column({ type: 'varchar', length: 30 })
  kind: InvitationKind;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  /** Role of the invitee in the organisation they join (admin for a new partner authority). */
  @Column({ type: 'varchar', length: 20 })
  role: UserRole;

  @Column({ name: 'inviting_organisation_id', type: 'uuid' })
  invitingOrganisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'inviting_organisation_id',
    foreignKeyConstraintName: 'FK_invitation_inviting_organisation',
  })
  invitingOrganisation?: OrganisationEntity;

  @Column({ name: 'invited_by_user_id', type: 'uuid' })
  invitedByUserId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invited_by_user_id', foreignKeyConstraintName: 'FK_invitation_invited_by' })
  invitedBy?: UserEntity;

  /** Colleague: the inviting organisation. Partner: the existing authority, or null until a new one is created. */
  @Column({ name: 'target_organisation_id', type: 'uuid', nullable: true })
  targetOrganisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({
    name: 'target_organisation_id',
    foreignKeyConstraintName: 'FK_invitation_target_organisation',
  })
  targetOrganisation?: OrganisationEntity;

  @Column({ name: 'partnership_id', type: 'uuid', nullable: true })
  partnershipId: string | null;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'FK_invitation_partnership' })
  partnership?: PartnershipEntity;

  /** The partner-search candidate this invitation was sent to, if any: accepting it accepts the candidate. */
  @Column({ name: 'candidate_id', type: 'varchar', length: 64, nullable: true })
  candidateId: string | null;

  @Column({ name: 'proposed_organisation', type: 'jsonb', nullable: true })
  proposedOrganisation: ProposedOrganisation | null;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;

  @Column({ name: 'accepted_at', type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ name: 'accepted_by_user_id', type: 'uuid', nullable: true })
  acceptedByUserId: string | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @VersionColumn()
  version: number;
}
