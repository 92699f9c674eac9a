import { Body, Controller, Get, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import {
  ApproveOrangeZoneVisitDto,
  CancelVisitDto,
  CompleteFollowUpDto,
  PlanVisitDto,
  RecordVisitReportDto,
  ReplanVisitDto,
  VisitsView,
} from './dto/visit.dto';
import { VisitsService } from './visits.service';
import { ApproveOrangeZoneVisit } from './use-cases/approve-orange-zone-visit.use-case';
import { CancelVisit } from './use-cases/cancel-visit.use-case';
import { CompleteVisitFollowUp } from './use-cases/complete-visit-follow-up.use-case';
import { PlanVisit } from './use-cases/plan-visit.use-case';
import { RecordVisitReport } from './use-cases/record-visit-report.use-case';
import { ReplanVisit } from './use-cases/replan-visit.use-case';

@ApiTags('step 4 · visits')
@Controller('partnerships/:partnershipId/visits')
export class VisitsController {
  constructor(
    private readonly visits: VisitsService,
    private readonly planVisit: PlanVisit,
    private readonly replanVisit: ReplanVisit,
    private readonly approveOrangeZoneOf: ApproveOrangeZoneVisit,
    private readonly recordReport: RecordVisitReport,
    private readonly completeFollowUpOf: CompleteVisitFollowUp,
    private readonly cancelVisit: CancelVisit,
  ) {}

  @Get()
  @RequireCapability('partnership.read')
  @ApiOperation({ operationId: 'listVisits', summary: 'Delegation visits in both directions, with warnings' })
  @ApiOkResponse({ type: VisitsView })
  list(@CurrentActor() actor: Actor, @Param('partnershipId') partnershipId: string): Promise<VisitsView> {
    return this.visits.view(actor, partnershipId);
  }

  @Post()
  @RequireCapability('partnership.run')
  @ApiOperation({ operationId: 'planVisit', summary: 'Plan (or record) a delegation visit' })
  @ApiCreatedResponse({ type: VisitsView })
  plan(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: PlanVisitDto,
  ): Promise<VisitsView> {
    return this.planVisit.execute(actor, partnershipId, body);
  }

  @Put(':visitId')
  @RequireCapability('partnership.run')
  @ApiOperation({ operationId: 'replanVisit', summary: 'Move or reshape a visit that has not started' })
  @ApiOkResponse({ type: VisitsView })
  replan(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('visitId') visitId: string,
    @Body() body: ReplanVisitDto,
  ): Promise<VisitsView> {
    return this.replanVisit.execute(actor, { partnershipId, visitId }, body);
  }

  @Post(':visitId/orange-zone-approval')
  @HttpCode(200)
  @RequireCapability('review.give')
  @ApiOperation({
    operationId: 'approveOrangeZoneVisit',
    summary: 'An elected official of the travelling side approves a visit to an orange zone, with its reason',
  })
  @ApiOkResponse({ type: VisitsView })
  approveOrangeZone(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('visitId') visitId: string,
    @Body() body: ApproveOrangeZoneVisitDto,
  ): Promise<VisitsView> {
    return this.approveOrangeZoneOf.execute(actor, { partnershipId, visitId }, body);
  }

  @Put(':visitId/report')
  @RequireCapability('partnership.internal.write')
  @ApiOperation({
    operationId: 'recordVisitReport',
    summary: 'Write (or rewrite) the report: outcomes, people met, follow-up tasks',
  })
  @ApiOkResponse({ type: VisitsView })
  report(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('visitId') visitId: string,
    @Body() body: RecordVisitReportDto,
  ): Promise<VisitsView> {
    return this.recordReport.execute(actor, { partnershipId, visitId }, body);
  }

  @Post(':visitId/follow-ups/:followUpId/done')
  @HttpCode(200)
  @RequireCapability('partnership.internal.write')
  @ApiOperation({ operationId: 'completeVisitFollowUp', summary: 'Mark a follow-up task done' })
  @ApiOkResponse({ type: VisitsView })
  completeFollowUp(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('visitId') visitId: string,
    @Param('followUpId') followUpId: string,
    @Body() body: CompleteFollowUpDto,
  ): Promise<VisitsView> {
    return this.completeFollowUpOf.execute(actor, { partnershipId, visitId, followUpId }, body);
  }

  @Post(':visitId/cancellation')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({ operationId: 'cancelVisit', summary: 'Cancel a visit that has not started, with a reason' })
  @ApiOkResponse({ type: VisitsView })
  cancel(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('visitId') visitId: string,
    @Body() body: CancelVisitDto,
  ): Promise<VisitsView> {
    return this.cancelVisit.execute(actor, { partnershipId, visitId }, body);
  }
}
