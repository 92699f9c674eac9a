import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import type { PartnershipStatusView, SuspendDto } from '../dto/partnership-status.dto';
import { PartnershipStatusService } from '../partnership-status.service';
import { StatusNoticesService } from '../status-notices.service';

/**
 * Suspends the partnership with a reason, under the version of its own record; once committed, the other
 * parties are told by mail.
 */
@Injectable()
export class SuspendPartnership {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly notices: StatusNoticesService,
    private readonly views: PartnershipStatusService,
  ) {}

  async execute(actor: Actor, partnershipId: string, input: SuspendDto): Promise<PartnershipStatusView> {
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'SuspendPartnership', reason: input.reason.trim() },
      { expectedVersion: input.version },
    );
    await this.notices.notifyOtherParties(actor, outcome.snapshot, outcome.revision, 'partnership_suspended');
    return this.views.viewAfter(outcome);
  }
}
