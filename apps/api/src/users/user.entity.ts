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
import type { UserRole } from './user-role';

@Entity({ name: 'app_user' })
@Check('CHK_app_user_role', `"role" IN ('admin', 'officer', 'elected', 'contributor', 'viewer')`)
// E-mails are unique whatever their case: the index is on lower(email), created by the migration.
@Index('UQ_app_user_email_lower', { synchronize: false })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('IDX_app_user_organisation')
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_app_user_organisation' })
  organisation?: OrganisationEntity;

  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'display_name', type: 'varchar', length: 120 })
  displayName: string;

  @Column({ type: 'varchar', length: 20 })
  role: UserRole;

  /** argon2id; null for an account that has never set a password. */
  @Column({ name: 'password_hash', type: 'text', nullable: true })
  passwordHash: string | null;

  @Column({ name: 'preferred_language', type: 'varchar', length: 5, default: 'fr' })
  preferredLanguage: string;

  /** Reminder kinds this user chose not to receive (never the convention's expiry: see the domain). */
  @Column({ name: 'reminder_opt_outs', type: 'text', array: true, default: () => "'{}'" })
  reminderOptOuts: string[];

  @Column({ name: 'disabled_at', type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @VersionColumn()
  version: number;
}
