import { Controller, Get, Header, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import { attachmentDisposition } from '../common/spreadsheet/spreadsheet-file';
import type { SpreadsheetFormat } from '../common/spreadsheet/spreadsheet-table';
import { PortfolioExportQueryDto, PortfolioQueryDto, PortfolioView } from './dto/portfolio.dto';
import { PortfolioService } from './portfolio.service';

@ApiTags('portfolio')
@Controller('portfolio')
export class PortfolioController {
  constructor(private readonly portfolio: PortfolioService) {}

  @Get()
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'getPortfolio',
    summary: 'Every partnership of your authority: step, health, next visit and exchanges, convention',
  })
  @ApiOkResponse({ type: PortfolioView })
  // Sent as the JSON the service assembles from the stored rows' bytes, never parsed and serialised again.
  @Header('content-type', 'application/json; charset=utf-8')
  view(@CurrentActor() actor: Actor, @Query() query: PortfolioQueryDto): Promise<Buffer> {
    return this.portfolio.viewJson(actor, query);
  }

  @Get('csv')
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'exportPortfolioCsv',
    summary:
      'The portfolio table (same filters) as CSV in the reader’s language (`;` and decimal comma in French)',
  })
  @ApiProduces('text/csv')
  @ApiOkResponse({ schema: { type: 'string' } })
  csv(
    @CurrentActor() actor: Actor,
    @Query() query: PortfolioExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return this.download(actor, query, 'csv', reply);
  }

  @Get('xlsx')
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'exportPortfolioXlsx',
    summary: 'The portfolio table (same filters) as an Excel workbook in the reader’s language',
  })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  xlsx(
    @CurrentActor() actor: Actor,
    @Query() query: PortfolioExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    return this.download(actor, query, 'xlsx', reply);
  }

  private async download(
    actor: Actor,
    query: PortfolioExportQueryDto,
    format: SpreadsheetFormat,
    reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.portfolio.export(actor, query, format);
    reply
      .header('Content-Type', file.contentType)
      .header('Content-Disposition', attachmentDisposition(file.fileName))
      .header('Cache-Control', 'private, no-store');
    return file.body;
  }
}
