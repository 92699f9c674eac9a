import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Unique,
  UpdateDateColumn,
} from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartnershipEntity } from '../partnership-records/partnership.entity';
import { UserEntity } from '../users/user.entity';

export const REMINDER_STATUSES = ['pending', 'sent', 'failed', 'cancelled', 'skipped'] as const;
export type ReminderStatus = (typeof REMINDER_STATUSES)[number];

/**
 * One reminder for one recipient: the schedule and, once delivered, the record that it was sent. The
 * domain's deterministic key and the recipient are unique together, so scheduling the same situation twice
 * or running a delivery job twice never makes a second row or a second mail. PostgreSQL is the source of
 * truth; the BullMQ jobs only deliver these rows at their time.
 */
@Entity({ name: 'reminder' })
@Unique('UQ_reminder_key_recipient', ['key', 'recipientId'])
@Check('CHK_reminder_status', `"status" IN ('pending', 'sent', 'failed', 'cancelled', 'skipped')`)
@Check('CHK_reminder_claim', `("claim_token" IS NULL) = ("claimed_until" IS NULL)`)
@Check('CHK_reminder_sent_without_error', `"status" <> 'sent' OR "last_error" IS NULL`)
@Index('IDX_reminder_partnership_status', ['partnershipId', 'status'])
@Index('IDX_reminder_organisation_status', ['organisationId', 'status'])
@Index('IDX_reminder_pending_notify_at', ['notifyAt'], { where: `"status" = 'pending'` })
export class ReminderEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The domain's `Reminder.key` (kind, partnership, subject and date). */
  @Column({ type: 'varchar', length: 300 })
  key: string;

  @Column({ name: 'recipient_id', type: 'uuid' })
  recipientId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'recipient_id', foreignKeyConstraintName: 'FK_reminder_recipient' })
  recipient?: UserEntity;

  /** The recipient's organisation: whose admins see the reminder's failures. */
  @Column({ name: 'organisation_id', type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id', foreignKeyConstraintName: 'FK_reminder_organisation' })
  organisation?: OrganisationEntity;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'FK_reminder_partnership' })
  partnership?: PartnershipEntity;

  /** The domain's `ReminderKind`. */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  @Column({ type: 'varchar', length: 40, nullable: true })
  audience: string | null;

  @Column({ name: 'visit_id', type: 'varchar', length: 64, nullable: true })
  visitId: string | null;

  @Column({ name: 'convention_id', type: 'varchar', length: 64, nullable: true })
  conventionId: string | null;

  /** The day the reminder is about (due exchange, visit start or end, expiry, objection deadline). */
  /** The funding application (call closing) or funder report (report due) a funding reminder is about. */
  @Column({ name: 'funding_subject_id', type: 'varchar', length: 64, nullable: true })
  fundingSubjectId!: string | null;

  @Column({ name: 'subject_date', type: 'date' })
  subjectDate: string;

  @Column({ name: 'offset_days', type: 'int' })
  offsetDays: number;

  /** When the in-app notification appears. */
  @Column({ name: 'notify_at', type: 'timestamptz' })
  notifyAt: Date;

  /** When the mail may go: `notifyAt` moved out of the recipient's quiet hours. */
  @Column({ name: 'send_at', type: 'timestamptz' })
  sendAt: Date;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: ReminderStatus;

  /** Delivery attempts made: counted when a delivery claims the row, before it talks to the mail server. */
  @Column({ type: 'int', default: 0 })
  attempts: number;

  /** Why the last attempt failed, or why the reminder was skipped; cleared when it is sent. */
  @Column({ name: 'last_error', type: 'text', nullable: true })
  lastError: string | null;

  /**
   * The delivery that claimed the row (committed before its SMTP exchange), until `claimedUntil`: no other
   * delivery takes the row before then. The claiming worker renews it while it talks to the mail server, so
   * it lapses only when that worker died.
   */
  @Column({ name: 'claim_token', type: 'uuid', nullable: true })
  claimToken: string | null;

  @Column({ name: 'claimed_until', type: 'timestamptz', nullable: true })
  claimedUntil: Date | null;

  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  /** When it stopped being pending other than by being sent (cancelled, skipped, failed). */
  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
