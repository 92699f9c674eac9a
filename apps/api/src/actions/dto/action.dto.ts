import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ACTION_LOCATIONS,
  ACTION_PRIORITIES,
  ACTION_STATUSES,
  ACTION_THEMES,
  BUDGET_LINE_STATUSES,
  FUNDER_KINDS,
  INDICATOR_KINDS,
  LOG_ENTRY_KINDS,
  REPORTING_FREQUENCIES,
  ODA_CHANNELS,
  PARTY_ROLES,
} from '@passerelle/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsObject,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { VersionedDto } from '../../commitment/dto/commitment.dto';
import { StoredFileView } from '../../files/dto/stored-file.dto';
import { WarningView } from '../../lifecycle/dto/assessment.dto';
import { BudgetLineFiguresDto, PolicyMarkersDto, SectorShareView } from './action-oda.dto';
import {
  BreakdownValueDto,
  BreakdownValueView,
  DisaggregationView,
  IndicatorFiguresView,
  IndicatorPeriodView,
  IndicatorPlanDto,
} from './indicator-plan.dto';

const TITLE_MAX = 300;
const TEXT_MAX = 8000;
/** A theme of the fixed list or `custom:<slug>`, as the lifecycle model accepts them. */
const THEME_PATTERN = new RegExp(`^(${ACTION_THEMES.join('|')}|custom:[a-z0-9-]+)$`);
const CURRENCY_PATTERN = /^[A-Z]{3}$/;
const AMOUNT_MAX = 1e12;

export class OperatorInputDto {
  @ApiProperty({ maxLength: 200, description: 'Who carries out (part of) the action.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ format: 'uuid', description: 'The party the operator belongs to.' })
  @IsUUID()
  partyId: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'A territory actor of that party associated with the partnership (step 1), if it is one.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  territoryActorId?: string | null;
}

/** A new action conflicts with nothing: it names no version. */
export class CreateActionDto {
  @ApiProperty({ maxLength: TITLE_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TITLE_MAX)
  title: string;

  @ApiProperty({
    type: [String],
    example: ['water_sanitation', 'custom:market-gardening'],
    description: `One or more of ${ACTION_THEMES.join(', ')}, or custom:<slug>.`,
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Matches(THEME_PATTERN, {
    each: true,
    message: 'each value of $property must be a known theme or custom:<slug>',
  })
  themes: string[];

  @ApiProperty({ type: [Number], description: 'Sustainable Development Goals, 1 to 17.', example: [6, 11] })
  @IsArray()
  @ArrayMaxSize(17)
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(17, { each: true })
  sdgs: number[];

  @ApiProperty({ type: [String], description: 'Parties on whose territory the action takes place.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  locatedIn: string[];

  @ApiPropertyOptional({
    format: 'uuid',
    description:
      'The party that proposed the action, either side, as you know it; your own when left out. The other side confirms it.',
  })
  @IsOptional()
  @IsUUID()
  proposedBy?: string;

  @ApiProperty({ type: [OperatorInputDto] })
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => OperatorInputDto)
  operators: OperatorInputDto[];

  @ApiProperty({ enum: ACTION_PRIORITIES })
  @IsIn(ACTION_PRIORITIES)
  priority: string;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'First day (YYYY-MM-DD).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  startsOn?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, description: 'Last day (YYYY-MM-DD).' })
  @IsOptional()
  @IsISO8601({ strict: true })
  endsOn?: string | null;
}

export class SetActionPriorityDto extends VersionedDto {
  @ApiProperty({ enum: ACTION_PRIORITIES })
  @IsIn(ACTION_PRIORITIES)
  priority: string;
}

/** Confirms, under the action's version, who the other side said proposed it. */
export class ConfirmActionProposerDto extends VersionedDto {}

/** Corrects, under the action's version, who proposed it: your statement, for the other side to confirm. */
export class CorrectActionProposerDto extends VersionedDto {
  @ApiProperty({
    format: 'uuid',
    description:
      'The party that proposed the action, either side. A confirmed statement goes back to unconfirmed: the other side confirms the correction.',
  })
  @IsUUID()
  proposedBy: string;
}

export class ChangeActionStatusDto extends VersionedDto {
  @ApiProperty({ enum: ACTION_STATUSES, description: 'The new status (see `allowedTransitions`).' })
  @IsIn(ACTION_STATUSES)
  to: string;
}

/**
 * A new budget line conflicts with nothing: it names no version. Its period, channel, rate and what was
 * committed and paid may be said at once or later; the channel starts as `direct` and a currency pegged to
 * the euro gets its rate when left out.
 */
export class AddBudgetLineDto extends BudgetLineFiguresDto {
  @ApiProperty({ enum: FUNDER_KINDS })
  @IsIn(FUNDER_KINDS)
  funder: string;

  @ApiProperty({ maxLength: 200, example: 'Agence de l’eau Loire-Bretagne' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  funderName: string;

  @ApiPropertyOptional({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'Whose own budget (for `own_budget`; your party when left out).',
  })
  @IsOptional()
  @IsUUID()
  partyId?: string | null;

  @ApiProperty({ minimum: 0, example: 25000 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(AMOUNT_MAX)
  amount: number;

  @ApiProperty({ example: 'EUR', description: 'ISO 4217 code.' })
  @Matches(CURRENCY_PATTERN, { message: '$property must be an ISO 4217 code such as EUR' })
  currency: string;

  @ApiProperty({ enum: BUDGET_LINE_STATUSES })
  @IsIn(BUDGET_LINE_STATUSES)
  status: string;
}

/** A new indicator conflicts with nothing: it names no version. */
export class AddIndicatorDto {
  @ApiProperty({ maxLength: TITLE_MAX, example: 'Households connected to drinking water' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TITLE_MAX)
  name: string;

  @ApiProperty({ maxLength: 40, example: 'households' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  unit: string;

  @ApiProperty()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  baseline: number;

  @ApiProperty()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  target: number;

  @ApiPropertyOptional({
    type: IndicatorPlanDto,
    description: 'How it is reported over time; left out, a `level` indicator with its overall target only.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => IndicatorPlanDto)
  plan?: IndicatorPlanDto;
}

export class ValidateIndicatorDto extends VersionedDto {}

export class RecordMeasurementDto {
  @ApiProperty({ description: 'Day of the measurement (YYYY-MM-DD), not before the action starts.' })
  @IsISO8601({ strict: true })
  on: string;

  @ApiProperty()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  value: number;

  @ApiProperty({ maxLength: 40, description: 'Must be the indicator’s unit.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  unit: string;

  @ApiPropertyOptional({
    type: [BreakdownValueDto],
    description: 'The value split by the indicator’s dimensions: each dimension given sums to the value.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => BreakdownValueDto)
  breakdown?: BreakdownValueDto[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Files uploaded to this partnership proving the value.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsUUID('all', { each: true })
  evidenceIds?: string[];
}

export class RecordJointEvaluationDto {
  @ApiProperty({ description: 'Day of the evaluation (YYYY-MM-DD).' })
  @IsISO8601({ strict: true })
  on: string;

  @ApiProperty({ type: [String], description: 'Parties that took part (two or more).' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  parties: string[];

  @ApiProperty({ maxLength: TEXT_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  summary: string;
}

export class AddLogEntryDto {
  @ApiProperty({ enum: LOG_ENTRY_KINDS })
  @IsIn(LOG_ENTRY_KINDS)
  kind: string;

  @ApiProperty({ maxLength: TEXT_MAX })
  @IsString()
  @IsNotEmpty()
  @MaxLength(TEXT_MAX)
  text: string;

  @ApiProperty({ type: [String], description: 'Files uploaded to this partnership.' })
  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  attachmentIds: string[];
}

export class OperatorView {
  @ApiProperty()
  name: string;

  @ApiProperty({ format: 'uuid' })
  partyId: string;

  @ApiProperty({ type: String, nullable: true })
  territoryActorId: string | null;
}

export class BudgetLineView {
  @ApiProperty()
  id: string;

  @ApiProperty({ description: 'The line’s own version: it changes with the line only.' })
  version: number;

  @ApiProperty({ enum: FUNDER_KINDS })
  funder: string;

  @ApiProperty()
  funderName: string;

  @ApiProperty({ type: String, nullable: true, description: 'Whose own budget, for `own_budget`.' })
  partyId: string | null;

  @ApiProperty()
  amount: number;

  @ApiProperty()
  currency: string;

  @ApiProperty({ enum: BUDGET_LINE_STATUSES })
  status: string;

  @ApiProperty({ type: String, nullable: true })
  periodStartsOn: string | null;

  @ApiProperty({ type: String, nullable: true })
  periodEndsOn: string | null;

  @ApiProperty({ type: String, nullable: true, enum: ODA_CHANNELS })
  channel: string | null;

  @ApiProperty({ type: Number, nullable: true, description: 'Units of the currency per euro.' })
  eurRate: number | null;

  @ApiProperty({ type: Number, nullable: true })
  committedAmount: number | null;

  @ApiProperty({ type: String, nullable: true })
  committedOn: string | null;

  @ApiProperty({ type: Number, nullable: true })
  paidAmount: number | null;

  @ApiProperty({ type: String, nullable: true })
  paidOn: string | null;
}

export class MeasurementView {
  @ApiProperty()
  on: string;

  @ApiProperty()
  value: number;

  @ApiProperty({ format: 'uuid', description: 'The party (side) that measured.' })
  recordedBy: string;

  @ApiProperty({ type: [BreakdownValueView] })
  breakdown: BreakdownValueView[];

  @ApiProperty({ type: [String] })
  evidenceIds: string[];

  @ApiProperty({ type: [StoredFileView], description: 'The evidence files that still exist.' })
  evidence: StoredFileView[];
}

export class RecordedMeasurementView extends MeasurementView {
  @ApiProperty()
  actionId: string;

  @ApiProperty()
  indicatorId: string;
}

export class IndicatorView {
  @ApiProperty()
  id: string;

  @ApiProperty({
    description: 'The indicator’s own version, to send back when validating it: it changes with it only.',
  })
  version: number;

  @ApiProperty()
  name: string;

  @ApiProperty()
  unit: string;

  @ApiProperty()
  baseline: number;

  @ApiProperty()
  target: number;

  @ApiProperty({ format: 'uuid' })
  proposedBy: string;

  @ApiProperty({ type: [String] })
  validatedBy: string[];

  @ApiProperty({ type: [String], description: 'Parties still to validate it.' })
  awaitingValidationFrom: string[];

  @ApiProperty({ description: 'Validated by every party: it can be measured.' })
  coValidated: boolean;

  @ApiProperty({ enum: INDICATOR_KINDS })
  kind: string;

  @ApiProperty({ enum: REPORTING_FREQUENCIES, type: String, nullable: true })
  frequency: string | null;

  @ApiProperty({ type: [IndicatorPeriodView] })
  periods: IndicatorPeriodView[];

  @ApiProperty({ type: [DisaggregationView] })
  disaggregations: DisaggregationView[];

  @ApiProperty({ type: [MeasurementView], description: 'Oldest first.' })
  measurements: MeasurementView[];

  @ApiProperty({ type: IndicatorFiguresView, description: 'Baseline, target and actual per period.' })
  figures: IndicatorFiguresView;
}

export class JointEvaluationView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  on: string;

  @ApiProperty({ type: [String] })
  parties: string[];

  @ApiProperty()
  summary: string;
}

export class FunderFiguresView {
  @ApiProperty({ enum: FUNDER_KINDS.filter((kind) => kind !== 'own_budget') })
  funder: string;

  @ApiProperty()
  funderName: string;

  @ApiProperty({ description: 'Granted lines of this funder, in `currency`.' })
  granted: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Co-financing share: granted by this funder / all granted funding.',
  })
  share: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Leverage of its grant: other granted funds of the actions it co-finances, per unit it granted.',
  })
  grantLeverage: number | null;

  @ApiProperty({ description: 'Requested and not answered yet: in no share and no leverage.' })
  requested: number;
}

export class OwnShareView {
  @ApiProperty({ type: String, nullable: true, description: 'Whose own budget; null when nobody was named.' })
  partyId: string | null;

  @ApiProperty()
  granted: number;

  @ApiProperty({ type: Number, nullable: true, description: 'granted / all granted funding.' })
  share: number | null;
}

export class FundingFiguresView {
  @ApiProperty({ example: 'EUR' })
  currency: string;

  @ApiProperty({ description: 'Every granted line, own budgets and funders alike, in `currency`.' })
  totalGranted: number;

  @ApiProperty({ type: [OwnShareView], description: 'Each party’s own budget and its share.' })
  ownShares: OwnShareView[];

  @ApiProperty({
    type: [FunderFiguresView],
    description: 'Each external funder: granted, co-financing share, leverage of its grant, requested.',
  })
  funders: FunderFiguresView[];

  @ApiProperty({ description: 'Every line requested and not answered yet: shown apart.' })
  requested: number;

  @ApiProperty({ description: 'Lines in another currency, counted but not converted.' })
  linesInOtherCurrencies: number;
}

export class ActionProposalView {
  @ApiProperty({ format: 'uuid', description: 'The party that proposed the action.' })
  proposedBy: string;

  @ApiProperty({ format: 'uuid', description: 'The side that said so.' })
  statedBy: string;

  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The other side that confirmed it.',
  })
  confirmedBy: string | null;
}

export class ActionView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  description: string;

  @ApiProperty()
  objectives: string;

  @ApiProperty({ type: [SectorShareView], description: 'DAC purpose codes and their share (sum 100).' })
  sectors: SectorShareView[];

  @ApiProperty({ type: PolicyMarkersDto, description: 'OECD policy markers scored so far (0, 1 or 2).' })
  markers: PolicyMarkersDto;

  @ApiProperty({ type: [String] })
  themes: string[];

  @ApiProperty({ type: [Number] })
  sdgs: number[];

  @ApiProperty({ type: [String] })
  locatedIn: string[];

  @ApiProperty({ enum: ACTION_LOCATIONS, description: 'Where it takes place, seen from your party.' })
  location: string;

  @ApiProperty({ format: 'uuid', description: 'The party that entered the action and moves its status.' })
  initiatedBy: string;

  @ApiProperty({ type: ActionProposalView })
  proposal: ActionProposalView;

  @ApiProperty({ type: [OperatorView] })
  operators: OperatorView[];

  @ApiProperty({ enum: ACTION_PRIORITIES })
  priority: string;

  @ApiProperty({ enum: ACTION_STATUSES })
  status: string;

  @ApiProperty({
    enum: ACTION_STATUSES,
    isArray: true,
    description:
      'Statuses you may move it to: none unless your authority initiated the action (only the initiator steers its status).',
  })
  allowedTransitions: string[];

  @ApiProperty({ type: String, nullable: true })
  startsOn: string | null;

  @ApiProperty({ type: String, nullable: true })
  endsOn: string | null;

  @ApiProperty({ type: [BudgetLineView] })
  budget: BudgetLineView[];

  @ApiProperty({ type: FundingFiguresView, description: 'Funding figures of this action’s budget.' })
  funding: FundingFiguresView;

  @ApiProperty({ type: [IndicatorView] })
  indicators: IndicatorView[];

  @ApiProperty({ type: [JointEvaluationView], description: 'Oldest first.' })
  evaluations: JointEvaluationView[];

  @ApiProperty({ description: 'Entries in the action’s log (see the action itself for them).' })
  logCount: number;

  @ApiProperty({ type: [WarningView], description: 'The method’s warnings about this action.' })
  warnings: WarningView[];
}

export class LogEntryView {
  @ApiProperty()
  id: string;

  @ApiProperty({ format: 'date-time' })
  at: string;

  @ApiProperty({ format: 'uuid', description: 'The party that logged it.' })
  byParty: string;

  @ApiProperty({ enum: LOG_ENTRY_KINDS })
  kind: string;

  @ApiProperty()
  text: string;

  @ApiProperty({ type: [String] })
  attachmentIds: string[];

  @ApiProperty({ type: [StoredFileView], description: 'The attached files that still exist.' })
  attachments: StoredFileView[];
}

export class LogEntryPageView {
  @ApiProperty({ type: [LogEntryView], description: 'Newest first.' })
  items: LogEntryView[];

  @ApiPropertyOptional({ nullable: true, type: String, description: 'Where the next page starts.' })
  nextCursor: string | null;
}

export class ActionWithLogView extends ActionView {
  @ApiProperty({ type: [LogEntryView], description: 'Newest first.' })
  log: LogEntryView[];
}

export class ActionDetailView {
  @ApiProperty({
    description:
      "The action's own version (its title, priority, status…; its budget lines and indicators have theirs), to send back with its changes.",
  })
  version: number;

  @ApiProperty({ type: ActionWithLogView })
  action: ActionWithLogView;
}

export class PartyAsymmetryView {
  @ApiProperty({ format: 'uuid' })
  partyId: string;

  @ApiProperty({
    description: 'Actions this party proposed (the fact entered, not who typed the action in).',
  })
  actionsInitiated: number;

  @ApiProperty({ description: 'Of those, how many the other side confirmed.' })
  actionsInitiatedConfirmed: number;

  @ApiProperty({ type: Number, nullable: true })
  actionsInitiatedShare: number | null;

  @ApiProperty()
  actionsLocated: number;

  @ApiProperty({ type: Number, nullable: true })
  actionsLocatedShare: number | null;

  @ApiProperty()
  visitsMade: number;

  @ApiProperty()
  visitsHosted: number;

  @ApiProperty()
  indicatorsProposed: number;

  @ApiProperty()
  motivationsStated: number;

  @ApiProperty()
  motivationsShared: number;
}

export class InitiativeByTerritoryView {
  @ApiProperty({ format: 'uuid' })
  proposedBy: string;

  @ApiProperty({ format: 'uuid' })
  territoryOf: string;

  @ApiProperty({
    description: 'Actions proposedBy proposed that take place (also) on territoryOf’s territory.',
  })
  actions: number;
}

export class AsymmetryView {
  @ApiProperty({ type: [PartyAsymmetryView] })
  parties: PartyAsymmetryView[];

  @ApiProperty({
    type: [InitiativeByTerritoryView],
    description: 'Initiative crossed with location, for every pair of parties.',
  })
  initiativeByTerritory: InitiativeByTerritoryView[];

  @ApiProperty({ description: 'Actions counted (cancelled ones are left out).' })
  actionsCount: number;

  @ApiProperty()
  visitsToPartner: number;

  @ApiProperty()
  visitsFromPartner: number;

  @ApiProperty()
  indicatorsCount: number;

  @ApiProperty()
  indicatorsCoValidated: number;

  @ApiProperty({ type: Number, nullable: true })
  indicatorsCoValidatedShare: number | null;
}

export class ActionTerritoryActorView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  name: string;
}

export class ActionPartyView {
  @ApiProperty({ format: 'uuid' })
  partyId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: PARTY_ROLES })
  role: string;

  @ApiProperty({ type: [ActionTerritoryActorView], description: 'Its territory actors, possible operators.' })
  territoryActors: ActionTerritoryActorView[];
}

export class ActionsView {
  @ApiProperty({ type: [ActionView], description: 'By priority (high first), then start date.' })
  actions: ActionView[];

  @ApiProperty({ type: FundingFiguresView, description: 'Funding figures of the whole partnership.' })
  funding: FundingFiguresView;

  @ApiProperty({ type: AsymmetryView })
  asymmetry: AsymmetryView;

  @ApiProperty({ type: [WarningView], description: 'Step 6 warnings.' })
  warnings: WarningView[];

  @ApiProperty({ type: [ActionPartyView] })
  parties: ActionPartyView[];
}
