import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { receiveTranche } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { refusal } from '../../lifecycle/domain-refusal';
import type { ReceiveTrancheDto } from '../dto/funding.dto';
import { FundingApplicationRepository, type StoredTranche } from '../funding-application.repository';
import { FundingWrites } from '../funding-writes';

/** Records what the funder paid of a tranche and when, under the tranche's version. */
@Injectable()
export class ReceivePaymentTranche {
  private readonly applications = new FundingApplicationRepository();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: FundingWrites,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; applicationId: string; trancheId: string },
    input: ReceiveTrancheDto,
  ): Promise<StoredTranche> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.applications.find(manager, target.partnershipId, target.applicationId);
      await this.writes.lockAction(manager, actor, target.partnershipId, application.actionId);
      this.writes.requireApplicant(actor, application);
      const tranche = await this.applications.findTranche(manager, application.id, target.trancheId);
      const received = receiveTranche(tranche, { on: input.on, amount: input.amount });
      if (!received.ok) throw refusal(received.error);
      const stored = await this.applications.updateTrancheAtVersion(manager, received.value, input.version);
      await this.writes.audited(manager, actor, {
        entityType: 'funding_application',
        entityId: application.id,
        action: 'funding_application.tranche_received',
        before: { receivedOn: tranche.receivedOn, receivedAmount: tranche.receivedAmount },
        after: { receivedOn: stored.receivedOn, receivedAmount: stored.receivedAmount },
      });
      return stored;
    });
  }
}
