import { ORGANISATION_KINDS } from '@passerelle/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsEmail,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsLanguageTag, IsTimeZone } from '../../common/validation/validators';

export class OrganisationDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  kind: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2' })
  countryCode: string;

  @ApiPropertyOptional({ nullable: true, type: Number })
  population: number | null;

  @ApiProperty({ type: [String], description: 'BCP 47 tags' })
  languages: string[];

  @ApiProperty({ description: 'IANA time zone' })
  timeZone: string;

  @ApiProperty({ description: 'Whether the directory shows the authority.' })
  directoryListed: boolean;

  @ApiProperty()
  directorySummary: string;

  @ApiProperty({ type: [String] })
  themesOffered: string[];

  @ApiProperty({ type: [String] })
  themesSought: string[];

  @ApiProperty({ type: String, nullable: true, description: 'The identifier IATI publications carry.' })
  iatiIdentifier: string | null;

  @ApiProperty({ type: String, nullable: true })
  internationalElectedName: string | null;

  @ApiProperty({ type: String, nullable: true })
  internationalElectedTitle: string | null;

  @ApiProperty({ type: String, nullable: true })
  internationalElectedEmail: string | null;

  @ApiProperty({ type: String, nullable: true })
  internationalOfficerName: string | null;

  @ApiProperty({ type: String, nullable: true })
  internationalOfficerTitle: string | null;

  @ApiProperty({ type: String, nullable: true })
  internationalOfficerEmail: string | null;

  @ApiProperty({ type: String, nullable: true })
  internationalPhone: string | null;

  @ApiProperty()
  version: number;
}

/** The fields describing an authority, shared by profile edits and partner invitations. */
export class OrganisationProfileDto {
  @ApiProperty({ maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  @IsIn(ORGANISATION_KINDS)
  kind: string;

  @ApiProperty({ example: 'ML' })
  @IsISO31661Alpha2()
  countryCode: string;

  @ApiProperty({ type: [String], example: ['fr', 'bm'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsLanguageTag({ each: true })
  languages: string[];

  @ApiProperty({ example: 'Africa/Bamako' })
  @IsTimeZone()
  timeZone: string;
}

export class UpdateOrganisationDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @ApiPropertyOptional({ enum: ORGANISATION_KINDS })
  @IsOptional()
  @IsIn(ORGANISATION_KINDS)
  kind?: string;

  @ApiPropertyOptional({ nullable: true, type: Number })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(2_000_000_000)
  population?: number;

  @ApiPropertyOptional({ type: [String] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(10)
  @IsLanguageTag({ each: true })
  languages?: string[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    maxLength: 100,
    example: 'FR-SIRET-21490007800012',
    description:
      'The organisation identifier for IATI: a registration agency prefix (IATI codelist OrganisationRegistrationAgency) and the identifier it gives, without spaces, `/`, `&`, `|` or `?`; null to clear it.',
  })
  @IsOptional()
  @Matches(/^[A-Z]{2}-[A-Za-z0-9]+-[^\s/&|?]+$/, {
    message: '$property must be an IATI organisation identifier such as FR-SIRET-21490007800012',
  })
  @MaxLength(100)
  iatiIdentifier?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  internationalElectedName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  internationalElectedTitle?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 254 })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  internationalElectedEmail?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  internationalOfficerName?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 200 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  internationalOfficerTitle?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 254 })
  @IsOptional()
  @IsEmail()
  @MaxLength(254)
  internationalOfficerEmail?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, maxLength: 40 })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(40)
  internationalPhone?: string | null;

  @ApiProperty({ description: 'The version you read; a stale one is refused with 409.' })
  @IsInt()
  @Min(1)
  version: number;
}
