import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  buildFunderReport,
  calendarDateAt,
  type FunderReport,
  type FunderReportKind,
  type ReportedApplication,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { CLOCK, type Clock } from '../common/clock/clock';
import { ProblemException } from '../common/problem/problem';
import { PartnershipRepository } from '../lifecycle/partnership.repository';
import { PartnershipAccess } from '../tenancy/partnership-access';
import { FundingApplicationRepository } from './funding-application.repository';
import { FundingCallRepository } from './funding-call.repository';

/** A funder report with what its documents name besides: the parties, the applicant, the partnership. */
export interface FunderReportContent {
  report: FunderReport;
  partnershipName: string;
  applicantName: string;
  /** The name of each party of the partnership, by organisation id. */
  partyNames: Record<string, string>;
  now: Date;
  timeZone: string;
}

/**
 * Reads what a report on one granted application is made of — the action with its log, indicators and
 * budget, the partnership's visits, every application of the action with its call, tranches and reports —
 * and builds it with the domain. Any party of the partnership reads it, as it reads the action's funding.
 */
@Injectable()
export class FunderReportService {
  private readonly calls = new FundingCallRepository();
  private readonly applications = new FundingApplicationRepository();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PartnershipAccess,
    private readonly partnerships: PartnershipRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async read(
    actor: Actor,
    partnershipId: string,
    applicationId: string,
    kind: FunderReportKind,
  ): Promise<FunderReportContent> {
    const manager = this.dataSource.manager;
    await this.access.requireVisible(actor, partnershipId, manager);
    const found = await this.applications.find(manager, partnershipId, applicationId);
    if (found.status !== 'granted')
      throw new ProblemException(
        'FUNDING.NOT_GRANTED',
        'A report to the funder is written on a granted application.',
        { details: { status: found.status } },
      );
    const [loaded] = await this.partnerships.loadMany(manager, [partnershipId]);
    const snapshot = loaded?.snapshot;
    const action = snapshot?.actions.find((candidate) => candidate.id === found.actionId);
    if (!snapshot || !action)
      throw new ProblemException('RESOURCE.NOT_FOUND', `No action ${found.actionId} in this partnership.`);
    const listed = await this.applications.listForAction(manager, partnershipId, found.actionId);
    const calls = await this.calls.byIds(manager, [
      ...new Set(listed.map((application) => application.callId)),
    ]);
    const all: ReportedApplication[] = listed.flatMap((application) => {
      const call = calls.find((candidate) => candidate.id === application.callId);
      return call
        ? [{ application, call, tranches: application.tranches, reports: application.reports }]
        : [];
    });
    const reported = all.find((candidate) => candidate.application.id === applicationId);
    if (!reported)
      throw new ProblemException('RESOURCE.NOT_FOUND', `No funding application ${applicationId}.`);
    const applicant = snapshot.organisations.find((organisation) => organisation.id === found.organisationId);
    const timeZone = applicant?.timeZone ?? 'UTC';
    const now = this.clock.now();
    return {
      report: buildFunderReport({
        kind,
        action,
        visits: snapshot.visits,
        reported,
        allApplications: all,
        today: calendarDateAt(now, timeZone),
        timeZone,
      }),
      partnershipName: snapshot.partnership.name,
      applicantName: applicant?.name ?? '',
      partyNames: Object.fromEntries(
        snapshot.organisations.map((organisation) => [organisation.id, organisation.name]),
      ),
      now,
      timeZone,
    };
  }
}
