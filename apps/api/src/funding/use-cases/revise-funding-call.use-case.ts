import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkFundingCall } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { refusal } from '../../lifecycle/domain-refusal';
import { PartnershipRepository } from '../../lifecycle/partnership.repository';
import { callOf } from '../call-rules';
import type { ReviseFundingCallDto } from '../dto/funding.dto';
import { FundingCallRepository, type StoredFundingCall } from '../funding-call.repository';
import { FundingWrites } from '../funding-writes';

/**
 * Changes a call under its version. A new closing date moves the reminders of the drafts applying to it:
 * each of their partnerships is locked and rescheduled in the same transaction.
 */
@Injectable()
export class ReviseFundingCall {
  private readonly calls = new FundingCallRepository();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly partnerships: PartnershipRepository,
    private readonly writes: FundingWrites,
  ) {}

  async execute(actor: Actor, callId: string, input: ReviseFundingCallDto): Promise<StoredFundingCall> {
    const call = callOf(input);
    const checked = checkFundingCall(call);
    if (!checked.ok) throw refusal(checked.error);
    return this.dataSource.transaction(async (manager) => {
      const before = await this.calls.findOwn(manager, actor.organisationId, callId);
      const partnershipIds: Array<{ partnership_id: string }> = await manager.query(
        `SELECT DISTINCT partnership_id FROM funding_application WHERE call_id = $1 ORDER BY partnership_id`,
        [before.id],
      );
      // Partnerships first, in a fixed order, as every write takes them: no deadlock with an application's write.
      for (const { partnership_id } of partnershipIds)
        await this.partnerships.lockForAppend(manager, partnership_id, actor.organisationId);
      const stored = await this.calls.updateAtVersion(
        manager,
        { ...call, id: before.id, organisationId: actor.organisationId },
        input.version,
      );
      const { version: _before, applications: _count, ...was } = before;
      const entry = {
        entityType: 'funding_call',
        entityId: stored.id,
        action: 'funding_call.revised',
      } as const;
      if (partnershipIds.length === 0)
        await this.writes.audited(manager, actor, { ...entry, before: was, after: call });
      for (const [index, { partnership_id }] of partnershipIds.entries())
        if (index === 0)
          await this.writes.recorded(manager, actor, partnership_id, { ...entry, before: was, after: call });
        else await this.writes.rescheduled(manager, partnership_id);
      return stored;
    });
  }
}
