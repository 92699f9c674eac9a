import { ApiProperty } from '@nestjs/swagger';
import { DECLARATION_ISSUES, ODA_CHANNELS, POLICY_MARKERS, INTERFACE_LANGUAGES } from '@passerelle/domain';
import { IsIn, IsOptional } from 'class-validator';
import { PolicyMarkersDto } from '../../actions/dto/action-oda.dto';
import { SPREADSHEET_FORMATS } from '../../common/spreadsheet/spreadsheet-table';

export class DeclarationRowView {
  @ApiProperty({ format: 'uuid' })
  partnershipId: string;

  @ApiProperty()
  partnershipName: string;

  @ApiProperty()
  actionId: string;

  @ApiProperty()
  actionTitle: string;

  @ApiProperty()
  lineId: string;

  @ApiProperty({ description: 'The payment date (YYYY-MM-DD).' })
  paidOn: string;

  @ApiProperty({ type: String, nullable: true, description: 'ISO 3166-1 alpha-2; null: not allocable.' })
  country: string | null;

  @ApiProperty({
    type: Boolean,
    nullable: true,
    description: 'On the DAC list of ODA recipients for the year.',
  })
  odaEligible: boolean | null;

  @ApiProperty({ type: String, nullable: true, enum: ODA_CHANNELS })
  channel: string | null;

  @ApiProperty({ type: String, nullable: true })
  sectorCode: string | null;

  @ApiProperty({ description: 'In euros, to the cent.' })
  amount: number;

  @ApiProperty({ type: PolicyMarkersDto })
  markers: PolicyMarkersDto;
}

export class SubtotalView {
  @ApiProperty({ type: String, nullable: true })
  key: string | null;

  @ApiProperty({ description: 'In euros, to the cent.' })
  amount: number;
}

export class DeclarationIssueView {
  @ApiProperty({ enum: DECLARATION_ISSUES })
  code: string;

  @ApiProperty({ format: 'uuid' })
  partnershipId: string;

  @ApiProperty()
  partnershipName: string;

  @ApiProperty()
  actionId: string;

  @ApiProperty()
  actionTitle: string;

  @ApiProperty({ type: String, nullable: true })
  lineId: string | null;

  @ApiProperty({ type: String, nullable: true })
  country: string | null;
}

export class OdaDeclarationView {
  @ApiProperty()
  year: number;

  @ApiProperty({ description: 'The sum of the rows, in euros.' })
  total: number;

  @ApiProperty({ type: [DeclarationRowView] })
  rows: DeclarationRowView[];

  @ApiProperty({ type: [SubtotalView] })
  byCountry: SubtotalView[];

  @ApiProperty({ type: [SubtotalView] })
  byChannel: SubtotalView[];

  @ApiProperty({ type: [SubtotalView] })
  bySector: SubtotalView[];

  @ApiProperty({ type: [DeclarationIssueView], description: 'What to complete or check before declaring.' })
  issues: DeclarationIssueView[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The organisation’s IATI identifier, if stated.',
  })
  iatiIdentifier: string | null;
}

export class OdaSectorView {
  @ApiProperty()
  code: string;

  @ApiProperty()
  category: string;

  @ApiProperty()
  nameFr: string;

  @ApiProperty()
  nameEn: string;
}

export class OdaSectorCategoryView {
  @ApiProperty({ description: 'The DAC 3-digit category code, as in each sector’s `category`.' })
  code: string;

  @ApiProperty()
  nameFr: string;

  @ApiProperty()
  nameEn: string;
}

export class OdaCodeListsView {
  @ApiProperty({ type: [OdaSectorView] })
  sectors: OdaSectorView[];

  @ApiProperty({ type: [OdaSectorCategoryView], description: 'The categories the sectors are grouped in.' })
  sectorCategories: OdaSectorCategoryView[];

  @ApiProperty({ enum: POLICY_MARKERS, isArray: true })
  markers: string[];

  @ApiProperty({ enum: ODA_CHANNELS, isArray: true })
  channels: string[];

  @ApiProperty({ description: 'The version (date) of each shipped list.' })
  sectorsVersion: string;

  @ApiProperty()
  recipientsVersion: string;
}

export class OdaDeclarationExportQueryDto {
  @ApiProperty({ enum: SPREADSHEET_FORMATS })
  @IsIn(SPREADSHEET_FORMATS)
  format: string;

  @ApiProperty({
    enum: INTERFACE_LANGUAGES,
    required: false,
    description: 'The account’s language when left out.',
  })
  @IsOptional()
  @IsIn(INTERFACE_LANGUAGES)
  language?: string;
}
