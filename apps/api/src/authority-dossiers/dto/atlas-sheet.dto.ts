import { ApiProperty } from '@nestjs/swagger';
import {
  ACTION_STATUSES,
  CONTACT_FIELDS,
  CONVENTION_STATES,
  ORGANISATION_KINDS,
  PARTNERSHIP_FORMS,
  PARTNERSHIP_STATUSES,
  INTERFACE_LANGUAGES,
} from '@passerelle/domain';
import { IsIn, IsOptional } from 'class-validator';
import { SPREADSHEET_FORMATS } from '../../common/spreadsheet/spreadsheet-table';

export class ContactPersonView {
  @ApiProperty({ type: String, nullable: true })
  name: string | null;

  @ApiProperty({ type: String, nullable: true })
  title: string | null;

  @ApiProperty({ type: String, nullable: true })
  email: string | null;
}

export class OrganisationContactsView {
  @ApiProperty({
    type: ContactPersonView,
    description: 'The elected official in charge of international relations.',
  })
  elected: ContactPersonView;

  @ApiProperty({ type: ContactPersonView, description: 'The officer in charge of international relations.' })
  officer: ContactPersonView;

  @ApiProperty({ type: String, nullable: true })
  phone: string | null;
}

export class AuthorityView {
  @ApiProperty()
  name: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  kind: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2' })
  countryCode: string;

  @ApiProperty({ type: Number, nullable: true })
  population: number | null;

  @ApiProperty({ type: OrganisationContactsView })
  contacts: OrganisationContactsView;
}

export class AtlasActionView {
  @ApiProperty()
  title: string;

  @ApiProperty({ enum: ACTION_STATUSES })
  status: string;
}

export class AtlasProjectView {
  @ApiProperty({ format: 'uuid' })
  partnershipId: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ enum: PARTNERSHIP_FORMS })
  form: string;

  @ApiProperty({ enum: PARTNERSHIP_STATUSES })
  status: string;

  @ApiProperty()
  partnerName: string;

  @ApiProperty({ enum: ORGANISATION_KINDS })
  partnerKind: string;

  @ApiProperty({ description: 'ISO 3166-1 alpha-2' })
  partnerCountry: string;

  @ApiProperty({ description: 'YYYY-MM-DD' })
  since: string;

  @ApiProperty({ type: String, nullable: true, enum: CONVENTION_STATES })
  conventionState: string | null;

  @ApiProperty({ type: String, nullable: true })
  conventionSignedOn: string | null;

  @ApiProperty({ type: String, nullable: true })
  conventionExpiresOn: string | null;

  @ApiProperty()
  objectives: string;

  @ApiProperty({ type: [String] })
  themes: string[];

  @ApiProperty({ type: [Number] })
  sdgs: number[];

  @ApiProperty({ type: [AtlasActionView] })
  actions: AtlasActionView[];

  @ApiProperty({ type: [String] })
  territoryActors: string[];
}

export class AtlasSheetView {
  @ApiProperty({ type: AuthorityView })
  authority: AuthorityView;

  @ApiProperty({
    enum: CONTACT_FIELDS,
    isArray: true,
    description: 'What the atlas asks that the profile does not state.',
  })
  missingContacts: string[];

  @ApiProperty({ type: [AtlasProjectView] })
  projects: AtlasProjectView[];
}

export const ATLAS_SHEET_PARTS = ['projects', 'contacts'] as const;

export class AtlasSheetExportQueryDto {
  @ApiProperty({ enum: SPREADSHEET_FORMATS })
  @IsIn(SPREADSHEET_FORMATS)
  format: string;

  @ApiProperty({
    enum: ATLAS_SHEET_PARTS,
    required: false,
    description: 'CSV holds one table: the project sheets (default) or the contacts. XLSX holds both sheets.',
  })
  @IsOptional()
  @IsIn(ATLAS_SHEET_PARTS)
  part?: string;

  @ApiProperty({
    enum: INTERFACE_LANGUAGES,
    required: false,
    description: 'The account’s language when left out.',
  })
  @IsOptional()
  @IsIn(INTERFACE_LANGUAGES)
  language?: string;
}
