import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { draftApplication } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { refusal } from '../../lifecycle/domain-refusal';
import type { DraftFundingApplicationDto } from '../dto/funding.dto';
import {
  FundingApplicationRepository,
  type StoredFundingApplication,
} from '../funding-application.repository';
import { FundingCallRepository } from '../funding-call.repository';
import { FundingWrites } from '../funding-writes';

/**
 * Starts an action's application to one of the authority's calls, as a draft: checked against the call's
 * rules on the action page, reminded before the call closes. One application per action and call.
 */
@Injectable()
export class DraftFundingApplication {
  private readonly applications = new FundingApplicationRepository();
  private readonly calls = new FundingCallRepository();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: FundingWrites,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; actionId: string },
    input: DraftFundingApplicationDto,
  ): Promise<StoredFundingApplication> {
    return this.dataSource.transaction(async (manager) => {
      await this.writes.lockAction(manager, actor, target.partnershipId, target.actionId);
      const call = await this.calls.findOwn(manager, actor.organisationId, input.callId);
      const drafted = draftApplication({
        id: randomUUID(),
        callId: call.id,
        actionId: target.actionId,
        requestedAmount: input.requestedAmount,
        staffTimeAmount: input.staffTimeAmount,
      });
      if (!drafted.ok) throw refusal(drafted.error);
      const stored = await this.applications.insert(manager, {
        ...drafted.value,
        organisationId: actor.organisationId,
        partnershipId: target.partnershipId,
      });
      await this.writes.recorded(manager, actor, target.partnershipId, {
        entityType: 'funding_application',
        entityId: stored.id,
        action: 'funding_application.drafted',
        after: {
          callId: call.id,
          requestedAmount: stored.requestedAmount,
          staffTimeAmount: stored.staffTimeAmount,
        },
      });
      return stored;
    });
  }
}
