import { ApiProperty } from '@nestjs/swagger';
import { IATI_ISSUES } from '@passerelle/domain';

export class IatiIssueView {
  @ApiProperty({ enum: IATI_ISSUES })
  code: string;

  @ApiProperty({ description: 'Whether the action is left out of the file until it is fixed.' })
  blocking: boolean;

  @ApiProperty({ type: String, nullable: true, format: 'uuid' })
  partnershipId: string | null;

  @ApiProperty({ type: String, nullable: true })
  partnershipName: string | null;

  @ApiProperty({ type: String, nullable: true })
  actionId: string | null;

  @ApiProperty({ type: String, nullable: true })
  actionTitle: string | null;

  @ApiProperty({ type: String, nullable: true })
  lineId: string | null;
}

export class IatiActivityView {
  @ApiProperty({
    description: 'The iati-identifier: the organisation’s identifier, a hyphen, the action’s id.',
  })
  identifier: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  budgets: number;

  @ApiProperty()
  transactions: number;

  @ApiProperty()
  indicators: number;
}

export class IatiFileView {
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'The organisation’s IATI identifier; null: none yet.',
  })
  organisationIdentifier: string | null;

  @ApiProperty({ description: 'The IATI Standard version the file follows.' })
  standardVersion: string;

  @ApiProperty({ description: 'The version (date) of the shipped IATI code lists.' })
  codeListsVersion: string;

  @ApiProperty({ description: 'The actions the authority funds from its own budget, published or not.' })
  actionCount: number;

  @ApiProperty({
    type: [IatiActivityView],
    description: 'The activities the file carries (none without identifier).',
  })
  activities: IatiActivityView[];

  @ApiProperty({ type: [IatiIssueView] })
  issues: IatiIssueView[];
}
