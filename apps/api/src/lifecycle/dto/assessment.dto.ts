import { CRITERION_IDS, STEP_IDS, STEP_STATUSES, WARNING_IDS } from '@passerelle/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class CriterionView {
  @ApiProperty({ enum: CRITERION_IDS })
  id: string;

  @ApiProperty({ enum: STEP_IDS })
  step: string;

  @ApiProperty()
  met: boolean;

  @ApiProperty({ description: 'Message key of what the criterion asks (translated by the web app).' })
  explanationKey: string;

  @ApiProperty({ description: 'Message key of why it matters in the method.' })
  whyKey: string;

  @ApiProperty({ description: 'Which form fills the criterion (`commitment.motivations`…).' })
  fixTarget: string;

  @ApiProperty({ type: [String], description: 'Criteria to meet first.' })
  blockedBy: string[];
}

export class StepView {
  @ApiProperty({ enum: STEP_IDS })
  step: string;

  @ApiProperty({ enum: STEP_STATUSES })
  status: string;

  @ApiProperty({ type: [CriterionView] })
  criteria: CriterionView[];

  @ApiProperty({ type: [String] })
  blockedBy: string[];
}

export class WarningView {
  @ApiProperty({ enum: WARNING_IDS })
  id: string;

  @ApiProperty({ enum: STEP_IDS })
  step: string;

  @ApiProperty()
  explanationKey: string;

  @ApiProperty()
  whyKey: string;

  @ApiProperty({ type: 'object', additionalProperties: true })
  details: Record<string, unknown>;
}

/** Where the partnership stands in the six steps, computed by the lifecycle model, with its figures. */
export class AssessmentView {
  @ApiProperty()
  partnershipId: string;

  @ApiProperty({ enum: ['active', 'suspended', 'terminated'] })
  status: string;

  @ApiProperty({ description: 'The day assessed (YYYY-MM-DD) in the initiator’s time zone.' })
  today: string;

  @ApiPropertyOptional({ enum: STEP_IDS, nullable: true })
  currentStep: string | null;

  @ApiProperty({ type: [StepView] })
  steps: StepView[];

  @ApiProperty({ type: [WarningView] })
  warnings: WarningView[];

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      'Asymmetry, funding (own shares, co-financing shares, leverage of each grant), health score with its components, presentation completeness, dialogue due dates.',
  })
  figures: Record<string, unknown>;
}
