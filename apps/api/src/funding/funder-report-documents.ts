import { Injectable } from '@nestjs/common';
import type { FunderReportKind, FunderReportLayout, InterfaceLanguage } from '@passerelle/domain';
import type { Actor } from '../auth/actor';
import { spreadsheetWorkbookFile, type SpreadsheetFile } from '../common/spreadsheet/spreadsheet-file';
import type { FunderReportFormat } from './dto/funder-report.dto';
import { renderFunderReportPdf } from './funder-report-pdf';
import { FunderReportService } from './funder-report.service';
import { funderReportTables } from './funder-report-tables';
import { FUNDER_REPORT_WORDS } from './funder-report-words';

export interface FunderReportRequest {
  partnershipId: string;
  applicationId: string;
  kind: FunderReportKind;
  format: FunderReportFormat;
  language: InterfaceLanguage;
  layout: FunderReportLayout;
}

/** A funder report as the file asked for: a PDF, or an XLSX workbook of the same figures. */
@Injectable()
export class FunderReportDocuments {
  constructor(private readonly reports: FunderReportService) {}

  async render(actor: Actor, request: FunderReportRequest): Promise<SpreadsheetFile> {
    const content = await this.reports.read(
      actor,
      request.partnershipId,
      request.applicationId,
      request.kind,
    );
    const baseName = `${FUNDER_REPORT_WORDS[request.language].fileName[request.kind]}-${content.report.period.endsOn}`;
    if (request.format === 'xlsx')
      return spreadsheetWorkbookFile(
        funderReportTables(content, request.layout, request.language),
        request.language,
        baseName,
      );
    return {
      body: await renderFunderReportPdf({ content, layout: request.layout, language: request.language }),
      contentType: 'application/pdf',
      fileName: `${baseName}.pdf`,
    };
  }
}
