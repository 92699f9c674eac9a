import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import { VersionedDto } from '../commitment/dto/commitment.dto';
import { PartnershipStatusView, SuspendDto, TerminateDto } from './dto/partnership-status.dto';
import {
  DecideRuptureDto,
  ProposeRuptureDto,
  RespondToRuptureDto,
  WithdrawRuptureDto,
} from './dto/rupture.dto';
import { PartnershipStatusService } from './partnership-status.service';
import { DecideRupture } from './use-cases/decide-rupture.use-case';
import { ProposeRupture } from './use-cases/propose-rupture.use-case';
import { RespondToRupture } from './use-cases/respond-to-rupture.use-case';
import { WithdrawRupture } from './use-cases/withdraw-rupture.use-case';
import { ResumePartnership } from './use-cases/resume-partnership.use-case';
import { SuspendPartnership } from './use-cases/suspend-partnership.use-case';
import { TerminatePartnership } from './use-cases/terminate-partnership.use-case';

@ApiTags('partnership status')
@Controller('partnerships/:partnershipId')
export class PartnershipStatusController {
  constructor(
    private readonly status: PartnershipStatusService,
    private readonly suspendIt: SuspendPartnership,
    private readonly resumeIt: ResumePartnership,
    private readonly terminateIt: TerminatePartnership,
    private readonly proposeIt: ProposeRupture,
    private readonly respondIt: RespondToRupture,
    private readonly withdrawIt: WithdrawRupture,
    private readonly decideIt: DecideRupture,
  ) {}

  @Get('status')
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'getPartnershipStatus',
    summary: 'Active, suspended or terminated, and what ending the relation would require',
  })
  @ApiOkResponse({ type: PartnershipStatusView })
  view(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
  ): Promise<PartnershipStatusView> {
    return this.status.view(actor, partnershipId);
  }

  @Post('suspension')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'suspendPartnership',
    summary: 'Suspend the partnership with a reason; the other parties are told by mail',
  })
  @ApiOkResponse({ type: PartnershipStatusView })
  suspend(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: SuspendDto,
  ): Promise<PartnershipStatusView> {
    return this.suspendIt.execute(actor, partnershipId, body);
  }

  @Post('resumption')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({ operationId: 'resumePartnership', summary: 'Resume a suspended partnership' })
  @ApiOkResponse({ type: PartnershipStatusView })
  resume(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: VersionedDto,
  ): Promise<PartnershipStatusView> {
    return this.resumeIt.execute(actor, partnershipId, body.version);
  }

  @Post('termination')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'terminatePartnership',
    summary:
      'Abandon, at once, a partnership no convention binds (reason, fate of each ongoing action); never a deletion. Otherwise the orderly rupture. The other parties are told by mail',
  })
  @ApiOkResponse({ type: PartnershipStatusView })
  terminate(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: TerminateDto,
  ): Promise<PartnershipStatusView> {
    return this.terminateIt.execute(actor, partnershipId, body);
  }

  @Post('rupture')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'proposeRupture',
    summary: 'Propose to end the partnership: the negotiation opens and the other parties are told by mail',
  })
  @ApiOkResponse({ type: PartnershipStatusView })
  proposeRupture(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: ProposeRuptureDto,
  ): Promise<PartnershipStatusView> {
    return this.proposeIt.execute(actor, partnershipId, body);
  }

  @Post('rupture/responses')
  @HttpCode(200)
  @RequireCapability('rupture.respond')
  @ApiOperation({
    operationId: 'respondToRupture',
    summary: "Record the actor's party's answer to a proposed or decided rupture (the partner heard)",
  })
  @ApiOkResponse({ type: PartnershipStatusView })
  respondToRupture(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: RespondToRuptureDto,
  ): Promise<PartnershipStatusView> {
    return this.respondIt.execute(actor, partnershipId, body);
  }

  @Post('rupture/withdrawal')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'withdrawRupture',
    summary: 'Withdraw a rupture under negotiation: the partnership goes on',
  })
  @ApiOkResponse({ type: PartnershipStatusView })
  withdrawRupture(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: WithdrawRuptureDto,
  ): Promise<PartnershipStatusView> {
    return this.withdrawIt.execute(actor, partnershipId, body);
  }

  @Post('rupture/decision')
  @HttpCode(200)
  @RequireCapability('rupture.decide')
  @ApiOperation({
    operationId: 'decideRupture',
    summary:
      "Record the elected body's deliberation ending the partnership: notice starts, the partnership runs until it ends",
  })
  @ApiOkResponse({ type: PartnershipStatusView })
  decideRupture(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: DecideRuptureDto,
  ): Promise<PartnershipStatusView> {
    return this.decideIt.execute(actor, partnershipId, body);
  }
}
