import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  APPLICATION_CHECK_OUTCOMES,
  BUDGET_LINE_STATUSES,
  CALL_RULE_KINDS,
  FUNDER_KINDS,
  FUNDER_REPORT_KINDS,
  FUNDING_APPLICATION_STATUSES,
} from '@passerelle/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO8601,
  IsNumber,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { FundingFiguresView } from '../../actions/dto/action.dto';
import { VersionedDto } from '../../lifecycle/dto/versioned.dto';

const AMOUNT_MAX = 1e12;
const AMOUNT = { allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 } as const;
const EXTERNAL_FUNDERS = FUNDER_KINDS.filter((kind) => kind !== 'own_budget');
const DATE_DOC = { example: '2026-03-31', description: 'YYYY-MM-DD.' } as const;

/** One rule of a call, kept with where it is written. */
export class CallRuleDto {
  @ApiProperty({ enum: CALL_RULE_KINDS })
  @IsIn(CALL_RULE_KINDS)
  kind: (typeof CALL_RULE_KINDS)[number];

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 1,
    example: 0.2,
    description: 'For a share rule: the share, 0..1 (0.2 = 20 %).',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 4 })
  @Min(0)
  @Max(1)
  share?: number;

  @ApiPropertyOptional({ description: 'For `max_requested_amount`: the ceiling, in euros.' })
  @IsOptional()
  @IsNumber(AMOUNT)
  @Min(0)
  @Max(AMOUNT_MAX)
  amount?: number;

  @ApiProperty({ example: 'Règlement de l’appel, art. 4', description: 'Where the rule is written.' })
  @IsString()
  @MaxLength(300)
  source: string;
}

export class FundingCallDto {
  @ApiProperty({ enum: EXTERNAL_FUNDERS })
  @IsIn(EXTERNAL_FUNDERS)
  funder: string;

  @ApiProperty({ example: 'Ministère de l’Europe et des Affaires étrangères (DAECT)' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  funderName: string;

  @ApiProperty({ example: 'Appel à projets 2027 — coopération décentralisée' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'https://www.diplomatie.gouv.fr/' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(500)
  link?: string | null;

  @ApiProperty(DATE_DOC)
  @IsISO8601({ strict: true })
  opensOn: string;

  @ApiProperty(DATE_DOC)
  @IsISO8601({ strict: true })
  closesOn: string;

  @ApiProperty({ type: [CallRuleDto] })
  @IsArray()
  @ArrayMaxSize(CALL_RULE_KINDS.length)
  @ValidateNested({ each: true })
  @Type(() => CallRuleDto)
  rules: CallRuleDto[];
}

export class ReviseFundingCallDto extends FundingCallDto {
  @ApiProperty({
    minimum: 0,
    description: 'The version you read of the call; a stale one is refused with 409.',
  })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 0 })
  @Min(0)
  version: number;
}

export class DraftFundingApplicationDto {
  @ApiProperty({ format: 'uuid', description: 'One of your authority’s calls.' })
  @IsUUID()
  callId: string;

  @ApiProperty({ description: 'Euros requested from the call.' })
  @IsNumber(AMOUNT)
  @Min(0)
  @Max(AMOUNT_MAX)
  requestedAmount: number;

  @ApiProperty({ description: 'Valued staff time counted in the action’s budget, in euros (0 if none).' })
  @IsNumber(AMOUNT)
  @Min(0)
  @Max(AMOUNT_MAX)
  staffTimeAmount: number;
}

export class ReviseFundingApplicationDto extends VersionedDto {
  @ApiProperty()
  @IsNumber(AMOUNT)
  @Min(0)
  @Max(AMOUNT_MAX)
  requestedAmount: number;

  @ApiProperty()
  @IsNumber(AMOUNT)
  @Min(0)
  @Max(AMOUNT_MAX)
  staffTimeAmount: number;
}

/** A dated step of an application (submission, withdrawal). */
export class DatedStepDto extends VersionedDto {
  @ApiProperty(DATE_DOC)
  @IsISO8601({ strict: true })
  on: string;
}

export const DECISION_OUTCOMES = ['granted', 'refused'] as const;

export class DecideFundingApplicationDto extends DatedStepDto {
  @ApiProperty({ enum: DECISION_OUTCOMES })
  @IsIn(DECISION_OUTCOMES)
  outcome: (typeof DECISION_OUTCOMES)[number];

  @ApiPropertyOptional({ description: 'Euros granted (a grant only).' })
  @IsOptional()
  @IsNumber(AMOUNT)
  @Min(0)
  @Max(AMOUNT_MAX)
  grantedAmount?: number;

  @ApiProperty({ description: 'The funder’s conditions or reasons, as it wrote them ("" if none).' })
  @IsString()
  @MaxLength(4000)
  conditions: string;
}

export class PlanTrancheDto {
  @ApiProperty({ example: 'Avance de 50 %' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  label: string;

  @ApiProperty(DATE_DOC)
  @IsISO8601({ strict: true })
  expectedOn: string;

  @ApiProperty()
  @IsNumber(AMOUNT)
  @Min(0)
  @Max(AMOUNT_MAX)
  expectedAmount: number;
}

export class ReceiveTrancheDto extends DatedStepDto {
  @ApiProperty({ description: 'Euros received.' })
  @IsNumber(AMOUNT)
  @Min(0)
  @Max(AMOUNT_MAX)
  amount: number;
}

export class PlanReportDto {
  @ApiProperty({ enum: FUNDER_REPORT_KINDS })
  @IsIn(FUNDER_REPORT_KINDS)
  kind: (typeof FUNDER_REPORT_KINDS)[number];

  @ApiProperty(DATE_DOC)
  @IsISO8601({ strict: true })
  dueOn: string;
}

// Answers.

export class CallRuleView {
  @ApiProperty({ enum: CALL_RULE_KINDS })
  kind: string;

  @ApiProperty({ type: Number, nullable: true })
  share: number | null;

  @ApiProperty({ type: Number, nullable: true })
  amount: number | null;

  @ApiProperty()
  source: string;
}

export class FundingCallView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: EXTERNAL_FUNDERS })
  funder: string;

  @ApiProperty()
  funderName: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ type: String, nullable: true })
  link: string | null;

  @ApiProperty()
  opensOn: string;

  @ApiProperty()
  closesOn: string;

  @ApiProperty({ type: [CallRuleView] })
  rules: CallRuleView[];

  @ApiProperty()
  version: number;

  @ApiProperty({ description: 'Applications to this call, every status.' })
  applications: number;
}

export class FundingCallsView {
  @ApiProperty({ type: [FundingCallView], description: 'Closing soonest first.' })
  calls: FundingCallView[];
}

export class PaymentTrancheView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  label: string;

  @ApiProperty()
  expectedOn: string;

  @ApiProperty()
  expectedAmount: number;

  @ApiProperty({ type: String, nullable: true })
  receivedOn: string | null;

  @ApiProperty({ type: Number, nullable: true })
  receivedAmount: number | null;

  @ApiProperty()
  version: number;
}

export class FunderReportView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: FUNDER_REPORT_KINDS })
  kind: string;

  @ApiProperty()
  dueOn: string;

  @ApiProperty({ type: String, nullable: true })
  submittedOn: string | null;

  @ApiProperty()
  version: number;
}

export class ApplicationCheckView {
  @ApiProperty({ enum: ['call_open', ...CALL_RULE_KINDS] })
  rule: string;

  @ApiProperty({ enum: APPLICATION_CHECK_OUTCOMES })
  outcome: string;

  @ApiProperty({ type: Number, nullable: true, description: 'The figure found (a share 0..1 or euros).' })
  actual: number | null;

  @ApiProperty({ type: Number, nullable: true, description: 'The call’s limit, same unit.' })
  limit: number | null;

  @ApiProperty()
  source: string;

  @ApiProperty({ type: String, nullable: true, enum: ['budget', 'rate'] })
  missing: string | null;
}

export class FundingApplicationView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ type: FundingCallView })
  call: FundingCallView;

  @ApiProperty({ format: 'uuid', description: 'The applying authority.' })
  organisationId: string;

  @ApiProperty({ enum: FUNDING_APPLICATION_STATUSES })
  status: string;

  @ApiProperty()
  requestedAmount: number;

  @ApiProperty()
  staffTimeAmount: number;

  @ApiProperty({ type: String, nullable: true })
  submittedOn: string | null;

  @ApiProperty({ type: Number, nullable: true })
  grantedAmount: number | null;

  @ApiProperty({ type: String, nullable: true })
  decidedOn: string | null;

  @ApiProperty()
  conditions: string;

  @ApiProperty({ type: String, nullable: true })
  withdrawnOn: string | null;

  @ApiProperty()
  version: number;

  @ApiProperty({ type: [PaymentTrancheView] })
  tranches: PaymentTrancheView[];

  @ApiProperty({ type: [FunderReportView] })
  reports: FunderReportView[];

  @ApiProperty({
    type: [ApplicationCheckView],
    description: 'A draft checked against its call’s rules, each explained; empty once submitted.',
  })
  checks: ApplicationCheckView[];

  @ApiProperty({ description: 'Whether you may change it (your authority applied).' })
  mine: boolean;
}

export class MoneyAmountsView {
  @ApiProperty()
  planned: number;

  @ApiProperty()
  committed: number;

  @ApiProperty({ description: 'Paid.' })
  spent: number;
}

export class LineMoneyView {
  @ApiProperty()
  lineId: string;

  @ApiProperty({ enum: FUNDER_KINDS })
  funder: string;

  @ApiProperty()
  funderName: string;

  @ApiProperty({ type: String, nullable: true })
  partyId: string | null;

  @ApiProperty({ enum: BUDGET_LINE_STATUSES })
  status: string;

  @ApiProperty()
  currency: string;

  @ApiProperty({ type: Number, nullable: true })
  eurRate: number | null;

  @ApiProperty({ type: MoneyAmountsView, description: 'In the line’s currency.' })
  amounts: MoneyAmountsView;

  @ApiProperty({
    type: MoneyAmountsView,
    nullable: true,
    description: 'In euros at its rate; null without one.',
  })
  euros: MoneyAmountsView | null;
}

export class FunderMoneyView {
  @ApiProperty({ enum: FUNDER_KINDS })
  funder: string;

  @ApiProperty()
  funderName: string;

  @ApiProperty({ type: String, nullable: true })
  partyId: string | null;

  @ApiProperty({ type: MoneyAmountsView })
  euros: MoneyAmountsView;

  @ApiProperty()
  linesWithoutRate: number;
}

export class ApplicationTotalsView {
  @ApiProperty({ description: 'Euros requested by applications awaiting a decision (shown apart).' })
  requested: number;

  @ApiProperty({ description: 'Euros granted by applications.' })
  granted: number;

  @ApiProperty({ description: 'Euros received in tranches.' })
  received: number;

  @ApiProperty({ description: 'Euros requested by refused applications.' })
  refused: number;
}

export class ActionMoneyView {
  @ApiProperty({ type: [LineMoneyView] })
  lines: LineMoneyView[];

  @ApiProperty({ type: [FunderMoneyView] })
  byFunder: FunderMoneyView[];

  @ApiProperty({ type: MoneyAmountsView })
  totalEuros: MoneyAmountsView;

  @ApiProperty()
  linesWithoutRate: number;

  @ApiProperty({ type: FundingFiguresView, description: 'Co-financing shares and leverage, in euros.' })
  cofinancing: FundingFiguresView;

  @ApiProperty({ type: ApplicationTotalsView })
  applications: ApplicationTotalsView;
}

export class ActionFundingView {
  @ApiProperty({ type: [FundingApplicationView] })
  applications: FundingApplicationView[];

  @ApiProperty({ type: ActionMoneyView })
  money: ActionMoneyView;

  @ApiProperty({
    type: [FundingCallView],
    description: 'Your authority’s calls still open that this action has not applied to.',
  })
  openCalls: FundingCallView[];
}
