import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { PartnershipEntity } from '../partnership-records/partnership.entity';
import { ReminderEntity } from '../reminders/reminder.entity';
import { UserEntity } from '../users/user.entity';

/**
 * An in-app notification: of one delivered reminder (at most one per reminder row), or of one item come to
 * wait in the person's inbox (docs/inbox.md), never both.
 */
@Entity({ name: 'notification' })
@Check('CHK_notification_one_source', `("reminder_id" IS NULL) <> ("inbox_item_key" IS NULL)`)
@Index('IDX_notification_user_created', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notification_user' })
  user?: UserEntity;

  @Column({ name: 'reminder_id', type: 'uuid', unique: true, nullable: true })
  reminderId: string | null;

  @OneToOne(() => ReminderEntity, { onDelete: 'CASCADE' })
  @JoinColumn({
    name: 'reminder_id',
    foreignKeyConstraintName: 'FK_notification_reminder',
  })
  reminder?: ReminderEntity;

  @Column({ name: 'partnership_id', type: 'uuid' })
  partnershipId: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'FK_notification_partnership' })
  partnership?: PartnershipEntity;

  @Column({ type: 'varchar', length: 40 })
  kind: string;

  /** An inbox item's stable key (`InboxItem.key`); null for a reminder's notification. */
  @Column({ name: 'inbox_item_key', type: 'varchar', length: 400, nullable: true })
  inboxItemKey: string | null;

  /** The inbox item's record in its authors' words (or the dialogue audience), as it was when it came. */
  @Column({ name: 'subject_label', type: 'text', nullable: true })
  subjectLabel: string | null;

  @Column({ name: 'due_on', type: 'date', nullable: true })
  dueOn: string | null;

  /** The web app's page where the inbox item is acted on. */
  @Column({ type: 'varchar', length: 400, nullable: true })
  path: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
