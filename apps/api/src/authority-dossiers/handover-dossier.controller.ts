import type { InterfaceLanguage } from '@passerelle/domain';
import { Controller, Get, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { documentLanguageOf, type Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import { attachmentDisposition } from '../common/spreadsheet/spreadsheet-file';
import { HandoverDossierPdfQueryDto, HandoverDossierView } from './dto/handover-dossier.dto';
import { HandoverDossierService } from './handover-dossier.service';

/**
 * The PDF's name in the reader's language, ASCII only so that every browser and mail client keeps it; in Latin
 * letters for Arabic, since some mail gateways and file systems mangle Arabic names.
 */
const FILE_NAMES: Record<InterfaceLanguage, string> = {
  fr: 'dossier-de-passation.pdf',
  en: 'handover-dossier.pdf',
  de: 'uebergabedossier.pdf',
  es: 'dossier-de-traspaso.pdf',
  pt: 'dossie-de-passagem-de-pasta.pdf',
  ar: 'handover-dossier.pdf',
};

@ApiTags('official outputs')
@Controller('handover-dossier')
export class HandoverDossierController {
  constructor(private readonly dossier: HandoverDossierService) {}

  @Get()
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'getHandoverDossier',
    summary: 'What a new team must know about each of your authority’s partnerships',
  })
  @ApiOkResponse({ type: HandoverDossierView })
  view(@CurrentActor() actor: Actor): Promise<HandoverDossierView> {
    return this.dossier.view(actor);
  }

  @Get('pdf')
  @RequireCapability('partnership.read')
  @ApiOperation({ operationId: 'getHandoverDossierPdf', summary: 'The handover dossier as a PDF' })
  @ApiProduces('application/pdf')
  @ApiOkResponse({ schema: { type: 'string', format: 'binary' } })
  async pdf(
    @CurrentActor() actor: Actor,
    @Query() query: HandoverDossierPdfQueryDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const language = documentLanguageOf(actor, query.language);
    const body = await this.dossier.pdf(actor, language);
    void reply.headers({
      'content-type': 'application/pdf',
      'content-disposition': attachmentDisposition(FILE_NAMES[language]),
      'cache-control': 'private, no-store',
    });
    return new StreamableFile(body);
  }
}
