import { ApiProperty } from '@nestjs/swagger';
import { REMINDER_KINDS, type ReminderKind } from '@passerelle/domain';
import { ArrayMaxSize, IsArray, IsIn } from 'class-validator';

export class ReminderPreferenceView {
  @ApiProperty({ enum: REMINDER_KINDS })
  kind: ReminderKind;

  @ApiProperty({ description: 'You chose not to receive this kind of reminder (mail and notification).' })
  optedOut: boolean;

  @ApiProperty({
    description: 'Whether you may opt out: never for the convention’s expiry or tacit renewal.',
  })
  canOptOut: boolean;
}

export class ReminderPreferencesView {
  @ApiProperty({ type: [ReminderPreferenceView], description: 'Every kind of reminder, in a fixed order.' })
  kinds: ReminderPreferenceView[];
}

/** The whole set of kinds the user does not want to receive: it replaces the previous one. */
export class UpdateReminderPreferencesDto {
  @ApiProperty({ enum: REMINDER_KINDS, isArray: true, example: ['visit-upcoming'] })
  @IsArray()
  @ArrayMaxSize(REMINDER_KINDS.length * 2)
  @IsIn(REMINDER_KINDS, { each: true })
  optOuts: ReminderKind[];
}
