import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import type { PartnershipStatusView } from '../dto/partnership-status.dto';
import type { RespondToRuptureDto } from '../dto/rupture.dto';
import { PartnershipStatusService } from '../partnership-status.service';
import { StatusNoticesService } from '../status-notices.service';

/** Records the actor's party's answer to a rupture (the partner heard); the other parties are told. */
@Injectable()
export class RespondToRupture {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly notices: StatusNoticesService,
    private readonly views: PartnershipStatusService,
  ) {}

  async execute(
    actor: Actor,
    partnershipId: string,
    input: RespondToRuptureDto,
  ): Promise<PartnershipStatusView> {
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'RespondToRupture', partyId: actor.organisationId, text: input.text },
      { expectedVersion: input.version },
    );
    await this.notices.notifyOtherParties(actor, outcome.snapshot, outcome.revision, 'rupture_answered');
    return this.views.viewAfter(outcome);
  }
}
