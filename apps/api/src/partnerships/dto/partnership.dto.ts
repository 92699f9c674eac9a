import {
  ACTION_THEMES,
  APPROACHES,
  CRITERION_IDS,
  LEGAL_BASES,
  PARTNERSHIP_FORMS,
  PARTY_GOVERNANCES,
} from '@passerelle/domain';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsISO31661Alpha2,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { KeysetPageQueryDto } from '../../common/pagination/keyset-page-query.dto';
import { VersionedDto } from '../../lifecycle/dto/versioned.dto';
import { PARTY_ROLES, type PartyRole } from '../../partnership-records/partnership-party.entity';

export class CreatePartnershipDto {
  @ApiProperty({ example: 'Angers – Bamako : eau et assainissement', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title: string;

  @ApiProperty({ enum: PARTNERSHIP_FORMS })
  @IsIn(PARTNERSHIP_FORMS)
  form: string;

  @ApiProperty({ enum: APPROACHES })
  @IsIn(APPROACHES)
  approach: string;

  @ApiPropertyOptional({
    type: [String],
    description: 'Countries where a partner is sought (ISO 3166-1 alpha-2).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsISO31661Alpha2({ each: true })
  targetCountries?: string[];

  @ApiPropertyOptional({
    type: [String],
    enum: ACTION_THEMES,
    description: 'Themes the cooperation is meant to work on.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsIn(ACTION_THEMES, { each: true })
  themes?: string[];
}

/** An officer corrects the partnership's form, under the partnership's version. */
export class ChangePartnershipFormDto extends VersionedDto {
  @ApiProperty({ enum: PARTNERSHIP_FORMS })
  @IsIn(PARTNERSHIP_FORMS)
  form: string;
}

/** Who leads a party's executive, under the partnership's version. */
export class SetPartyGovernanceDto extends VersionedDto {
  @ApiProperty({ enum: PARTY_GOVERNANCES })
  @IsIn(PARTY_GOVERNANCES)
  governance: string;
}

/** Newest first, a keyset page at a time. */
export class ListPartnershipsQueryDto extends KeysetPageQueryDto {}

export class PartyDto {
  @ApiProperty()
  organisationId: string;

  @ApiProperty()
  name: string;

  @ApiProperty()
  countryCode: string;

  @ApiProperty({ enum: PARTY_ROLES })
  role: PartyRole;

  @ApiProperty({
    enum: PARTY_GOVERNANCES,
    description: 'Who leads its executive: elected officials, or an executive appointed by the State.',
  })
  governance: string;
}

export class PartnershipDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: PARTNERSHIP_FORMS })
  form: string;

  @ApiProperty({ enum: LEGAL_BASES, description: 'What frames the form in law: a convention, or none.' })
  legalBasis: string;

  @ApiProperty({
    type: [String],
    enum: CRITERION_IDS,
    description: 'The criteria this form is assessed by, in the method’s order.',
  })
  criteria: string[];

  @ApiProperty({ enum: APPROACHES })
  approach: string;

  @ApiProperty({ enum: ['active', 'suspended', 'terminated'] })
  status: string;

  @ApiProperty({ type: [String] })
  targetCountries: string[];

  @ApiProperty({ type: [String] })
  themes: string[];

  @ApiProperty({ type: [PartyDto] })
  parties: PartyDto[];

  @ApiProperty({ enum: PARTY_ROLES, description: 'The role of your organisation in this partnership.' })
  yourRole: PartyRole;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ description: 'Send it back with an edit: a stale version is refused with 409.' })
  version: number;
}

export class PartnershipPageDto {
  @ApiProperty({ type: [PartnershipDto] })
  items: PartnershipDto[];

  @ApiPropertyOptional({ nullable: true, type: String })
  nextCursor: string | null;
}

export class CreateInternalNoteDto {
  @ApiProperty({ maxLength: 5000 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(5000)
  body: string;
}

export class InternalNoteDto {
  @ApiProperty()
  id: string;

  @ApiProperty()
  body: string;

  @ApiProperty()
  authorDisplayName: string;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;
}

export class InternalNoteListDto {
  @ApiProperty({ type: [InternalNoteDto] })
  items: InternalNoteDto[];
}
