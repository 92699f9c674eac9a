import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';

export const PARTNER_REQUEST_STATUSES = ['open', 'closed'] as const;
export type PartnerRequestStatus = (typeof PARTNER_REQUEST_STATUSES)[number];

/** "We seek a partner for …": a public request, like the national partner-request exchange. */
@Entity({ name: 'partner_request' })
@Check('CHK_partner_request_status', `"status" IN ('open', 'closed')`)
@Index('IDX_partner_request_status_created', ['status', 'createdAt'])
@Index('IDX_partner_request_themes', { synchronize: false })
export class PartnerRequestEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_partner_request_organisation')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_partner_request_organisation' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  themes: string[];

  @Column({ type: 'varchar', length: 20, default: 'open' })
  status: PartnerRequestStatus;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
