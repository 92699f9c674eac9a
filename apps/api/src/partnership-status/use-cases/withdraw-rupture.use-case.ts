import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import type { PartnershipStatusView } from '../dto/partnership-status.dto';
import type { WithdrawRuptureDto } from '../dto/rupture.dto';
import { PartnershipStatusService } from '../partnership-status.service';
import { StatusNoticesService } from '../status-notices.service';

/** The negotiation kept the partnership: withdraws the rupture and tells the other parties. */
@Injectable()
export class WithdrawRupture {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly notices: StatusNoticesService,
    private readonly views: PartnershipStatusService,
  ) {}

  async execute(
    actor: Actor,
    partnershipId: string,
    input: WithdrawRuptureDto,
  ): Promise<PartnershipStatusView> {
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'WithdrawRupture', reason: input.reason },
      { expectedVersion: input.version },
    );
    await this.notices.notifyOtherParties(actor, outcome.snapshot, outcome.revision, 'rupture_withdrawn');
    return this.views.viewAfter(outcome);
  }
}
