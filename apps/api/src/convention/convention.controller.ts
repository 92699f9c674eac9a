import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import { VersionedDto } from '../commitment/dto/commitment.dto';
import { SuspendDto, TerminateDto } from '../partnership-status/dto/partnership-status.dto';
import { ConventionService } from './convention.service';
import { ApproveConvention } from './use-cases/approve-convention.use-case';
import { BringConventionIntoForce } from './use-cases/bring-convention-into-force.use-case';
import { DraftConvention } from './use-cases/draft-convention.use-case';
import { ExpireConvention } from './use-cases/expire-convention.use-case';
import { ObjectToTacitRenewal } from './use-cases/object-to-tacit-renewal.use-case';
import { OpenConventionNegotiation } from './use-cases/open-convention-negotiation.use-case';
import { RenewConvention } from './use-cases/renew-convention.use-case';
import { ResumeConvention } from './use-cases/resume-convention.use-case';
import { ReviseConvention } from './use-cases/revise-convention.use-case';
import { SignConvention } from './use-cases/sign-convention.use-case';
import { SuspendConvention } from './use-cases/suspend-convention.use-case';
import { TerminateConvention } from './use-cases/terminate-convention.use-case';
import {
  ApproveConventionDto,
  BringConventionIntoForceDto,
  ConventionDiffQueryDto,
  ConventionDiffView,
  ConventionStepView,
  ConventionTextDto,
  ObjectToRenewalDto,
  RenewConventionDto,
  SignConventionDto,
} from './dto/convention.dto';

@ApiTags('step 5 · convention')
@Controller('partnerships/:partnershipId/convention')
export class ConventionController {
  constructor(
    private readonly convention: ConventionService,
    private readonly draftIt: DraftConvention,
    private readonly reviseIt: ReviseConvention,
    private readonly openNegotiationOf: OpenConventionNegotiation,
    private readonly approveIt: ApproveConvention,
    private readonly signIt: SignConvention,
    private readonly bringIntoForceOf: BringConventionIntoForce,
    private readonly objectToRenewalOf: ObjectToTacitRenewal,
    private readonly renewIt: RenewConvention,
    private readonly expireIt: ExpireConvention,
    private readonly suspendIt: SuspendConvention,
    private readonly resumeIt: ResumeConvention,
    private readonly terminateIt: TerminateConvention,
  ) {}

  @Get()
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'getConvention',
    summary:
      'The convention with its versions, approvals, signature and terms; earlier ones; what can be done next',
  })
  @ApiOkResponse({ type: ConventionStepView })
  view(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
  ): Promise<ConventionStepView> {
    return this.convention.view(actor, partnershipId);
  }

  @Get('diff')
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'diffConventionVersions',
    summary: 'What changed between two versions, field by field, as line diffs',
  })
  @ApiOkResponse({ type: ConventionDiffView })
  diff(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Query() query: ConventionDiffQueryDto,
  ): Promise<ConventionDiffView> {
    return this.convention.diff(actor, partnershipId, query);
  }

  @Post()
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'draftConvention',
    summary: 'Draft a (new) convention: text, clauses and terms, as version 1',
  })
  @ApiCreatedResponse({ type: ConventionStepView })
  draft(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: ConventionTextDto,
  ): Promise<ConventionStepView> {
    return this.draftIt.execute(actor, partnershipId, body);
  }

  @Put()
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'reviseConvention',
    summary: 'Revise the convention: a new version; an approved convention goes back to negotiation',
  })
  @ApiOkResponse({ type: ConventionStepView })
  revise(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: ConventionTextDto,
  ): Promise<ConventionStepView> {
    return this.reviseIt.execute(actor, partnershipId, body);
  }

  @Post('negotiation')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'openConventionNegotiation',
    summary: 'Open the negotiation of the draft',
  })
  @ApiOkResponse({ type: ConventionStepView })
  openNegotiation(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: VersionedDto,
  ): Promise<ConventionStepView> {
    return this.openNegotiationOf.execute(actor, partnershipId, body.version);
  }

  @Post('approvals')
  @RequireCapability('convention.approve')
  @ApiOperation({
    operationId: 'approveConvention',
    summary: 'Record your council’s approval of the current version (optionally with the decision file)',
  })
  @ApiCreatedResponse({ type: ConventionStepView })
  approve(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: ApproveConventionDto,
  ): Promise<ConventionStepView> {
    return this.approveIt.execute(actor, partnershipId, body);
  }

  @Post('signature')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'signConvention',
    summary: 'Record the signature of the version every party approved (optionally with the signed PDF)',
  })
  @ApiOkResponse({ type: ConventionStepView })
  sign(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: SignConventionDto,
  ): Promise<ConventionStepView> {
    return this.signIt.execute(actor, partnershipId, body);
  }

  @Post('entry-into-force')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'bringConventionIntoForce',
    summary: 'Bring the signed convention into force; its expiry date follows from its duration',
  })
  @ApiOkResponse({ type: ConventionStepView })
  bringIntoForce(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: BringConventionIntoForceDto,
  ): Promise<ConventionStepView> {
    return this.bringIntoForceOf.execute(actor, partnershipId, body);
  }

  @Post('renewal-objection')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'objectToConventionRenewal',
    summary: 'Your party objects to the tacit renewal, before the deadline',
  })
  @ApiOkResponse({ type: ConventionStepView })
  objectToRenewal(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: ObjectToRenewalDto,
  ): Promise<ConventionStepView> {
    return this.objectToRenewalOf.execute(actor, partnershipId, body);
  }

  @Post('renewal')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'renewConvention',
    summary: 'Renew the convention, tacitly on its expiry date or explicitly by decision',
  })
  @ApiOkResponse({ type: ConventionStepView })
  renew(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: RenewConventionDto,
  ): Promise<ConventionStepView> {
    return this.renewIt.execute(actor, partnershipId, body);
  }

  @Post('expiry')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'expireConvention',
    summary: 'Record that the convention expired (refused while a tacit renewal applies)',
  })
  @ApiOkResponse({ type: ConventionStepView })
  expire(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: VersionedDto,
  ): Promise<ConventionStepView> {
    return this.expireIt.execute(actor, partnershipId, body.version);
  }

  @Post('suspension')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'suspendConvention',
    summary: 'Suspend the convention with a reason; the other parties are told by mail',
  })
  @ApiOkResponse({ type: ConventionStepView })
  suspend(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: SuspendDto,
  ): Promise<ConventionStepView> {
    return this.suspendIt.execute(actor, partnershipId, body);
  }

  @Post('resumption')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'resumeConvention',
    summary: 'Resume a suspended convention',
  })
  @ApiOkResponse({ type: ConventionStepView })
  resume(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: VersionedDto,
  ): Promise<ConventionStepView> {
    return this.resumeIt.execute(actor, partnershipId, body.version);
  }

  @Post('termination')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'terminateConvention',
    summary:
      'End the convention in order (reason, notice, fate of each ongoing action), or abandon a draft; the other parties are told by mail',
  })
  @ApiOkResponse({ type: ConventionStepView })
  terminate(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: TerminateDto,
  ): Promise<ConventionStepView> {
    return this.terminateIt.execute(actor, partnershipId, body);
  }
}
