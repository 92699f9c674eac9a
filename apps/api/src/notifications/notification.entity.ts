import {
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

/** An in-app notification of one delivered reminder (at most one per reminder row). */
@Entity({ name: 'notification' })
@Index('IDX_notification_user_created', ['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'FK_notification_user' })
  user?: UserEntity;

  @Column({ name: 'reminder_id', type: 'uuid', unique: true })
  reminderId: string;

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

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
