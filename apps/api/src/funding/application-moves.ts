import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type FundingApplicationEvent, moveApplication } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { refusal } from '../lifecycle/domain-refusal';
import {
  FundingApplicationRepository,
  type StoredFundingApplication,
} from './funding-application.repository';
import { FundingCallRepository } from './funding-call.repository';
import { FundingWrites } from './funding-writes';

/** Which application a move applies to, and the version its author saw. */
export interface ApplicationMoveTarget {
  readonly partnershipId: string;
  readonly applicationId: string;
  readonly version: number;
}

/**
 * The steps an application moves through (submitted, granted or refused, withdrawn) all take the same path:
 * the partnership locked, only the applicant, the domain's rule against the call, the row written at the
 * version its author saw, then the audit row and the reminders in line, in one transaction. Each use case
 * names its move and its audit action.
 */
@Injectable()
export class ApplicationMoves {
  private readonly applications = new FundingApplicationRepository();
  private readonly calls = new FundingCallRepository();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly writes: FundingWrites,
  ) {}

  async apply(
    actor: Actor,
    target: ApplicationMoveTarget,
    event: FundingApplicationEvent,
    auditAction: string,
  ): Promise<StoredFundingApplication> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.writes.lockOwnApplication(manager, actor, target);
      const call = await this.calls.findOwn(manager, actor.organisationId, application.callId);
      const moved = moveApplication(application, call, event);
      if (!moved.ok) throw refusal(moved.error);
      const stored = await this.applications.updateAtVersion(
        manager,
        application,
        moved.value,
        target.version,
      );
      await this.writes.recorded(manager, actor, target.partnershipId, {
        entityType: 'funding_application',
        entityId: stored.id,
        action: auditAction,
        before: { status: application.status },
        after: { status: stored.status, on: event.on },
      });
      return stored;
    });
  }
}
