import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DIALOGUE_AUDIENCES,
  REMINDER_KINDS,
  type DialogueAudience,
  type ReminderKind,
} from '@passerelle/domain';
import { IsIn, IsOptional } from 'class-validator';
import { KeysetPageQueryDto } from '../../common/pagination/keyset-page-query.dto';
import { REMINDER_STATUSES, type ReminderStatus } from '../reminder.entity';

export class OrganisationReminderQueryDto extends KeysetPageQueryDto {
  @ApiPropertyOptional({ enum: REMINDER_STATUSES, description: 'Only reminders in this status.' })
  @IsOptional()
  @IsIn(REMINDER_STATUSES)
  status?: ReminderStatus;
}

export class OrganisationReminderRecipientView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  displayName: string;

  @ApiProperty()
  email: string;
}

/** One reminder to one person of the organisation, with its delivery record. */
export class OrganisationReminderView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  partnershipId: string;

  @ApiProperty()
  partnershipTitle: string;

  @ApiProperty({ type: OrganisationReminderRecipientView })
  recipient: OrganisationReminderRecipientView;

  @ApiProperty({ enum: REMINDER_KINDS })
  kind: ReminderKind;

  @ApiProperty({ enum: DIALOGUE_AUDIENCES, nullable: true })
  audience: DialogueAudience | null;

  @ApiProperty({ nullable: true, type: String })
  visitId: string | null;

  @ApiProperty({ nullable: true, type: String })
  conventionId: string | null;

  @ApiProperty({ format: 'date', description: 'The day the reminder is about (due date, visit, expiry).' })
  subjectDate: string;

  @ApiProperty({ format: 'date-time', description: 'When the in-app notification appears.' })
  notifyAt: string;

  @ApiProperty({ format: 'date-time', description: 'When the mail goes, out of the quiet hours.' })
  sendAt: string;

  @ApiProperty({ enum: REMINDER_STATUSES })
  status: ReminderStatus;

  @ApiProperty({ description: 'Delivery attempts made.' })
  attempts: number;

  @ApiProperty({
    nullable: true,
    type: String,
    description: 'The last delivery error, or why the reminder was skipped.',
  })
  lastError: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  sentAt: string | null;

  @ApiProperty({ format: 'date-time', nullable: true, type: String })
  closedAt: string | null;
}

export class OrganisationReminderPageView {
  @ApiProperty({ type: [OrganisationReminderView] })
  items: OrganisationReminderView[];

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Pass as `cursor` for the next page; null at the end.',
  })
  nextCursor: string | null;
}

/** The organisation's reminders as PostgreSQL records them. */
export class ReminderScheduleCountsView {
  @ApiProperty({ description: 'Waiting for their time, or being delivered.' })
  pending: number;

  @ApiProperty({ description: 'Pending although their notification time has passed (late or retrying).' })
  due: number;

  @ApiProperty({ description: 'Given up after the last attempt: to retry.' })
  failed: number;

  @ApiProperty()
  sentLast7Days: number;
}

/** The reminder queue in Redis, all organisations together (BullMQ counts jobs, not organisations). */
export class ReminderQueueCountsView {
  @ApiProperty()
  waiting: number;

  @ApiProperty()
  delayed: number;

  @ApiProperty()
  active: number;

  @ApiProperty()
  failed: number;
}

export class ReminderHealthView {
  @ApiProperty({ type: ReminderScheduleCountsView })
  schedule: ReminderScheduleCountsView;

  @ApiProperty({
    type: ReminderQueueCountsView,
    nullable: true,
    description: 'Null when Redis does not answer (the schedule is safe in PostgreSQL meanwhile).',
  })
  queue: ReminderQueueCountsView | null;
}
