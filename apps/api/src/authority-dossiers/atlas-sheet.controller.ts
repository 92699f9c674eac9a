import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import { attachmentDisposition } from '../common/spreadsheet/spreadsheet-file';
import type { SpreadsheetFormat } from '../common/spreadsheet/spreadsheet-table';
import { AtlasSheetService } from './atlas-sheet.service';
import { AtlasSheetExportQueryDto, AtlasSheetView } from './dto/atlas-sheet.dto';

@ApiTags('official outputs')
@Controller('atlas-sheet')
export class AtlasSheetController {
  constructor(private readonly atlas: AtlasSheetService) {}

  @Get()
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'getAtlasSheet',
    summary: 'Your authority’s entry in the national atlas of decentralised cooperation',
  })
  @ApiOkResponse({ type: AtlasSheetView })
  view(@CurrentActor() actor: Actor): Promise<AtlasSheetView> {
    return this.atlas.view(actor);
  }

  @Get('export')
  @RequireCapability('partnership.read')
  @ApiOperation({ operationId: 'exportAtlasSheet', summary: 'The atlas sheet as XLSX (both parts) or CSV' })
  @ApiProduces('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'text/csv')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async export(
    @CurrentActor() actor: Actor,
    @Query() query: AtlasSheetExportQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const part = query.part === 'contacts' ? 'contacts' : 'projects';
    const file = await this.atlas.export(actor, query.format as SpreadsheetFormat, part, query.language);
    void reply.headers({
      'content-type': file.contentType,
      'content-disposition': attachmentDisposition(file.fileName),
      'cache-control': 'private, no-store',
    });
    return new StreamableFile(file.body);
  }
}
