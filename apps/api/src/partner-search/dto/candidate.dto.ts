import { CANDIDATE_SOURCES, CANDIDATE_STAGES } from '@passerelle/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
} from 'class-validator';

/** Stages an officer moves a candidate to; `accepted` comes only from the candidate accepting the invitation. */
export const MANUAL_CANDIDATE_STAGES = CANDIDATE_STAGES.filter((stage) => stage !== 'accepted');

export class AddCandidateDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ example: 'ML' })
  @IsISO31661Alpha2()
  countryCode: string;

  @ApiPropertyOptional({ description: 'The authority, when it is registered in Passerelle.' })
  @IsOptional()
  @IsUUID()
  organisationId?: string;

  @ApiProperty({ enum: CANDIDATE_SOURCES })
  @IsIn(CANDIDATE_SOURCES)
  source: string;

  @ApiProperty({ maxLength: 300, description: 'Which network, which request, which meeting.' })
  @IsString()
  @MaxLength(300)
  sourceDetail: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  nextStep?: string;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true })
  nextStepOn?: string;
}

export class AdvanceCandidateDto {
  @ApiProperty({
    enum: MANUAL_CANDIDATE_STAGES,
    description:
      "The stage to move to; the candidate's current stage (while it is open) keeps it there and replans only its next step.",
  })
  @IsIn(MANUAL_CANDIDATE_STAGES, {
    message: 'stage must be one of: $constraint1 (a candidate is accepted by accepting the invitation)',
  })
  stage: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  nextStep?: string;

  @ApiPropertyOptional({ description: 'YYYY-MM-DD' })
  @IsOptional()
  @IsISO8601({ strict: true })
  nextStepOn?: string;

  @ApiProperty({ description: "The candidate's version you read; a stale one is refused with 409." })
  @IsInt()
  @Min(1)
  version: number;
}

/** The candidate's contact and authority: the same as any partner invitation. */
export { InvitePartnerDto as InviteCandidateDto } from '../../invitations/dto/invitation.dto';

export class CandidateStageChangeView {
  @ApiProperty({ enum: CANDIDATE_STAGES })
  stage: string;

  @ApiProperty({ format: 'date-time' })
  at: string;
}

export class CandidateView {
  @ApiProperty()
  id: string;

  @ApiProperty({ description: "The candidate's version, to send back with a move." })
  version: number;

  @ApiProperty()
  name: string;

  @ApiProperty()
  countryCode: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  organisationId: string | null;

  @ApiProperty({ enum: CANDIDATE_SOURCES })
  source: string;

  @ApiProperty()
  sourceDetail: string;

  @ApiProperty({ enum: CANDIDATE_STAGES })
  stage: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  nextStep: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  nextStepOn: string | null;

  @ApiProperty({ type: [CandidateStageChangeView] })
  history: CandidateStageChangeView[];
}

export class CandidatesView {
  @ApiProperty({ type: [CandidateView] })
  items: CandidateView[];
}
