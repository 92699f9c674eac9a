import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Query, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiQuery,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor } from '../auth/actor';
import { CurrentActor, Public, RequireCapability } from '../auth/auth.decorators';
import { ProblemException } from '../common/problem/problem';
import {
  CreatedShareLinkView,
  CreateShareLinkDto,
  PRESENTATION_LANGUAGES,
  PresentationView,
  SharedPresentationView,
  ShareLinkListView,
  UpdatePresentationDto,
  type PresentationLanguage,
} from './dto/presentation.dto';
import { PresentationService } from './presentation.service';
import { UpdatePresentation } from './use-cases/update-presentation.use-case';

const PDF_SCHEMA = { schema: { type: 'string', format: 'binary' } } as const;

@ApiTags('step 3 · presentation')
@Controller('partnerships/:partnershipId/presentation')
export class PresentationController {
  constructor(
    private readonly presentation: PresentationService,
    private readonly updatePresentation: UpdatePresentation,
  ) {}

  @Get()
  @RequireCapability('partnership.internal.read')
  @ApiOperation({
    operationId: 'getPresentation',
    summary: 'Your authority’s presentation, with a draft from step 1',
  })
  @ApiOkResponse({ type: PresentationView })
  view(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
  ): Promise<PresentationView> {
    return this.presentation.view(actor, partnershipId);
  }

  @Put()
  @RequireCapability('commitment.write')
  @ApiOperation({
    operationId: 'updatePresentation',
    summary: 'Write the presentation (French main text or English translation)',
  })
  @ApiOkResponse({ type: PresentationView })
  update(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: UpdatePresentationDto,
  ): Promise<PresentationView> {
    return this.updatePresentation.execute(actor, partnershipId, body);
  }

  @Get('pdf')
  @RequireCapability('partnership.internal.read')
  @ApiOperation({ operationId: 'downloadPresentationPdf', summary: 'The presentation as a PDF' })
  @ApiQuery({ name: 'language', enum: PRESENTATION_LANGUAGES, required: false })
  @ApiProduces('application/pdf')
  @ApiOkResponse(PDF_SCHEMA)
  async pdf(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Query('language') language: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const pdf = await this.presentation.pdf(actor, partnershipId, readLanguage(language));
    sendPdf(reply, `presentation-${readLanguage(language)}.pdf`);
    return pdf;
  }

  @Post('share-links')
  @RequireCapability('commitment.write')
  @ApiOperation({
    operationId: 'createPresentationShareLink',
    summary: 'A read-only link for a candidate, expiring',
  })
  @ApiCreatedResponse({ type: CreatedShareLinkView })
  createLink(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: CreateShareLinkDto,
  ): Promise<CreatedShareLinkView> {
    return this.presentation.createShareLink(actor, partnershipId, body);
  }

  @Get('share-links')
  @RequireCapability('partnership.internal.read')
  @ApiOperation({ operationId: 'listPresentationShareLinks', summary: 'Links sent for your presentation' })
  @ApiOkResponse({ type: ShareLinkListView })
  listLinks(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
  ): Promise<ShareLinkListView> {
    return this.presentation.listShareLinks(actor, partnershipId);
  }

  @Delete('share-links/:linkId')
  @HttpCode(204)
  @RequireCapability('commitment.write')
  @ApiOperation({
    operationId: 'revokePresentationShareLink',
    summary: 'Withdraw a link: it stops working at once',
  })
  @ApiNoContentResponse()
  revokeLink(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('linkId') linkId: string,
  ): Promise<void> {
    return this.presentation.revokeShareLink(actor, partnershipId, linkId);
  }
}

@ApiTags('step 3 · presentation')
@Public()
@Controller('shared-presentations/:token')
export class SharedPresentationController {
  constructor(private readonly presentation: PresentationService) {}

  @Get()
  @ApiOperation({
    operationId: 'getSharedPresentation',
    summary: 'A presentation shared by link (no account needed)',
  })
  @ApiOkResponse({ type: SharedPresentationView })
  view(@Param('token') token: string): Promise<SharedPresentationView> {
    return this.presentation.shared(token);
  }

  @Get('pdf')
  @ApiOperation({ operationId: 'downloadSharedPresentationPdf', summary: 'The shared presentation as a PDF' })
  @ApiProduces('application/pdf')
  @ApiOkResponse(PDF_SCHEMA)
  async pdf(@Param('token') token: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const pdf = await this.presentation.sharedPdf(token);
    sendPdf(reply, 'presentation.pdf');
    return pdf;
  }
}

function readLanguage(language: string | undefined): PresentationLanguage {
  if (language === undefined) return 'fr';
  if ((PRESENTATION_LANGUAGES as readonly string[]).includes(language))
    return language as PresentationLanguage;
  throw new ProblemException('REQUEST.VALIDATION_FAILED', 'language must be fr or en.', {
    errors: [{ field: 'language', rule: 'isIn', message: 'language must be one of: fr, en' }],
  });
}

function sendPdf(reply: FastifyReply, filename: string): void {
  void reply
    .header('content-type', 'application/pdf')
    .header('content-disposition', `attachment; filename="${filename}"`);
}
