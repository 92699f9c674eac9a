import { Controller, Get, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import { attachmentDisposition } from '../common/spreadsheet/spreadsheet-file';
import { IatiFileView } from './dto/iati.dto';
import { IatiService } from './iati.service';

@ApiTags('official development assistance')
@Controller('iati')
export class IatiController {
  constructor(private readonly iati: IatiService) {}

  @Get('activity-file')
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'getIatiActivityFile',
    summary: 'What your authority’s IATI activity file carries, and what keeps actions out of it',
  })
  @ApiOkResponse({ type: IatiFileView })
  view(@CurrentActor() actor: Actor): Promise<IatiFileView> {
    return this.iati.view(actor);
  }

  @Get('activity-file/xml')
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'downloadIatiActivityFile',
    summary:
      'Your authority’s IATI 2.03 activity file (XML); 409 without IATI identifier or publishable action',
  })
  @ApiProduces('application/xml')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async xml(@CurrentActor() actor: Actor, @Res({ passthrough: true }) reply: FastifyReply): Promise<string> {
    const file = await this.iati.xml(actor);
    void reply.headers({
      'content-type': 'application/xml; charset=utf-8',
      'content-disposition': attachmentDisposition(file.fileName),
      'cache-control': 'private, no-store',
    });
    return file.body;
  }
}
