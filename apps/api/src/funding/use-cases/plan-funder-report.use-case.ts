import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { planReport } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { requestFingerprint } from '../../common/idempotency/idempotency-key';
import { refusal } from '../../lifecycle/domain-refusal';
import type { PlanReportDto } from '../dto/funding.dto';
import {
  type Appended,
  FundingApplicationRepository,
  type StoredReport,
} from '../funding-application.repository';
import { FundingWrites } from '../funding-writes';

/**
 * Adds a report the funder expects on a grant by a date, reminded before it is due. Appended with an
 * `Idempotency-Key`: the same request sent again stores one report.
 */
@Injectable()
export class PlanFunderReport {
  private readonly applications = new FundingApplicationRepository();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: FundingWrites,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; applicationId: string },
    input: PlanReportDto,
    idempotencyKey: string | null,
  ): Promise<Appended<StoredReport>> {
    const key = {
      idempotencyKey,
      requestHash: idempotencyKey ? requestFingerprint({ ...target, ...input }) : null,
    };
    return this.dataSource.transaction(async (manager) => {
      const application = await this.applications.find(manager, target.partnershipId, target.applicationId);
      await this.writes.lockAction(manager, actor, target.partnershipId, application.actionId);
      this.writes.requireApplicant(actor, application);
      const earlier = await this.applications.reportByKey(manager, application.id, key);
      if (earlier) return { record: earlier, replayed: true };
      const planned = planReport(application, {
        id: randomUUID(),
        applicationId: application.id,
        kind: input.kind,
        dueOn: input.dueOn,
      });
      if (!planned.ok) throw refusal(planned.error);
      const stored = await this.applications.appendReport(manager, planned.value, key);
      await this.writes.recorded(manager, actor, target.partnershipId, {
        entityType: 'funding_application',
        entityId: application.id,
        action: 'funding_application.report_planned',
        after: { kind: stored.kind, dueOn: stored.dueOn },
      });
      return { record: stored, replayed: false };
    });
  }
}
