import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { submitReport } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { refusal } from '../../lifecycle/domain-refusal';
import type { DatedStepDto } from '../dto/funding.dto';
import { FundingApplicationRepository, type StoredReport } from '../funding-application.repository';
import { FundingWrites } from '../funding-writes';

/** Records that a report was sent to the funder, under the report's version; its reminders stop. */
@Injectable()
export class SubmitFunderReport {
  private readonly applications = new FundingApplicationRepository();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: FundingWrites,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; applicationId: string; reportId: string },
    input: DatedStepDto,
  ): Promise<StoredReport> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.applications.find(manager, target.partnershipId, target.applicationId);
      await this.writes.lockAction(manager, actor, target.partnershipId, application.actionId);
      this.writes.requireApplicant(actor, application);
      const report = await this.applications.findReport(manager, application.id, target.reportId);
      const submitted = submitReport(report, input.on);
      if (!submitted.ok) throw refusal(submitted.error);
      const stored = await this.applications.updateReportAtVersion(manager, submitted.value, input.version);
      await this.writes.recorded(manager, actor, target.partnershipId, {
        entityType: 'funding_application',
        entityId: application.id,
        action: 'funding_application.report_submitted',
        before: { submittedOn: null },
        after: { kind: stored.kind, dueOn: stored.dueOn, submittedOn: stored.submittedOn },
      });
      return stored;
    });
  }
}
