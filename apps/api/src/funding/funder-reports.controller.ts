import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FunderReportKind, FunderReportLayout } from '@passerelle/domain';
import type { FastifyReply } from 'fastify';
import { documentLanguageOf, type Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import { attachmentDisposition } from '../common/spreadsheet/spreadsheet-file';
import { FunderReportQueryDto, type FunderReportFormat } from './dto/funder-report.dto';
import { FunderReportDocuments } from './funder-report-documents';

@ApiTags('funding · applications')
@Controller('partnerships/:partnershipId/funding-applications/:applicationId/report')
export class FunderReportsController {
  constructor(private readonly documents: FunderReportDocuments) {}

  @Get()
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'getFunderReport',
    summary: 'An interim or final report on a granted application, as PDF or XLSX, in the reader’s language',
  })
  @ApiProduces('application/pdf', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async report(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('applicationId') applicationId: string,
    @Query() query: FunderReportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const file = await this.documents.render(actor, {
      partnershipId,
      applicationId,
      kind: query.kind as FunderReportKind,
      format: query.format as FunderReportFormat,
      language: documentLanguageOf(actor, query.language),
      layout: (query.layout ?? 'generic') as FunderReportLayout,
    });
    void reply.headers({
      'content-type': file.contentType,
      'content-disposition': attachmentDisposition(file.fileName),
      'cache-control': 'private, no-store',
    });
    return new StreamableFile(file.body);
  }
}
