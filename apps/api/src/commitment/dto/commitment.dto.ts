import {
  ACTOR_INVOLVEMENTS,
  FRAMES_OF_REFERENCE,
  MOTIVATION_CATEGORIES,
  REVIEW_DECISIONS,
  TERRITORY_ACTOR_KINDS,
} from '@passerelle/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateIf,
} from 'class-validator';
import { ElectedReviewDto } from '../../lifecycle/dto/elected-review.dto';
import { VersionedDto } from '../../lifecycle/dto/versioned.dto';

export { VersionedDto };

const TEXT_MAX = 4000;

export class StateMotivationDto {
  @ApiProperty({ enum: MOTIVATION_CATEGORIES })
  @IsIn(MOTIVATION_CATEGORIES)
  category: string;

  @ApiProperty({ enum: FRAMES_OF_REFERENCE })
  @IsIn(FRAMES_OF_REFERENCE)
  frameOfReference: string;

  @ApiProperty({ maxLength: TEXT_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  text: string;
}

export class ReviseMotivationDto extends StateMotivationDto {
  @ApiProperty({ description: "The motivation's version you read; a stale one is refused with 409." })
  @IsInt()
  @Min(1)
  version: number;
}

/** An elected official approves a motivation of their side or asks for changes. */
export class ReviewMotivationDto extends ElectedReviewDto {}

export class RecordStakeDto {
  @ApiProperty({ maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;

  @ApiProperty({ description: 'Whether cooperation can be a lever for this stake.' })
  @IsBoolean()
  cooperationCanBeLever: boolean;
}

export class RecordContributionDto {
  @ApiProperty({ maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title: string;
}

export class AssociateTerritoryActorDto {
  @ApiPropertyOptional({
    description: 'An actor of your directory. Without it, `name` and `kind` file a new one.',
  })
  @IsOptional()
  @IsUUID()
  directoryActorId?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @ValidateIf((body: AssociateTerritoryActorDto) => body.directoryActorId === undefined)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: TERRITORY_ACTOR_KINDS })
  @ValidateIf((body: AssociateTerritoryActorDto) => body.directoryActorId === undefined)
  @IsIn(TERRITORY_ACTOR_KINDS)
  kind?: string;

  @ApiProperty({ enum: ACTOR_INVOLVEMENTS })
  @IsIn(ACTOR_INVOLVEMENTS)
  involvement: string;
}

export class RecordConsultationDto {
  @ApiProperty({ description: 'Day of the consultation (YYYY-MM-DD).' })
  @IsISO8601({ strict: true })
  on: string;

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  summary: string;
}

export class ReviewView {
  @ApiProperty({ enum: REVIEW_DECISIONS })
  decision: string;

  @ApiProperty()
  reviewerName: string;

  @ApiProperty({ format: 'date-time' })
  reviewedAt: string;

  @ApiPropertyOptional({ nullable: true, type: String })
  comment: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  councilDecisionRef: string | null;

  @ApiPropertyOptional({ nullable: true, type: String })
  councilDecisionOn: string | null;
}

export class MotivationView {
  @ApiProperty()
  id: string;

  @ApiProperty({
    description: "The motivation's version, to send back with its revision, review or sharing.",
  })
  version: number;

  @ApiProperty()
  partyId: string;

  @ApiProperty({ enum: MOTIVATION_CATEGORIES })
  category: string;

  @ApiProperty({ enum: FRAMES_OF_REFERENCE })
  frameOfReference: string;

  @ApiProperty()
  text: string;

  @ApiProperty()
  shared: boolean;

  @ApiPropertyOptional({ type: ReviewView, nullable: true })
  review: ReviewView | null;

  @ApiProperty({ type: [ReviewView], description: 'Every review it received, oldest first.' })
  reviewHistory: ReviewView[];

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class StakeView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  cooperationCanBeLever: boolean;
}

export class ContributionView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  title: string;
}

export class ConsultationView {
  @ApiProperty()
  on: string;

  @ApiProperty()
  summary: string;
}

export class TerritoryActorView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: TERRITORY_ACTOR_KINDS })
  kind: string;

  @ApiProperty({ enum: ACTOR_INVOLVEMENTS })
  involvement: string;

  @ApiProperty({ type: [ConsultationView] })
  consultations: ConsultationView[];
}

export class PartnerMotivationsView {
  @ApiProperty()
  partyId: string;

  @ApiProperty()
  organisationName: string;

  @ApiProperty({ type: [MotivationView], description: 'Only what that party shared.' })
  motivations: MotivationView[];
}

/** Step 1 as one party sees it: its whole commitment file, and what the other parties shared. */
export class CommitmentView {
  @ApiProperty({ type: [MotivationView] })
  motivations: MotivationView[];

  @ApiProperty({ type: [StakeView] })
  stakes: StakeView[];

  @ApiProperty({ type: [ContributionView] })
  contributions: ContributionView[];

  @ApiProperty({ type: [TerritoryActorView] })
  territoryActors: TerritoryActorView[];

  @ApiProperty({ type: [PartnerMotivationsView] })
  partners: PartnerMotivationsView[];
}

export class MotivationToReviewView extends MotivationView {
  @ApiProperty()
  partnershipId: string;

  @ApiProperty()
  partnershipTitle: string;
}

export class MotivationReviewQueueView {
  @ApiProperty({ type: [MotivationToReviewView] })
  items: MotivationToReviewView[];
}
