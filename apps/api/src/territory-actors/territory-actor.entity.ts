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

/**
 * An actor of an authority's territory (association, school, hospital, diaspora group…), kept once in the
 * organisation's directory and associated with as many partnerships as it takes part in.
 */
@Entity({ name: 'territory_actor' })
@Check(
  'CHK_territory_actor_kind',
  `"kind" IN ('association', 'ngo', 'school', 'university', 'hospital', 'religious_body', 'diaspora_group', 'company', 'other')`,
)
// One entry per name in an organisation, whatever its case (created by the migration).
@Index('UQ_territory_actor_organisation_name', { synchronize: false })
export class TerritoryActorEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_territory_actor_organisation' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 30 })
  kind: string;

  /** Who to call: a person, an e-mail, a phone number. */
  @Column({ type: 'varchar', length: 300, default: '' })
  contact: string;

  @Column({ type: 'text', default: '' })
  notes: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
