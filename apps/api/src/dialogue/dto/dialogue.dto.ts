import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CADENCE_UNITS,
  COMMUNICATION_CHANNELS,
  DIALOGUE_AUDIENCES,
  DIALOGUE_DUE_STATUSES,
  PARTY_ROLES,
} from '@passerelle/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsISO8601,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { KeysetPageQueryDto } from '../../common/pagination/keyset-page-query.dto';
import { WarningView } from '../../lifecycle/dto/assessment.dto';
import { PersonInputDto, PersonView } from '../../lifecycle/dto/person.dto';

const LINE_MAX = 300;
/** An instant with its offset: a time without one would mean a different moment on each side. */
const DATE_TIME_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export class CadenceDto {
  @ApiProperty({ minimum: 1, maximum: 366, example: 3 })
  @IsInt()
  @Min(1)
  @Max(366)
  every: number;

  @ApiProperty({ enum: CADENCE_UNITS, example: 'month' })
  @IsIn(CADENCE_UNITS)
  unit: string;
}

export class AudiencePlanInputDto {
  @ApiProperty({ enum: DIALOGUE_AUDIENCES })
  @IsIn(DIALOGUE_AUDIENCES)
  audience: string;

  @ApiProperty({ type: CadenceDto })
  @IsObject()
  @ValidateNested()
  @Type(() => CadenceDto)
  cadence: CadenceDto;

  @ApiProperty({
    enum: COMMUNICATION_CHANNELS,
    isArray: true,
    description: 'Channels this audience uses; each must work with every party’s constraints.',
  })
  @IsArray()
  @ArrayMaxSize(COMMUNICATION_CHANNELS.length)
  @IsIn(COMMUNICATION_CHANNELS, { each: true })
  channels: string[];

  @ApiProperty({
    type: [PersonInputDto],
    description: 'People expected on each side (every party names one).',
  })
  @IsArray()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => PersonInputDto)
  participants: PersonInputDto[];
}

/** Proposes the plan, or replaces it: the other parties then approve it again. */
/** A change to the dialogue plan names the plan's version as read (0 when there was none yet). */
export class PlanVersionedDto {
  @ApiProperty({
    description:
      'The version of the dialogue plan you read (0 when there was none); a stale one is refused with 409.',
  })
  @IsInt()
  @Min(0)
  version: number;
}

export class ProposeDialoguePlanDto extends PlanVersionedDto {
  @ApiProperty({ type: [AudiencePlanInputDto], description: 'One entry per audience.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(DIALOGUE_AUDIENCES.length)
  @ValidateNested({ each: true })
  @Type(() => AudiencePlanInputDto)
  audiences: AudiencePlanInputDto[];

  @ApiProperty({
    minimum: 0,
    maximum: 365,
    example: 14,
    description: 'Days an audience may be overdue before the relation is said to be falling asleep.',
  })
  @IsInt()
  @Min(0)
  @Max(365)
  toleranceDays: number;
}

export class ApproveDialoguePlanDto extends PlanVersionedDto {}

export class RecordDialogueEventDto {
  @ApiProperty({ enum: DIALOGUE_AUDIENCES })
  @IsIn(DIALOGUE_AUDIENCES)
  audience: string;

  @ApiProperty({
    format: 'date-time',
    example: '2026-11-20T15:30:00+01:00',
    description: 'When the exchange took place, with its offset; not in the future.',
  })
  @IsISO8601({ strict: true })
  @Matches(DATE_TIME_WITH_OFFSET, { message: '$property must be a date-time with an offset (or Z)' })
  occurredAt: string;

  @ApiProperty({ enum: COMMUNICATION_CHANNELS })
  @IsIn(COMMUNICATION_CHANNELS)
  channel: string;

  @ApiProperty({ type: [PersonInputDto] })
  @IsArray()
  @ArrayMaxSize(60)
  @ValidateNested({ each: true })
  @Type(() => PersonInputDto)
  participants: PersonInputDto[];

  @ApiProperty({ maxLength: 8000, description: 'Notes of the exchange.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  summary: string;

  @ApiProperty({ type: [String], description: 'Decisions taken, one per entry.' })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(LINE_MAX, { each: true })
  decisions: string[];
}

export class DialogueEventQueryDto extends KeysetPageQueryDto {
  @ApiPropertyOptional({ enum: DIALOGUE_AUDIENCES, description: 'Only the exchanges of this audience.' })
  @IsOptional()
  @IsIn(DIALOGUE_AUDIENCES)
  audience?: string;
}

export class CadenceView {
  @ApiProperty()
  every: number;

  @ApiProperty({ enum: CADENCE_UNITS })
  unit: string;
}

export class AudiencePlanView {
  @ApiProperty({ enum: DIALOGUE_AUDIENCES })
  audience: string;

  @ApiProperty({ type: CadenceView })
  cadence: CadenceView;

  @ApiProperty({ enum: COMMUNICATION_CHANNELS, isArray: true })
  channels: string[];

  @ApiProperty({ type: [PersonView] })
  participants: PersonView[];
}

export class DialoguePlanView {
  @ApiProperty({ type: [AudiencePlanView] })
  audiences: AudiencePlanView[];

  @ApiProperty()
  toleranceDays: number;

  @ApiProperty({ format: 'date-time' })
  proposedAt: string;

  @ApiProperty({ type: [String], description: 'Parties that approved this plan (the proposer first).' })
  approvedBy: string[];

  @ApiProperty({ type: [String], description: 'Parties still to approve it.' })
  awaitingApprovalFrom: string[];

  @ApiProperty()
  approvedByAll: boolean;

  @ApiProperty({ description: 'The plan has the three audiences (elected officials, technicians, actors).' })
  coversAllAudiences: boolean;
}

export class AudienceDueView {
  @ApiProperty({ enum: DIALOGUE_AUDIENCES })
  audience: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Day (YYYY-MM-DD, reference time zone) of the last exchange: a logged exchange or a visit with this audience.',
  })
  lastExchangeOn: string | null;

  @ApiProperty({ description: 'When the next exchange is due (YYYY-MM-DD).' })
  dueOn: string;

  @ApiProperty({ enum: DIALOGUE_DUE_STATUSES })
  status: string;

  @ApiProperty({ description: 'Days past the due date (0 unless overdue).' })
  daysOverdue: number;
}

export class DialogueSleepView {
  @ApiProperty({
    description:
      'An audience is overdue beyond the tolerance and nothing was exchanged since the last visit.',
  })
  fallingAsleep: boolean;

  @ApiProperty({ enum: DIALOGUE_AUDIENCES, isArray: true, description: 'Overdue beyond the tolerance.' })
  audiences: string[];

  @ApiProperty({ type: String, nullable: true })
  lastVisitEndedOn: string | null;

  @ApiProperty({ type: String, nullable: true })
  lastDialogueEventOn: string | null;
}

export class DialogueEventView {
  @ApiProperty()
  id: string;

  @ApiProperty({ enum: DIALOGUE_AUDIENCES })
  audience: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt: string;

  @ApiProperty({ enum: COMMUNICATION_CHANNELS })
  channel: string;

  @ApiProperty({ type: [PersonView] })
  participants: PersonView[];

  @ApiProperty()
  summary: string;

  @ApiProperty({ type: [String] })
  decisions: string[];

  @ApiProperty({ format: 'uuid', description: 'The party that logged the exchange.' })
  recordedBy: string;
}

export class DialogueEventPageView {
  @ApiProperty({ type: [DialogueEventView], description: 'Newest first.' })
  items: DialogueEventView[];

  @ApiPropertyOptional({ nullable: true, type: String })
  nextCursor: string | null;
}

export class DialoguePartyView {
  @ApiProperty({ format: 'uuid' })
  partyId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: PARTY_ROLES })
  role: string;

  @ApiProperty({ enum: COMMUNICATION_CHANNELS, isArray: true, description: 'What the party usually uses.' })
  usualChannels: string[];

  @ApiProperty({
    enum: COMMUNICATION_CHANNELS,
    isArray: true,
    description: 'What its internet and phone make workable.',
  })
  usableChannels: string[];

  @ApiProperty({
    type: [PersonView],
    description: 'Users of the party and people already named in the dialogue.',
  })
  people: PersonView[];
}

export class DialogueView {
  @ApiProperty({
    description:
      'The dialogue plan’s version (0 before any plan), to send back when proposing or approving it.',
  })
  version: number;

  @ApiProperty({ type: DialoguePlanView, nullable: true })
  plan: DialoguePlanView | null;

  @ApiProperty({
    type: [AudienceDueView],
    description: 'Next exchange per audience of the plan (none without one).',
  })
  dueByAudience: AudienceDueView[];

  @ApiProperty({ description: 'The relation is falling asleep (see `sleep` for which audiences and why).' })
  fallingAsleep: boolean;

  @ApiProperty({ type: DialogueSleepView, nullable: true, description: 'Null without a plan.' })
  sleep: DialogueSleepView | null;

  @ApiProperty({ type: [WarningView], description: 'The method’s dialogue warnings.' })
  warnings: WarningView[];

  @ApiProperty({ type: DialogueEventPageView, description: 'The latest exchanges; more with `nextCursor`.' })
  events: DialogueEventPageView;

  @ApiProperty({ type: [DialoguePartyView] })
  parties: DialoguePartyView[];
}
