import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  DIALOGUE_AUDIENCES,
  REMINDER_KINDS,
  type DialogueAudience,
  type ReminderKind,
} from '@passerelle/domain';
import { KeysetPageQueryDto } from '../../common/pagination/keyset-page-query.dto';

export class NotificationQueryDto extends KeysetPageQueryDto {}

export class NotificationPartnershipView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  title: string;
}

/** The visit a visit reminder is about, as it stands now (it may have been cancelled since). */
export class NotificationVisitView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  purpose: string;

  @ApiProperty({ format: 'date' })
  startsOn: string;

  @ApiProperty({ format: 'date' })
  endsOn: string;

  @ApiProperty()
  cancelled: boolean;
}

/**
 * One in-app notification: the data of the reminder it announces, for the web app to word in the reader's
 * language (no ready-made sentence, so that the interface language decides).
 */
export class NotificationView {
  @ApiProperty()
  id: string;

  @ApiProperty({ enum: REMINDER_KINDS })
  kind: ReminderKind;

  @ApiProperty({ type: NotificationPartnershipView })
  partnership: NotificationPartnershipView;

  @ApiProperty({
    enum: DIALOGUE_AUDIENCES,
    nullable: true,
    description: 'Dialogue reminders: the audience whose exchange is due.',
  })
  audience: DialogueAudience | null;

  @ApiProperty({
    type: NotificationVisitView,
    nullable: true,
    description: 'Visit reminders: the visit (null if it is no longer recorded).',
  })
  visit: NotificationVisitView | null;

  @ApiProperty({ type: String, nullable: true, description: 'Convention reminders: the convention.' })
  conventionId: string | null;

  @ApiProperty({
    format: 'date',
    description:
      'The day the reminder is about: the exchange’s due date, the visit’s first day (last day for a missing report), the convention’s expiry or the renewal objection deadline.',
  })
  subjectDate: string;

  @ApiProperty({ description: 'Days before the subject date the reminder was set for (negative: after it).' })
  offsetDays: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  readAt: string | null;
}

export class NotificationPageView {
  @ApiProperty({ type: [NotificationView], description: 'Newest first.' })
  items: NotificationView[];

  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'Pass as `cursor` for the next page; null at the end.',
  })
  nextCursor: string | null;
}

export class UnreadNotificationCountView {
  @ApiProperty({ minimum: 0 })
  unread: number;
}
