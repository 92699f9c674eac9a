import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { moveApplication } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { refusal } from '../../lifecycle/domain-refusal';
import type { DecideFundingApplicationDto } from '../dto/funding.dto';
import {
  FundingApplicationRepository,
  type StoredFundingApplication,
} from '../funding-application.repository';
import { FundingCallRepository } from '../funding-call.repository';
import { FundingWrites } from '../funding-writes';

/** Records the funder's decision on a submitted application: granted (at most the request, with its conditions) or refused. */
@Injectable()
export class DecideFundingApplication {
  private readonly applications = new FundingApplicationRepository();
  private readonly calls = new FundingCallRepository();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: FundingWrites,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; applicationId: string },
    input: DecideFundingApplicationDto,
  ): Promise<StoredFundingApplication> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.applications.find(manager, target.partnershipId, target.applicationId);
      await this.writes.lockAction(manager, actor, target.partnershipId, application.actionId);
      this.writes.requireApplicant(actor, application);
      const call = await this.calls.findOwn(manager, actor.organisationId, application.callId);
      const moved = moveApplication(
        application,
        call,
        input.outcome === 'granted'
          ? {
              type: 'grant',
              on: input.on,
              grantedAmount: input.grantedAmount ?? 0,
              conditions: input.conditions,
            }
          : { type: 'refuse', on: input.on, conditions: input.conditions },
      );
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
        action: `funding_application.${input.outcome}`,
        before: { status: application.status },
        after: { status: stored.status, on: input.on },
      });
      return stored;
    });
  }
}
