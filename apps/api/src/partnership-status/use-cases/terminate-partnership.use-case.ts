import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import type { PartnershipStatusView, TerminateDto } from '../dto/partnership-status.dto';
import { terminationRequestOf } from '../dto/partnership-status.mapper';
import { PartnershipStatusService } from '../partnership-status.service';
import { StatusNoticesService } from '../status-notices.service';

/**
 * Ends the partnership in order — its reason, notice and the fate of each ongoing action — never deleting
 * it, under the version of its own record; once committed, the other parties are told by mail.
 */
@Injectable()
export class TerminatePartnership {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly notices: StatusNoticesService,
    private readonly views: PartnershipStatusService,
  ) {}

  async execute(actor: Actor, partnershipId: string, input: TerminateDto): Promise<PartnershipStatusView> {
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'TerminatePartnership', ...terminationRequestOf(input) },
      { expectedVersion: input.version },
    );
    await this.notices.notifyOtherParties(
      actor,
      outcome.snapshot,
      outcome.revision,
      'partnership_terminated',
    );
    return this.views.viewAfter(outcome);
  }
}
