import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import type { PartnershipStatusView } from '../dto/partnership-status.dto';
import type { ProposeRuptureDto } from '../dto/rupture.dto';
import { PartnershipStatusService } from '../partnership-status.service';
import { StatusNoticesService } from '../status-notices.service';

/** Opens an orderly rupture in the actor's party's name; the other parties are told at once and may answer. */
@Injectable()
export class ProposeRupture {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly notices: StatusNoticesService,
    private readonly views: PartnershipStatusService,
  ) {}

  async execute(
    actor: Actor,
    partnershipId: string,
    input: ProposeRuptureDto,
  ): Promise<PartnershipStatusView> {
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'ProposeRupture', partyId: actor.organisationId, reason: input.reason },
      { expectedVersion: input.version },
    );
    await this.notices.notifyOtherParties(actor, outcome.snapshot, outcome.revision, 'rupture_proposed');
    return this.views.viewAfter(outcome);
  }
}
