import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartnershipEntity } from '../partnership-records/partnership.entity';
import { UserEntity } from '../users/user.entity';

/**
 * A document uploaded to a partnership (a signed council decision or convention, an attachment of an
 * action). The bytes are on disk in the storage folder under the row's id; the row says what they are.
 */
@Entity({ name: 'stored_file' })
export class StoredFileEntity {
  /** Also the name of the bytes on disk. */
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_stored_file_partnership')
  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'FK_stored_file_partnership' })
  partnership?: PartnershipEntity;

  /** The uploader's organisation, a party of the partnership. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_stored_file_organisation' })
  organisation?: OrganisationEntity;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'uploaded_by', foreignKeyConstraintName: 'FK_stored_file_uploaded_by' })
  uploader?: UserEntity;

  /** The client's name, sanitised (see `sanitiseFileName`). */
  @Column({ name: 'original_name', type: 'varchar', length: 200 })
  originalName: string;

  /** The type told by the content's first bytes, never the one the client declared. */
  @Column({ name: 'media_type', type: 'varchar', length: 100 })
  mediaType: string;

  // bigint comes back from PostgreSQL as a string: the transformer keeps it a number (files are < 2^53 B).
  @Column({
    name: 'size_bytes',
    type: 'bigint',
    transformer: { to: (value: number) => value, from: (value: string | null) => Number(value) },
  })
  sizeBytes: number;

  /** SHA-256 of the bytes, lower-case hex. */
  @Column({ type: 'char', length: 64 })
  sha256: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
