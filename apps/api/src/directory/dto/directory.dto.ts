import { ACTION_THEMES, MATCH_REASON_KINDS, ORGANISATION_KINDS } from '@passerelle/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
} from 'class-validator';
import { KeysetPageQueryDto } from '../../common/pagination/keyset-page-query.dto';
import { IsLanguageTag } from '../../common/validation/validators';

export class DirectorySearchDto extends KeysetPageQueryDto {
  @ApiPropertyOptional({ example: 'ML' })
  @IsOptional()
  @IsISO31661Alpha2()
  country?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: string;

  @ApiPropertyOptional({ example: 'fr' })
  @IsOptional()
  @IsLanguageTag()
  language?: string;

  @ApiPropertyOptional({ enum: ACTION_THEMES, description: 'Offered or sought.' })
  @IsOptional()
  @IsIn(ACTION_THEMES)
  theme?: string;

  @ApiPropertyOptional({ description: 'Words of the name or summary.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class DirectoryProfileDto {
  @ApiProperty()
  @IsBoolean()
  listed: boolean;

  @ApiProperty({ maxLength: 2000 })
  @IsString()
  @MaxLength(2000)
  summary: string;

  @ApiProperty({ type: [String], enum: ACTION_THEMES })
  @IsArray()
  @ArrayMaxSize(20)
  @IsIn(ACTION_THEMES, { each: true })
  themesOffered: string[];

  @ApiProperty({ type: [String], enum: ACTION_THEMES })
  @IsArray()
  @ArrayMaxSize(20)
  @IsIn(ACTION_THEMES, { each: true })
  themesSought: string[];

  @ApiProperty({ description: 'The organisation version you read; a stale one is refused with 409.' })
  @IsInt()
  @Min(1)
  version: number;
}

export class DirectoryEntryView {
  @ApiProperty()
  organisationId: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  kind: string;

  @ApiProperty()
  countryCode: string;

  @ApiPropertyOptional({ nullable: true, type: Number })
  population: number | null;

  @ApiProperty({ type: [String] })
  languages: string[];

  @ApiProperty({ type: [String] })
  themesOffered: string[];

  @ApiProperty({ type: [String] })
  themesSought: string[];

  @ApiProperty()
  summary: string;
}

export class DirectoryPageView {
  @ApiProperty({ type: [DirectoryEntryView] })
  items: DirectoryEntryView[];

  @ApiPropertyOptional({ nullable: true, type: String })
  nextCursor: string | null;
}

export class CreatePartnerRequestDto {
  @ApiProperty({ maxLength: 200, example: 'Nous cherchons un partenaire pour la gestion de l’eau' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiProperty({ maxLength: 4000, description: 'Why, and what we can bring.' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  description: string;

  @ApiProperty({ type: [String], enum: ACTION_THEMES })
  @IsArray()
  @ArrayMaxSize(10)
  @IsIn(ACTION_THEMES, { each: true })
  themes: string[];
}

export class ClosePartnerRequestDto {
  @ApiProperty()
  @IsInt()
  @Min(1)
  version: number;
}

export class PartnerRequestView {
  @ApiProperty()
  id: string;

  @ApiProperty()
  organisationId: string;

  @ApiProperty()
  organisationName: string;

  @ApiProperty()
  countryCode: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ type: [String] })
  themes: string[];

  @ApiProperty({ enum: ['open', 'closed'] })
  status: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty()
  version: number;
}

export class PartnerRequestPageView {
  @ApiProperty({ type: [PartnerRequestView] })
  items: PartnerRequestView[];

  @ApiPropertyOptional({ nullable: true, type: String })
  nextCursor: string | null;
}

export class PartnerRequestSearchDto extends KeysetPageQueryDto {
  @ApiPropertyOptional({ enum: ACTION_THEMES })
  @IsOptional()
  @IsIn(ACTION_THEMES)
  theme?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsISO31661Alpha2()
  country?: string;
}

export class MatchReasonView {
  @ApiProperty({ enum: MATCH_REASON_KINDS })
  kind: string;

  @ApiProperty()
  value: string;

  @ApiProperty()
  points: number;
}

export class SuggestedPartnerView extends DirectoryEntryView {
  @ApiProperty({ description: '0 to 100' })
  score: number;

  @ApiProperty({ type: [MatchReasonView] })
  reasons: MatchReasonView[];
}

export class SuggestedPartnersView {
  @ApiProperty({ type: [SuggestedPartnerView] })
  items: SuggestedPartnerView[];

  @ApiProperty({
    description:
      'Whether your authority’s profile is published in the directory: the advice given when nothing matches depends on it.',
  })
  ownProfileListed: boolean;
}
