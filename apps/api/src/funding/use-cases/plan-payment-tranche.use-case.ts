import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { planTranche } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { requestFingerprint } from '../../common/idempotency/idempotency-key';
import { refusal } from '../../lifecycle/domain-refusal';
import type { PlanTrancheDto } from '../dto/funding.dto';
import {
  type Appended,
  FundingApplicationRepository,
  type StoredTranche,
} from '../funding-application.repository';
import { FundingWrites } from '../funding-writes';

/**
 * Adds a payment tranche the funder is expected to make on a grant. Appended with an `Idempotency-Key`: the
 * same request sent again stores one tranche; the tranches stay within the grant.
 */
@Injectable()
export class PlanPaymentTranche {
  private readonly applications = new FundingApplicationRepository();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: FundingWrites,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; applicationId: string },
    input: PlanTrancheDto,
    idempotencyKey: string | null,
  ): Promise<Appended<StoredTranche>> {
    const key = {
      idempotencyKey,
      requestHash: idempotencyKey ? requestFingerprint({ ...target, ...input }) : null,
    };
    return this.dataSource.transaction(async (manager) => {
      const application = await this.applications.find(manager, target.partnershipId, target.applicationId);
      await this.writes.lockAction(manager, actor, target.partnershipId, application.actionId);
      this.writes.requireApplicant(actor, application);
      const earlier = await this.applications.trancheByKey(manager, application.id, key);
      if (earlier) return { record: earlier, replayed: true };
      const planned = planTranche(application, await this.applications.tranchesOf(manager, application.id), {
        id: randomUUID(),
        applicationId: application.id,
        label: input.label,
        expectedOn: input.expectedOn,
        expectedAmount: input.expectedAmount,
      });
      if (!planned.ok) throw refusal(planned.error);
      const stored = await this.applications.appendTranche(manager, planned.value, key);
      await this.writes.audited(manager, actor, {
        entityType: 'funding_application',
        entityId: application.id,
        action: 'funding_application.tranche_planned',
        after: { label: stored.label, expectedOn: stored.expectedOn, expectedAmount: stored.expectedAmount },
      });
      return { record: stored, replayed: false };
    });
  }
}
