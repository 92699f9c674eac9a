import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
} from 'typeorm';
import type { PartyGovernance } from '@passerelle/domain';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartnershipEntity } from './partnership.entity';

export const PARTY_ROLES = ['initiator', 'partner'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/** An organisation's membership of a partnership: the row every tenancy check reads. */
@Entity({ name: 'partnership_party' })
@Check('CHK_partnership_party_role', `"role" IN ('initiator', 'partner')`)
@Check('CHK_partnership_party_governance', `"governance" IN ('elected_executive', 'appointed_executive')`)
export class PartnershipPartyEntity {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  // Looked up by organisation for "my partnerships".
  @Index('IDX_partnership_party_organisation')
  @PrimaryColumn({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'FK_partnership_party_partnership' })
  partnership?: PartnershipEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_partnership_party_organisation' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 20 })
  role: PartyRole;

  /** Who leads the party's executive: elected, or appointed by the State (docs/domain.md, "Legal variants"). */
  @Column({ type: 'varchar', length: 20, default: 'elected_executive' })
  governance: PartyGovernance;

  @CreateDateColumn({ name: 'joined_at', type: 'timestamptz' })
  joinedAt: Date;
}
