import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { POLICY_MARKERS, ODA_CHANNELS, buildOdaDeclaration, type OdaDeclaration } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { documentLanguageOf, type Actor } from '../auth/actor';
import { spreadsheetFile, type SpreadsheetFile } from '../common/spreadsheet/spreadsheet-file';
import { type SpreadsheetFormat } from '../common/spreadsheet/spreadsheet-table';
import { OdaCodeLists } from '../oda-code-lists/oda-code-lists';
import type { OdaCodeListsView, OdaDeclarationView } from './dto/oda-declaration.dto';
import { odaDeclarationFileName, odaDeclarationTable } from './oda-declaration-table';
import { OdaDeclarationRepository } from './oda-declaration.repository';

const euros = (cents: number) => cents / 100;

/** The annual declaration of the actor's authority's official development assistance, and its exports. */
@Injectable()
export class OdaDeclarationService {
  constructor(
    private readonly repository: OdaDeclarationRepository,
    private readonly codeLists: OdaCodeLists,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  codeListsView(): OdaCodeListsView {
    return {
      sectors: this.codeLists.sectors.map((sector) => ({
        code: sector.code,
        category: sector.category,
        nameFr: sector.name.fr,
        nameEn: sector.name.en,
      })),
      sectorCategories: this.codeLists.sectorCategories.map((category) => ({
        code: category.code,
        nameFr: category.name.fr,
        nameEn: category.name.en,
      })),
      markers: [...POLICY_MARKERS],
      channels: [...ODA_CHANNELS],
      sectorsVersion: this.codeLists.versions.sectors,
      recipientsVersion: this.codeLists.versions.recipients,
    };
  }

  async declaration(actor: Actor, year: number): Promise<OdaDeclaration> {
    return buildOdaDeclaration({
      year,
      declarant: actor.organisationId,
      actions: await this.repository.actionsFundedBy(actor.organisationId),
      eligibleCountries: this.codeLists.odaRecipients(year),
    });
  }

  async view(actor: Actor, year: number): Promise<OdaDeclarationView> {
    const declaration = await this.declaration(actor, year);
    const subtotal = (item: { key: string | null; amountCents: number }) => ({
      key: item.key,
      amount: euros(item.amountCents),
    });
    const [organisation] = (await this.dataSource.query(
      `SELECT iati_identifier AS "iatiIdentifier" FROM organisation WHERE id = $1`,
      [actor.organisationId],
    )) as Array<{ iatiIdentifier: string | null }>;
    return {
      year,
      total: euros(declaration.totalCents),
      rows: declaration.rows.map(({ amountCents, ...row }) => ({
        ...row,
        amount: euros(amountCents),
        markers: { ...row.markers },
      })),
      byCountry: declaration.byCountry.map(subtotal),
      byChannel: declaration.byChannel.map(subtotal),
      bySector: declaration.bySector.map(subtotal),
      issues: declaration.issues.map((issue) => ({ ...issue })),
      iatiIdentifier: organisation?.iatiIdentifier ?? null,
    };
  }

  async export(
    actor: Actor,
    year: number,
    format: SpreadsheetFormat,
    language: string | undefined,
  ): Promise<SpreadsheetFile> {
    const declaration = await this.declaration(actor, year);
    const lang = documentLanguageOf(actor, language);
    const table = odaDeclarationTable(declaration, lang, (code) => this.codeLists.sectorName(code, lang));
    return spreadsheetFile(table, format, lang, odaDeclarationFileName(year, lang));
  }
}
