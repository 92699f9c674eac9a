import { ApiProperty } from '@nestjs/swagger';
import { ACTION_STATUSES } from '@passerelle/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsISO8601, IsString, MaxLength, ValidateNested } from 'class-validator';
import { VersionedDto } from '../../commitment/dto/commitment.dto';
import { ActionDecisionDto, ActionDecisionView } from './action-decision.dto';
import { RuptureView } from './rupture.dto';

const REASON_MAX = 4000;

export class SuspendDto extends VersionedDto {
  @ApiProperty({ maxLength: REASON_MAX, description: 'Why; the method refuses a suspension without one.' })
  @IsString()
  @MaxLength(REASON_MAX)
  reason: string;
}

/** Ending a relation (or a convention) in order: a reason, notice, and the fate of every ongoing action. */
export class TerminateDto extends VersionedDto {
  @ApiProperty({ maxLength: REASON_MAX })
  @IsString()
  @MaxLength(REASON_MAX)
  reason: string;

  @ApiProperty({ description: 'When the partner was given notice (YYYY-MM-DD), today at the latest.' })
  @IsISO8601({ strict: true })
  noticeGivenOn: string;

  @ApiProperty({
    description: 'When the termination takes effect (YYYY-MM-DD), at least the required notice later.',
  })
  @IsISO8601({ strict: true })
  effectiveOn: string;

  @ApiProperty({ type: [ActionDecisionDto], description: 'One decision per ongoing action.' })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ActionDecisionDto)
  actionDecisions: ActionDecisionDto[];
}

export class SuspensionView {
  @ApiProperty()
  reason: string;

  @ApiProperty({ description: 'Day the suspension began (YYYY-MM-DD).' })
  since: string;
}

export class TerminationView {
  @ApiProperty()
  reason: string;

  @ApiProperty()
  noticeGivenOn: string;

  @ApiProperty()
  effectiveOn: string;

  @ApiProperty({ type: [ActionDecisionView] })
  actionDecisions: ActionDecisionView[];

  @ApiProperty({ format: 'date-time' })
  decidedAt: string;
}

/** An action that is not over: ending the relation must decide its fate. */
export class OngoingActionView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: ACTION_STATUSES })
  status: string;
}

/** Whether the relation is active, suspended or over, and what ending it would require. */
export class PartnershipStatusView {
  @ApiProperty({
    description: "The partnership's own version (status, parties), to send back with a status change.",
  })
  version: number;

  @ApiProperty({ enum: ['active', 'suspended', 'terminated'] })
  status: string;

  @ApiProperty({ type: SuspensionView, nullable: true })
  suspension: SuspensionView | null;

  @ApiProperty({ type: TerminationView, nullable: true })
  termination: TerminationView | null;

  @ApiProperty({
    description: 'Days of notice a termination needs: the binding convention’s, or the default without one.',
  })
  requiredNoticeDays: number;

  @ApiProperty({ type: [OngoingActionView], description: 'Each needs a decision in a termination.' })
  ongoingActions: OngoingActionView[];

  @ApiProperty({
    description:
      'Whether ending it is a simple act (no convention binds the parties, no rupture under way); otherwise the orderly rupture.',
  })
  canAbandon: boolean;

  @ApiProperty({
    description: 'Days of negotiation after which the decision may be recorded without an answer.',
  })
  negotiationDays: number;

  @ApiProperty({ type: RuptureView, nullable: true })
  rupture: RuptureView | null;
}
