import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type Action,
  type CallRule,
  applicationTotals,
  checkApplicationAgainstCall,
  computeActionMoney,
} from '@passerelle/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { ProblemException } from '../common/problem/problem';
import { PartnershipRepository } from '../lifecycle/partnership.repository';
import { PartnershipAccess } from '../tenancy/partnership-access';
import type {
  ActionFundingView,
  ActionMoneyView,
  CallRuleView,
  FunderReportView,
  FundingApplicationView,
  FundingCallView,
  FundingCallsView,
  PaymentTrancheView,
} from './dto/funding.dto';
import {
  FundingApplicationRepository,
  type StoredFundingApplication,
  type StoredReport,
  type StoredTranche,
} from './funding-application.repository';
import { FundingCallRepository, type StoredFundingCall } from './funding-call.repository';
import { FundingWrites } from './funding-writes';

type ListedApplication = StoredFundingApplication & { tranches: StoredTranche[]; reports: StoredReport[] };

/**
 * What the funding screens read: the authority's calls, and an action's applications (with their tranches,
 * reports and, for drafts, the checks against the call) beside its money as it happens.
 */
@Injectable()
export class FundingReader {
  private readonly calls = new FundingCallRepository();
  private readonly applications = new FundingApplicationRepository();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PartnershipAccess,
    private readonly partnerships: PartnershipRepository,
    private readonly writes: FundingWrites,
  ) {}

  async callsOf(actor: Actor): Promise<FundingCallsView> {
    const calls = await this.calls.listOf(this.dataSource.manager, actor.organisationId);
    return { calls: calls.map(callView) };
  }

  async forAction(actor: Actor, partnershipId: string, actionId: string): Promise<ActionFundingView> {
    const manager = this.dataSource.manager;
    await this.access.requireVisible(actor, partnershipId, manager);
    const [loaded] = await this.partnerships.loadMany(manager, [partnershipId]);
    const action = loaded?.snapshot.actions.find((candidate) => candidate.id === actionId);
    if (!action)
      throw new ProblemException('RESOURCE.NOT_FOUND', `No action ${actionId} in this partnership.`);
    const applications = await this.applications.listForAction(manager, partnershipId, actionId);
    const calls = await this.calls.byIds(manager, [...new Set(applications.map((a) => a.callId))]);
    const today = await this.writes.today(manager, actor);
    const views = applications.flatMap((application) => {
      const call = calls.find((candidate) => candidate.id === application.callId);
      return call ? [applicationView(application, call, action, actor, today)] : [];
    });
    return {
      applications: views,
      money: moneyView(action, applications),
      openCalls: await this.openCalls(manager, actor, applications, today),
    };
  }

  /** One application as a write left it, in the view the action page lists. */
  async application(
    actor: Actor,
    partnershipId: string,
    applicationId: string,
  ): Promise<FundingApplicationView> {
    const manager = this.dataSource.manager;
    const found = await this.applications.find(manager, partnershipId, applicationId);
    const view = (await this.forAction(actor, partnershipId, found.actionId)).applications.find(
      (candidate) => candidate.id === applicationId,
    );
    if (!view) throw new ProblemException('RESOURCE.NOT_FOUND', `No funding application ${applicationId}.`);
    return view;
  }

  private async openCalls(
    manager: EntityManager,
    actor: Actor,
    applications: readonly ListedApplication[],
    today: string,
  ): Promise<FundingCallView[]> {
    const own = await this.calls.listOf(manager, actor.organisationId);
    return own
      .filter((call) => call.closesOn >= today)
      .filter((call) => !applications.some((application) => application.callId === call.id))
      .map(callView);
  }
}

function ruleView(rule: CallRule): CallRuleView {
  return rule.kind === 'max_requested_amount'
    ? { kind: rule.kind, share: null, amount: rule.amount, source: rule.source }
    : { kind: rule.kind, share: rule.share, amount: null, source: rule.source };
}

export function callView(call: StoredFundingCall): FundingCallView {
  return {
    id: call.id,
    funder: call.funder,
    funderName: call.funderName,
    name: call.name,
    link: call.link,
    opensOn: call.opensOn,
    closesOn: call.closesOn,
    rules: call.rules.map(ruleView),
    version: call.version,
    applications: call.applications,
  };
}

export function trancheView(tranche: StoredTranche): PaymentTrancheView {
  const { applicationId: _application, ...view } = tranche;
  return view;
}

export function reportView(report: StoredReport): FunderReportView {
  const { applicationId: _application, ...view } = report;
  return view;
}

function applicationView(
  application: ListedApplication,
  call: StoredFundingCall,
  action: Action,
  actor: Actor,
  today: string,
): FundingApplicationView {
  const checks =
    application.status === 'draft'
      ? checkApplicationAgainstCall({
          application,
          call,
          budget: action.budget,
          applicant: application.organisationId,
          today,
        }).map((check) => ({ ...check }))
      : [];
  return {
    id: application.id,
    call: callView(call),
    organisationId: application.organisationId,
    status: application.status,
    requestedAmount: application.requestedAmount,
    staffTimeAmount: application.staffTimeAmount,
    submittedOn: application.submittedOn,
    grantedAmount: application.grantedAmount,
    decidedOn: application.decidedOn,
    conditions: application.conditions,
    withdrawnOn: application.withdrawnOn,
    version: application.version,
    tranches: application.tranches.map(trancheView),
    reports: application.reports.map(reportView),
    checks,
    mine: application.organisationId === actor.organisationId,
  };
}

/** The domain's figures as the view carries them (mutable arrays), with the applications' totals. */
function moneyView(action: Action, applications: readonly ListedApplication[]): ActionMoneyView {
  const money = computeActionMoney(action);
  return {
    lines: [...money.lines],
    byFunder: [...money.byFunder],
    totalEuros: money.totalEuros,
    linesWithoutRate: money.linesWithoutRate,
    cofinancing: {
      ...money.cofinancing,
      ownShares: [...money.cofinancing.ownShares],
      funders: [...money.cofinancing.funders],
    },
    applications: { ...applicationTotals(applications) },
  };
}
