import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  INDICATOR_KINDS,
  MAX_DISAGGREGATION_CATEGORIES,
  MAX_DISAGGREGATIONS,
  MAX_INDICATOR_PERIODS,
  REPORTING_FREQUENCIES,
} from '@passerelle/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

// How an indicator is reported over time (docs/domain.md, "Indicators over time"): its kind, its periods with
// their targets, the dimensions a measurement may be split by; and what the API computes from them.

const NUMBER = { allowNaN: false, allowInfinity: false } as const;
const DIMENSION_PATTERN = /^(sex|age_group|custom:[a-z0-9-]{1,40})$/;

export class IndicatorPeriodDto {
  @ApiProperty({ example: '2026-01-01', description: 'First day of the period (YYYY-MM-DD).' })
  @IsISO8601({ strict: true })
  startsOn: string;

  @ApiProperty({ example: '2026-12-31', description: 'Last day of the period (YYYY-MM-DD), included.' })
  @IsISO8601({ strict: true })
  endsOn: string;

  @ApiProperty({ description: 'What the indicator should reach in (or by the end of) the period.' })
  @IsNumber(NUMBER)
  target: number;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'The period’s own baseline; left out, the indicator’s.',
  })
  @IsOptional()
  @IsNumber(NUMBER)
  baseline?: number | null;
}

export class DisaggregationDto {
  @ApiProperty({ example: 'sex', description: '`sex`, `age_group` or `custom:<slug>`.' })
  @Matches(DIMENSION_PATTERN)
  dimension: string;

  @ApiProperty({
    type: [String],
    example: ['female', 'male'],
    description: 'Two or more distinct categories.',
  })
  @IsArray()
  @ArrayMaxSize(MAX_DISAGGREGATION_CATEGORIES)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(60, { each: true })
  categories: string[];
}

/** How an indicator is reported: every field is the plan as it now stands. */
export class IndicatorPlanDto {
  @ApiProperty({
    enum: INDICATOR_KINDS,
    description:
      '`level`: a period’s actual is its latest measurement; `count`: the sum of its measurements.',
  })
  @IsIn(INDICATOR_KINDS)
  kind: string;

  @ApiPropertyOptional({
    enum: REPORTING_FREQUENCIES,
    nullable: true,
    description: 'How the periods were cut.',
  })
  @IsOptional()
  @IsIn(REPORTING_FREQUENCIES)
  frequency?: string | null;

  @ApiProperty({ type: [IndicatorPeriodDto], description: 'In order, without overlapping.' })
  @IsArray()
  @ArrayMaxSize(MAX_INDICATOR_PERIODS)
  @ValidateNested({ each: true })
  @Type(() => IndicatorPeriodDto)
  periods: IndicatorPeriodDto[];

  @ApiProperty({ type: [DisaggregationDto] })
  @IsArray()
  @ArrayMaxSize(MAX_DISAGGREGATIONS)
  @ValidateNested({ each: true })
  @Type(() => DisaggregationDto)
  disaggregations: DisaggregationDto[];
}

/** A new plan for an indicator, under the indicator's version: a change asks the other parties to validate again. */
export class PlanIndicatorDto extends IndicatorPlanDto {
  @ApiProperty({
    minimum: 0,
    description: 'The version you read of the indicator; a stale one is refused with 409.',
  })
  @IsInt()
  @Min(0)
  version: number;
}

export class BreakdownValueDto {
  @ApiProperty({ example: 'sex' })
  @IsString()
  @MaxLength(60)
  dimension: string;

  @ApiProperty({ example: 'female' })
  @IsString()
  @MaxLength(60)
  category: string;

  @ApiProperty({ minimum: 0 })
  @IsNumber(NUMBER)
  @Min(0)
  value: number;
}

export class IndicatorPeriodView {
  @ApiProperty()
  startsOn: string;

  @ApiProperty()
  endsOn: string;

  @ApiProperty()
  target: number;

  @ApiProperty({ type: Number, nullable: true })
  baseline: number | null;
}

export class DisaggregationView {
  @ApiProperty()
  dimension: string;

  @ApiProperty({ type: [String] })
  categories: string[];
}

export class BreakdownValueView {
  @ApiProperty()
  dimension: string;

  @ApiProperty()
  category: string;

  @ApiProperty()
  value: number;
}

export class CategoryActualView {
  @ApiProperty()
  category: string;

  @ApiProperty()
  actual: number;
}

export class DimensionActualView {
  @ApiProperty()
  dimension: string;

  @ApiProperty({ description: 'Every measurement counted in the period was split by this dimension.' })
  complete: boolean;

  @ApiProperty({ type: [CategoryActualView] })
  categories: CategoryActualView[];
}

export class PeriodFiguresView {
  @ApiProperty({ type: String, nullable: true, description: 'Null for the whole action.' })
  startsOn: string | null;

  @ApiProperty({ type: String, nullable: true })
  endsOn: string | null;

  @ApiProperty()
  baseline: number;

  @ApiProperty()
  target: number;

  @ApiProperty({ type: Number, nullable: true, description: 'Null when nothing was measured in the period.' })
  actual: number | null;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'How far the actual went from the baseline to the target (1: reached).',
  })
  progress: number | null;

  @ApiProperty()
  measurementCount: number;

  @ApiProperty({ type: [String], description: 'Parties whose measurements count in the period.' })
  measuredBy: string[];

  @ApiProperty({ type: [DimensionActualView], nullable: true })
  breakdown: DimensionActualView[] | null;
}

/** What `computeIndicatorPeriods` gives: the figures the chart, the funder reports and IATI read. */
export class IndicatorFiguresView {
  @ApiProperty({ enum: INDICATOR_KINDS })
  kind: string;

  @ApiProperty({ type: [PeriodFiguresView] })
  periods: PeriodFiguresView[];

  @ApiProperty({
    type: PeriodFiguresView,
    description: 'The whole action: the indicator’s own baseline and target.',
  })
  overall: PeriodFiguresView;

  @ApiProperty({ description: 'Measurements on a day no period covers.' })
  outsidePeriods: number;
}
