import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PARTNERSHIP_STATUSES, STEP_IDS, INTERFACE_LANGUAGES } from '@passerelle/domain';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PortfolioRowView } from '../../lifecycle/dto/portfolio-row.dto';

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

/** The portfolio's filters, and the language of the export (the account's language when omitted). */
export class PortfolioExportQueryDto extends PortfolioQueryDto {
  @ApiPropertyOptional({ enum: INTERFACE_LANGUAGES, description: 'Language of headers and values.' })
  @IsOptional()
  @IsIn(INTERFACE_LANGUAGES)
  language?: string;
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
