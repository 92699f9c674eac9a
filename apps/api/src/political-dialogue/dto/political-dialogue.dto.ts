import { ApiProperty } from '@nestjs/swagger';
import {
  CRITERION_IDS,
  FRAMES_OF_REFERENCE,
  MOTIVATION_CATEGORIES,
  PARTY_ROLES,
  REVIEW_DECISIONS,
} from '@passerelle/domain';
import { ArrayMaxSize, IsArray, IsString, MaxLength } from 'class-validator';
import { VersionedDto } from '../../commitment/dto/commitment.dto';
import { ElectedReviewDto } from '../../lifecycle/dto/elected-review.dto';

/**
 * An elected official says whether the motivations on the table are compatible with their side's
 * (`approved`: the motivations of all sides are compatible with ours).
 */
export class RecordCompatibilityReviewDto extends ElectedReviewDto {}

/** A priority proposed by the actor's party, agreed by it; the other parties agree in turn. */
export class ProposePriorityDto extends VersionedDto {
  @ApiProperty({ maxLength: 300 })
  @IsString()
  @MaxLength(300)
  title: string;

  @ApiProperty({ type: [String], description: 'Stakes (step 1) the priority answers.' })
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  stakeIds: string[];
}

export class SharedMotivationView {
  @ApiProperty()
  id: string;

  @ApiProperty({ enum: MOTIVATION_CATEGORIES })
  category: string;

  @ApiProperty({ enum: FRAMES_OF_REFERENCE })
  frameOfReference: string;

  @ApiProperty()
  text: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time', type: String, nullable: true })
  sharedAt: string | null;
}

/** How many shared motivations of a party fall in each frame of reference. */
export class FramesOfReferenceView {
  @ApiProperty()
  humanist: number;

  @ApiProperty()
  political: number;

  @ApiProperty()
  pro_domo: number;
}

export class CompatibilityReviewView {
  @ApiProperty({ enum: REVIEW_DECISIONS })
  decision: string;

  @ApiProperty()
  reviewerName: string;

  @ApiProperty({ format: 'date-time' })
  reviewedAt: string;

  @ApiProperty({ type: String, nullable: true })
  comment: string | null;

  @ApiProperty({ type: String, nullable: true })
  councilDecisionRef: string | null;

  @ApiProperty({ type: String, nullable: true })
  councilDecisionOn: string | null;

  @ApiProperty({
    description:
      'Whether the review came after the last motivation was put on the table; an older one no longer counts.',
  })
  coversLatestSharing: boolean;
}

export class PoliticalDialoguePartyView {
  @ApiProperty({ format: 'uuid' })
  partyId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: PARTY_ROLES })
  role: string;

  @ApiProperty({ type: [SharedMotivationView], description: 'Only what the party shared, oldest first.' })
  sharedMotivations: SharedMotivationView[];

  @ApiProperty({ type: FramesOfReferenceView })
  framesOfReference: FramesOfReferenceView;

  @ApiProperty({ type: CompatibilityReviewView, nullable: true })
  latestCompatibilityReview: CompatibilityReviewView | null;
}

export class PriorityView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ type: [String] })
  stakeIds: string[];

  @ApiProperty({ type: [String], description: 'Parties that agreed, in the order they did.' })
  agreedBy: string[];

  @ApiProperty({ description: 'Every party agreed: the priority counts for the convention.' })
  agreedByAll: boolean;

  @ApiProperty({ format: 'date-time', description: 'When the latest party agreed.' })
  agreedAt: string;
}

export class MissingForApprovalView {
  @ApiProperty({ enum: CRITERION_IDS })
  criterion: string;

  @ApiProperty({ type: [String], description: 'The parties that still have their part of it to do.' })
  awaitedParties: string[];
}

/** Step 5's political dialogue: the motivations on the table side by side, reviews and priorities. */
export class PoliticalDialogueView {
  @ApiProperty({
    description: "The political dialogue's version (0 before its first record), to send back with changes.",
  })
  version: number;

  @ApiProperty({ type: [PoliticalDialoguePartyView] })
  parties: PoliticalDialoguePartyView[];

  @ApiProperty({ type: [PriorityView] })
  priorities: PriorityView[];

  @ApiProperty({
    enum: CRITERION_IDS,
    isArray: true,
    description: 'What the method still needs before a party may approve a convention.',
  })
  missingForApproval: string[];

  @ApiProperty({
    type: [MissingForApprovalView],
    description: 'The same, each with the parties it still waits for (in `missingForApproval`’s order).',
  })
  awaitedForApproval: MissingForApprovalView[];
}
