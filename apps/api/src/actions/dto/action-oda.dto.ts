import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MARKER_SCORES, ODA_CHANNELS } from '@passerelle/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { VersionedDto } from '../../lifecycle/dto/versioned.dto';

// What the official outputs need of an action and of its budget lines (docs/oda-declaration.md).

const AMOUNT_MAX = 1e12;
const TEXT_MAX = 8000;
const DATE_DOC = { type: String, nullable: true, description: 'YYYY-MM-DD.' } as const;

/** A budget line's period, channel, rate to the euro and what was committed and paid (null: not said). */
export class BudgetLineFiguresDto {
  @ApiPropertyOptional({ ...DATE_DOC, description: 'First day of the year or period it funds.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  periodStartsOn?: string | null;

  @ApiPropertyOptional({ ...DATE_DOC, description: 'Last day of the year or period it funds.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  periodEndsOn?: string | null;

  @ApiPropertyOptional({ enum: ODA_CHANNELS, nullable: true })
  @IsOptional()
  @IsIn(ODA_CHANNELS)
  channel?: string | null;

  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    example: 655.957,
    description:
      'Units of the line’s currency per euro (1 for EUR). Pegged currencies get theirs when left out.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 8 })
  @Min(0.00000001)
  @Max(1e9)
  eurRate?: number | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(AMOUNT_MAX)
  committedAmount?: number | null;

  @ApiPropertyOptional(DATE_DOC)
  @IsOptional()
  @IsISO8601({ strict: true })
  committedOn?: string | null;

  @ApiPropertyOptional({ type: Number, nullable: true })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(AMOUNT_MAX)
  paidAmount?: number | null;

  @ApiPropertyOptional(DATE_DOC)
  @IsOptional()
  @IsISO8601({ strict: true })
  paidOn?: string | null;
}

/** A line's figures as they now are, under the line's version: what is left out becomes unstated. */
export class ReviseBudgetLineDto extends BudgetLineFiguresDto {
  @ApiProperty({
    minimum: 0,
    description: 'The version you read of the line; a stale one is refused with 409.',
  })
  @IsInt()
  @Min(0)
  version: number;
}

export class SectorShareDto {
  @ApiProperty({ example: '14031', description: 'A DAC purpose code (5 digits) of the shipped list.' })
  @Matches(/^\d{5}$/)
  code: string;

  @ApiProperty({ minimum: 0, maximum: 100, example: 100 })
  @IsNumber({ allowNaN: false, allowInfinity: false, maxDecimalPlaces: 2 })
  @Min(0)
  @Max(100)
  percentage: number;
}

/** The OECD DAC policy markers: 0 not targeted, 1 significant objective, 2 principal objective. */
export class PolicyMarkersDto {
  @ApiPropertyOptional({ enum: MARKER_SCORES })
  @IsOptional()
  @IsIn(MARKER_SCORES)
  gender?: number;

  @ApiPropertyOptional({ enum: MARKER_SCORES })
  @IsOptional()
  @IsIn(MARKER_SCORES)
  environment?: number;

  @ApiPropertyOptional({ enum: MARKER_SCORES })
  @IsOptional()
  @IsIn(MARKER_SCORES)
  biodiversity?: number;

  @ApiPropertyOptional({ enum: MARKER_SCORES })
  @IsOptional()
  @IsIn(MARKER_SCORES)
  climate_mitigation?: number;

  @ApiPropertyOptional({ enum: MARKER_SCORES })
  @IsOptional()
  @IsIn(MARKER_SCORES)
  climate_adaptation?: number;

  @ApiPropertyOptional({ enum: MARKER_SCORES })
  @IsOptional()
  @IsIn(MARKER_SCORES)
  desertification?: number;

  @ApiPropertyOptional({ enum: MARKER_SCORES })
  @IsOptional()
  @IsIn(MARKER_SCORES)
  nutrition?: number;

  @ApiPropertyOptional({ enum: MARKER_SCORES })
  @IsOptional()
  @IsIn(MARKER_SCORES)
  disability?: number;
}

/** What the action does and aims at, its sectors (summing to 100) and markers, under the action's version. */
export class DescribeActionDto extends VersionedDto {
  @ApiProperty({ maxLength: TEXT_MAX })
  @IsString()
  @MaxLength(TEXT_MAX)
  description: string;

  @ApiProperty({ maxLength: TEXT_MAX })
  @IsString()
  @MaxLength(TEXT_MAX)
  objectives: string;

  @ApiProperty({ type: [SectorShareDto] })
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SectorShareDto)
  sectors: SectorShareDto[];

  @ApiProperty({ type: PolicyMarkersDto })
  @IsObject()
  @ValidateNested()
  @Type(() => PolicyMarkersDto)
  markers: PolicyMarkersDto;
}

export class SectorShareView {
  @ApiProperty()
  code: string;

  @ApiProperty()
  percentage: number;
}
