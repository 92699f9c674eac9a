import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import { VersionedDto } from '../commitment/dto/commitment.dto';
import { PartnershipStatusView, SuspendDto, TerminateDto } from './dto/partnership-status.dto';
import { PartnershipStatusService } from './partnership-status.service';
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
      'End the partnership in order (reason, notice, fate of each ongoing action); never a deletion. The other parties are told by mail',
  })
  @ApiOkResponse({ type: PartnershipStatusView })
  terminate(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: TerminateDto,
  ): Promise<PartnershipStatusView> {
    return this.terminateIt.execute(actor, partnershipId, body);
  }
}
