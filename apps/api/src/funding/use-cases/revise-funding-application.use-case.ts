import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { reviseDraftApplication } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { refusal } from '../../lifecycle/domain-refusal';
import type { ReviseFundingApplicationDto } from '../dto/funding.dto';
import {
  FundingApplicationRepository,
  type StoredFundingApplication,
} from '../funding-application.repository';
import { FundingWrites } from '../funding-writes';

/** Changes a draft's requested amount and staff time, under its version. */
@Injectable()
export class ReviseFundingApplication {
  private readonly applications = new FundingApplicationRepository();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: FundingWrites,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; applicationId: string },
    input: ReviseFundingApplicationDto,
  ): Promise<StoredFundingApplication> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.applications.find(manager, target.partnershipId, target.applicationId);
      await this.writes.lockAction(manager, actor, target.partnershipId, application.actionId);
      this.writes.requireApplicant(actor, application);
      const revised = reviseDraftApplication(application, {
        requestedAmount: input.requestedAmount,
        staffTimeAmount: input.staffTimeAmount,
      });
      if (!revised.ok) throw refusal(revised.error);
      const stored = await this.applications.updateAtVersion(
        manager,
        application,
        revised.value,
        input.version,
      );
      await this.writes.recorded(manager, actor, target.partnershipId, {
        entityType: 'funding_application',
        entityId: stored.id,
        action: 'funding_application.revised',
        before: {
          requestedAmount: application.requestedAmount,
          staffTimeAmount: application.staffTimeAmount,
        },
        after: { requestedAmount: stored.requestedAmount, staffTimeAmount: stored.staffTimeAmount },
      });
      return stored;
    });
  }
}
