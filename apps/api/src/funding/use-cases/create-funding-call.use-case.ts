import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { checkFundingCall } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { AuditTrail } from '../../audit/audit-trail';
import type { Actor } from '../../auth/actor';
import { refusal } from '../../lifecycle/domain-refusal';
import { callOf } from '../call-rules';
import type { FundingCallDto } from '../dto/funding.dto';
import { FundingCallRepository, type StoredFundingCall } from '../funding-call.repository';

/** Adds a call for projects to the authority's list, with its dates and rules (each with its source). */
@Injectable()
export class CreateFundingCall {
  private readonly calls = new FundingCallRepository();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async execute(actor: Actor, input: FundingCallDto): Promise<StoredFundingCall> {
    const call = callOf(input);
    const checked = checkFundingCall(call);
    if (!checked.ok) throw refusal(checked.error);
    return this.dataSource.transaction(async (manager) => {
      const stored = await this.calls.insert(manager, { ...call, organisationId: actor.organisationId });
      await this.audit.record(manager, {
        actor,
        entityType: 'funding_call',
        entityId: stored.id,
        action: 'funding_call.created',
        after: { ...call },
      });
      return stored;
    });
  }
}
