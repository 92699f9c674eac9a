import { Controller, Get, Param, ParseIntPipe, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import { attachmentDisposition } from '../common/spreadsheet/spreadsheet-file';
import type { SpreadsheetFormat } from '../common/spreadsheet/spreadsheet-table';
import {
  OdaCodeListsView,
  OdaDeclarationExportQueryDto,
  OdaDeclarationView,
} from './dto/oda-declaration.dto';
import { OdaDeclarationService } from './oda-declaration.service';

@ApiTags('official development assistance')
@Controller('oda')
export class OdaDeclarationController {
  constructor(private readonly oda: OdaDeclarationService) {}

  @Get('code-lists')
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'getOdaCodeLists',
    summary: 'The DAC purpose codes (French and English), policy markers and channels the forms offer',
  })
  @ApiOkResponse({ type: OdaCodeListsView })
  codeLists(): OdaCodeListsView {
    return this.oda.codeListsView();
  }

  @Get('declarations/:year')
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'getOdaDeclaration',
    summary: 'Your authority’s ODA of a calendar year by country, channel and sector, and what is missing',
  })
  @ApiOkResponse({ type: OdaDeclarationView })
  view(@CurrentActor() actor: Actor, @Param('year', ParseIntPipe) year: number): Promise<OdaDeclarationView> {
    return this.oda.view(actor, year);
  }

  @Get('declarations/:year/export')
  @RequireCapability('partnership.read')
  @ApiOperation({ operationId: 'exportOdaDeclaration', summary: 'The declaration as XLSX or CSV' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async export(
    @CurrentActor() actor: Actor,
    @Param('year', ParseIntPipe) year: number,
    @Query() query: OdaDeclarationExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const file = await this.oda.export(actor, year, query.format as SpreadsheetFormat, query.language);
    void reply.headers({
      'content-type': file.contentType,
      'content-disposition': attachmentDisposition(file.fileName),
      'cache-control': 'private, no-store',
    });
    return new StreamableFile(file.body);
  }
}
