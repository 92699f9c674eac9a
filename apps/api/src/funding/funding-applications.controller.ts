import { Body, Controller, Get, Headers, HttpCode, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import {
  APPEND_DESCRIPTION,
  IDEMPOTENCY_KEY_DOC,
  IDEMPOTENCY_KEY_HEADER,
  idempotencyKeyOf,
} from '../common/idempotency/idempotency-key';
import {
  ActionFundingView,
  DatedStepDto,
  DecideFundingApplicationDto,
  DraftFundingApplicationDto,
  FunderReportView,
  FundingApplicationView,
  PaymentTrancheView,
  PlanReportDto,
  PlanTrancheDto,
  ReceiveTrancheDto,
  ReviseFundingApplicationDto,
} from './dto/funding.dto';
import { FundingReader, reportView, trancheView } from './funding-reader';
import { DecideFundingApplication } from './use-cases/decide-funding-application.use-case';
import { DraftFundingApplication } from './use-cases/draft-funding-application.use-case';
import { PlanFunderReport } from './use-cases/plan-funder-report.use-case';
import { PlanPaymentTranche } from './use-cases/plan-payment-tranche.use-case';
import { ReceivePaymentTranche } from './use-cases/receive-payment-tranche.use-case';
import { ReviseFundingApplication } from './use-cases/revise-funding-application.use-case';
import { SubmitFunderReport } from './use-cases/submit-funder-report.use-case';
import { SubmitFundingApplication } from './use-cases/submit-funding-application.use-case';
import { WithdrawFundingApplication } from './use-cases/withdraw-funding-application.use-case';

type ApplicationTarget = { partnershipId: string; applicationId: string };

@ApiTags('funding · applications')
@Controller('partnerships/:partnershipId')
export class FundingApplicationsController {
  constructor(
    private readonly reader: FundingReader,
    private readonly draftOf: DraftFundingApplication,
    private readonly reviseOf: ReviseFundingApplication,
    private readonly submitOf: SubmitFundingApplication,
    private readonly decideOf: DecideFundingApplication,
    private readonly withdrawOf: WithdrawFundingApplication,
    private readonly planTrancheOf: PlanPaymentTranche,
    private readonly receiveTrancheOf: ReceivePaymentTranche,
    private readonly planReportOf: PlanFunderReport,
    private readonly submitReportOf: SubmitFunderReport,
  ) {}

  @Get('actions/:actionId/funding')
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'getActionFunding',
    summary: 'An action’s applications, tranches, reports and checks, and its money as it happens',
  })
  @ApiOkResponse({ type: ActionFundingView })
  funding(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('actionId') actionId: string,
  ): Promise<ActionFundingView> {
    return this.reader.forAction(actor, partnershipId, actionId);
  }

  @Post('actions/:actionId/funding-applications')
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'draftFundingApplication',
    summary: 'Start an application of the action to a call',
  })
  @ApiCreatedResponse({ type: FundingApplicationView })
  async draft(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('actionId') actionId: string,
    @Body() body: DraftFundingApplicationDto,
  ): Promise<FundingApplicationView> {
    const stored = await this.draftOf.execute(actor, { partnershipId, actionId }, body);
    return this.reader.application(actor, partnershipId, stored.id);
  }

  @Put('funding-applications/:applicationId')
  @RequireCapability('partnership.run')
  @ApiOperation({ operationId: 'reviseFundingApplication', summary: 'Change a draft’s amounts' })
  @ApiOkResponse({ type: FundingApplicationView })
  async revise(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('applicationId') applicationId: string,
    @Body() body: ReviseFundingApplicationDto,
  ): Promise<FundingApplicationView> {
    return this.answer(actor, await this.reviseOf.execute(actor, { partnershipId, applicationId }, body));
  }

  @Post('funding-applications/:applicationId/submission')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({ operationId: 'submitFundingApplication', summary: 'Submit a draft while its call is open' })
  @ApiOkResponse({ type: FundingApplicationView })
  async submit(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('applicationId') applicationId: string,
    @Body() body: DatedStepDto,
  ): Promise<FundingApplicationView> {
    return this.answer(actor, await this.submitOf.execute(actor, { partnershipId, applicationId }, body));
  }

  @Post('funding-applications/:applicationId/decision')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({ operationId: 'decideFundingApplication', summary: 'Record the funder’s decision' })
  @ApiOkResponse({ type: FundingApplicationView })
  async decide(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('applicationId') applicationId: string,
    @Body() body: DecideFundingApplicationDto,
  ): Promise<FundingApplicationView> {
    return this.answer(actor, await this.decideOf.execute(actor, { partnershipId, applicationId }, body));
  }

  @Post('funding-applications/:applicationId/withdrawal')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'withdrawFundingApplication',
    summary: 'Withdraw an application or give up a grant',
  })
  @ApiOkResponse({ type: FundingApplicationView })
  async withdraw(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('applicationId') applicationId: string,
    @Body() body: DatedStepDto,
  ): Promise<FundingApplicationView> {
    return this.answer(actor, await this.withdrawOf.execute(actor, { partnershipId, applicationId }, body));
  }

  @Post('funding-applications/:applicationId/tranches')
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'planPaymentTranche',
    summary: 'Add a payment tranche expected on a grant',
    description: APPEND_DESCRIPTION,
  })
  @ApiHeader(IDEMPOTENCY_KEY_DOC)
  @ApiCreatedResponse({ type: PaymentTrancheView })
  async planTranche(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('applicationId') applicationId: string,
    @Body() body: PlanTrancheDto,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
  ): Promise<PaymentTrancheView> {
    const target: ApplicationTarget = { partnershipId, applicationId };
    const { record } = await this.planTrancheOf.execute(
      actor,
      target,
      body,
      idempotencyKeyOf(idempotencyKey),
    );
    return trancheView(record);
  }

  @Put('funding-applications/:applicationId/tranches/:trancheId/receipt')
  @RequireCapability('partnership.run')
  @ApiOperation({ operationId: 'receivePaymentTranche', summary: 'Record what the funder paid and when' })
  @ApiOkResponse({ type: PaymentTrancheView })
  async receiveTranche(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('applicationId') applicationId: string,
    @Param('trancheId') trancheId: string,
    @Body() body: ReceiveTrancheDto,
  ): Promise<PaymentTrancheView> {
    return trancheView(
      await this.receiveTrancheOf.execute(actor, { partnershipId, applicationId, trancheId }, body),
    );
  }

  @Post('funding-applications/:applicationId/reports')
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'planFunderReport',
    summary: 'Add a report the funder expects by a date',
    description: APPEND_DESCRIPTION,
  })
  @ApiHeader(IDEMPOTENCY_KEY_DOC)
  @ApiCreatedResponse({ type: FunderReportView })
  async planReport(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('applicationId') applicationId: string,
    @Body() body: PlanReportDto,
    @Headers(IDEMPOTENCY_KEY_HEADER) idempotencyKey: string | undefined,
  ): Promise<FunderReportView> {
    const target: ApplicationTarget = { partnershipId, applicationId };
    const { record } = await this.planReportOf.execute(actor, target, body, idempotencyKeyOf(idempotencyKey));
    return reportView(record);
  }

  @Put('funding-applications/:applicationId/reports/:reportId/submission')
  @RequireCapability('partnership.run')
  @ApiOperation({ operationId: 'submitFunderReport', summary: 'Record that a report was sent to the funder' })
  @ApiOkResponse({ type: FunderReportView })
  async submitReport(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('applicationId') applicationId: string,
    @Param('reportId') reportId: string,
    @Body() body: DatedStepDto,
  ): Promise<FunderReportView> {
    return reportView(
      await this.submitReportOf.execute(actor, { partnershipId, applicationId, reportId }, body),
    );
  }

  private answer(
    actor: Actor,
    stored: { partnershipId: string; id: string },
  ): Promise<FundingApplicationView> {
    return this.reader.application(actor, stored.partnershipId, stored.id);
  }
}
