import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  CONVENTION_STATES,
  DIALOGUE_AUDIENCES,
  PARTNERSHIP_STATUSES,
  STEP_IDS,
  VISIT_DIRECTIONS,
} from '@passerelle/domain';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';

export const PORTFOLIO_SORTS = ['title', 'health', 'step', 'next_due'] as const;

export class PortfolioQueryDto {
  @ApiPropertyOptional({ enum: PARTNERSHIP_STATUSES })
  @IsOptional()
  @IsIn(PARTNERSHIP_STATUSES)
  status?: string;

  @ApiPropertyOptional({ enum: STEP_IDS, description: 'The step each partnership is working on.' })
  @IsOptional()
  @IsIn(STEP_IDS)
  step?: string;

  @ApiPropertyOptional({ description: 'ISO 3166-1 alpha-2 country of a partner.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/)
  country?: string;

  @ApiPropertyOptional({ description: 'Only partnerships whose dialogue is falling asleep.', enum: ['true'] })
  @IsOptional()
  @IsIn(['true', 'false'])
  fallingAsleep?: string;

  @ApiPropertyOptional({ maxLength: 100, description: 'Words of the title or a partner’s name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: PORTFOLIO_SORTS })
  @IsOptional()
  @IsIn(PORTFOLIO_SORTS)
  sort?: string;
}

export class PortfolioPartnerView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  countryCode: string;
}

export class HealthComponentView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  weight: number;

  @ApiProperty({ description: '0..1' })
  value: number;

  @ApiProperty()
  explanationKey: string;
}

export class HealthView {
  @ApiProperty({ description: '0..100' })
  score: number;

  @ApiProperty({ type: [HealthComponentView] })
  components: HealthComponentView[];
}

export class NextVisitView {
  @ApiProperty()
  visitId: string;

  @ApiProperty({ enum: VISIT_DIRECTIONS })
  direction: string;

  @ApiProperty()
  startsOn: string;

  @ApiProperty()
  endsOn: string;
}

export class DialogueDueView {
  @ApiProperty({ enum: DIALOGUE_AUDIENCES })
  audience: string;

  @ApiProperty()
  dueOn: string;

  @ApiProperty({ enum: ['on_track', 'due_soon', 'overdue'] })
  status: string;

  @ApiProperty({ type: String, nullable: true })
  lastExchangeOn: string | null;
}

export class PortfolioAsymmetryView {
  @ApiProperty()
  visitsToPartner: number;

  @ApiProperty()
  visitsFromPartner: number;

  @ApiProperty()
  actionsCount: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Share of actions your authority initiated.' })
  ownInitiatedShare: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Share of actions on your territory.' })
  ownLocatedShare: number | null;

  @ApiProperty({ type: Number, nullable: true })
  indicatorsCoValidatedShare: number | null;
}

export class PortfolioRowView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: PARTNERSHIP_STATUSES })
  status: string;

  @ApiProperty({ enum: ['initiator', 'partner'], description: 'Your authority’s role in it.' })
  yourRole: string;

  @ApiProperty({ enum: STEP_IDS, nullable: true, type: String })
  currentStep: string | null;

  @ApiProperty({ description: 'Steps done, out of six.' })
  stepsDone: number;

  @ApiProperty({ type: HealthView })
  health: HealthView;

  @ApiProperty({ type: [PortfolioPartnerView], description: 'The other parties.' })
  partners: PortfolioPartnerView[];

  @ApiProperty({ type: NextVisitView, nullable: true })
  nextVisit: NextVisitView | null;

  @ApiProperty({ type: [DialogueDueView] })
  dialogueDue: DialogueDueView[];

  @ApiProperty({ description: 'The dialogue is falling asleep (domain alert).' })
  fallingAsleep: boolean;

  @ApiProperty({ enum: CONVENTION_STATES, nullable: true, type: String })
  conventionState: string | null;

  @ApiProperty({ type: String, nullable: true })
  conventionExpiresOn: string | null;

  @ApiProperty({ type: PortfolioAsymmetryView })
  asymmetry: PortfolioAsymmetryView;

  @ApiProperty({ description: 'Number of warnings of the method.' })
  warningsCount: number;
}

export class PortfolioMapPartnerView {
  @ApiProperty()
  countryCode: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  partnershipCount: number;

  @ApiProperty({ type: Number, nullable: true })
  healthScore: number | null;
}

export class PortfolioView {
  @ApiProperty({ type: [PortfolioRowView] })
  rows: PortfolioRowView[];

  @ApiProperty({ description: 'Partnerships before filters.' })
  total: number;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Count per status.' })
  byStatus: Record<string, number>;

  @ApiProperty({ type: 'object', additionalProperties: { type: 'number' }, description: 'Count per step.' })
  byStep: Record<string, number>;

  @ApiProperty({ type: [PortfolioMapPartnerView], description: 'Partners on the world map (filtered rows).' })
  map: PortfolioMapPartnerView[];

  @ApiProperty({ description: 'ISO country of your authority.' })
  homeCountryCode: string;
}
