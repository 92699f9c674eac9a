import { ApiProperty } from '@nestjs/swagger';
import { DELIBERATION_RECORDERS, RUPTURE_STAGES } from '@passerelle/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsISO8601,
  IsObject,
  IsString,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { VersionedDto } from '../../lifecycle/dto/versioned.dto';
import { ActionDecisionDto, ActionDecisionView } from './action-decision.dto';

const TEXT_MAX = 4000;

/** Opening an orderly rupture: why, told to the partner at once. */
export class ProposeRuptureDto extends VersionedDto {
  @ApiProperty({ maxLength: TEXT_MAX, description: 'Why the authority considers ending the partnership.' })
  @IsString()
  @MaxLength(TEXT_MAX)
  reason: string;
}

/** The partner's answer, during the negotiation or the notice. */
export class RespondToRuptureDto extends VersionedDto {
  @ApiProperty({ maxLength: TEXT_MAX })
  @IsString()
  @MaxLength(TEXT_MAX)
  text: string;
}

/** The negotiation kept the partnership. */
export class WithdrawRuptureDto extends VersionedDto {
  @ApiProperty({ maxLength: TEXT_MAX })
  @IsString()
  @MaxLength(TEXT_MAX)
  reason: string;
}

export class DeliberationDto {
  @ApiProperty({ maxLength: 200, description: 'The elected body that decided ("conseil municipal").' })
  @IsString()
  @MaxLength(200)
  body: string;

  @ApiProperty({ maxLength: 200, description: 'The reference of its deliberation.' })
  @IsString()
  @MaxLength(200)
  reference: string;

  @ApiProperty({ description: 'The day the deliberation was adopted (YYYY-MM-DD).' })
  @IsISO8601({ strict: true })
  adoptedOn: string;
}

/** The elected body's decision: notice starts; the partnership runs until the effective date. */
export class DecideRuptureDto extends VersionedDto {
  @ApiProperty({ type: DeliberationDto })
  @IsObject()
  @ValidateNested()
  @Type(() => DeliberationDto)
  deliberation: DeliberationDto;

  @ApiProperty({ description: 'When the partner was given notice (YYYY-MM-DD): after the deliberation.' })
  @IsISO8601({ strict: true })
  noticeGivenOn: string;

  @ApiProperty({ description: 'When the end takes effect (YYYY-MM-DD), at least the required notice later.' })
  @IsISO8601({ strict: true })
  effectiveOn: string;

  @ApiProperty({ type: [ActionDecisionDto], description: 'One decision per ongoing action.' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ActionDecisionDto)
  actionDecisions: ActionDecisionDto[];
}

export class RuptureResponseView {
  @ApiProperty()
  partyId: string;

  @ApiProperty()
  text: string;

  @ApiProperty({ description: 'YYYY-MM-DD' })
  on: string;
}

export class DeliberationView {
  @ApiProperty()
  body: string;

  @ApiProperty()
  reference: string;

  @ApiProperty()
  adoptedOn: string;

  @ApiProperty({ enum: DELIBERATION_RECORDERS, description: 'The role of whoever recorded it.' })
  recordedBy: string;
}

export class RuptureWithdrawalView {
  @ApiProperty()
  reason: string;

  @ApiProperty()
  on: string;
}

/** The orderly rupture under way or last attempted. */
export class RuptureView {
  @ApiProperty({ enum: RUPTURE_STAGES })
  stage: string;

  @ApiProperty()
  reason: string;

  @ApiProperty({ description: 'The party that proposed it.' })
  proposedBy: string;

  @ApiProperty({ description: 'The day the partner was informed (YYYY-MM-DD).' })
  proposedOn: string;

  @ApiProperty({ type: [RuptureResponseView] })
  responses: RuptureResponseView[];

  @ApiProperty({
    type: DeliberationView,
    nullable: true,
    description: 'Null before the decision (and for ruptures recorded before deliberations were).',
  })
  deliberation: DeliberationView | null;

  @ApiProperty({ type: String, nullable: true })
  noticeGivenOn: string | null;

  @ApiProperty({ type: String, nullable: true })
  effectiveOn: string | null;

  @ApiProperty({ type: [ActionDecisionView] })
  actionDecisions: ActionDecisionView[];

  @ApiProperty({ type: RuptureWithdrawalView, nullable: true })
  withdrawal: RuptureWithdrawalView | null;

  @ApiProperty({ type: [String], description: 'Parties other than the proposer that have not answered.' })
  notHeard: string[];

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'First day the decision may be recorded: once every partner answered, or after the negotiation days.',
  })
  earliestDecisionOn: string | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Days of notice left; null when no notice runs.',
  })
  noticeDaysLeft: number | null;
}
