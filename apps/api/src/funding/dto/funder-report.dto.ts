import { ApiProperty } from '@nestjs/swagger';
import { FUNDER_REPORT_KINDS, FUNDER_REPORT_LAYOUTS, INTERFACE_LANGUAGES } from '@passerelle/domain';
import { IsIn, IsOptional } from 'class-validator';

export const FUNDER_REPORT_FORMATS = ['pdf', 'xlsx'] as const;
export type FunderReportFormat = (typeof FUNDER_REPORT_FORMATS)[number];

export class FunderReportQueryDto {
  @ApiProperty({ enum: FUNDER_REPORT_KINDS, description: 'An interim report or the final one.' })
  @IsIn(FUNDER_REPORT_KINDS)
  kind: string;

  @ApiProperty({ enum: FUNDER_REPORT_FORMATS })
  @IsIn(FUNDER_REPORT_FORMATS)
  format: string;

  @ApiProperty({
    enum: INTERFACE_LANGUAGES,
    required: false,
    description: 'The account’s language when left out.',
  })
  @IsOptional()
  @IsIn(INTERFACE_LANGUAGES)
  language?: string;

  @ApiProperty({
    enum: ['generic', 'daect'],
    required: false,
    description:
      'The generic layout (default), or the preset of the ministry’s calls for decentralised cooperation (MEAE / DAECT).',
  })
  @IsOptional()
  @IsIn(FUNDER_REPORT_LAYOUTS)
  layout?: string;
}
