import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { moveApplication } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { refusal } from '../../lifecycle/domain-refusal';
import type { DatedStepDto } from '../dto/funding.dto';
import {
  FundingApplicationRepository,
  type StoredFundingApplication,
} from '../funding-application.repository';
import { FundingCallRepository } from '../funding-call.repository';
import { FundingWrites } from '../funding-writes';

/** Submits a draft to its funder while its call is open; the reminders of the call closing stop with it. */
@Injectable()
export class SubmitFundingApplication {
  private readonly applications = new FundingApplicationRepository();
  private readonly calls = new FundingCallRepository();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: FundingWrites,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; applicationId: string },
    input: DatedStepDto,
  ): Promise<StoredFundingApplication> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.applications.find(manager, target.partnershipId, target.applicationId);
      await this.writes.lockAction(manager, actor, target.partnershipId, application.actionId);
      this.writes.requireApplicant(actor, application);
      const call = await this.calls.findOwn(manager, actor.organisationId, application.callId);
      const moved = moveApplication(application, call, { type: 'submit', on: input.on });
      if (!moved.ok) throw refusal(moved.error);
      const stored = await this.applications.updateAtVersion(
        manager,
        application,
        moved.value,
        input.version,
      );
      await this.writes.recorded(manager, actor, target.partnershipId, {
        entityType: 'funding_application',
        entityId: stored.id,
        action: 'funding_application.submitted',
        before: { status: application.status },
        after: { status: stored.status, on: input.on },
      });
      return stored;
    });
  }
}
