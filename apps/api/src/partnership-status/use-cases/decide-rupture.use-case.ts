import { Injectable } from '@nestjs/common';
import type { ActionFate } from '@passerelle/domain';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import type { PartnershipStatusView } from '../dto/partnership-status.dto';
import type { DecideRuptureDto } from '../dto/rupture.dto';
import { PartnershipStatusService } from '../partnership-status.service';
import { StatusNoticesService } from '../status-notices.service';

/**
 * Records the elected body's deliberation ending the partnership, as typed by an elected official or by the
 * officer stating it (the role is kept with it): notice starts, the partnership runs until its effective
 * date, and the other parties are told.
 */
@Injectable()
export class DecideRupture {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly notices: StatusNoticesService,
    private readonly views: PartnershipStatusService,
  ) {}

  async execute(
    actor: Actor,
    partnershipId: string,
    input: DecideRuptureDto,
  ): Promise<PartnershipStatusView> {
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      {
        type: 'DecideRupture',
        deliberation: {
          body: input.deliberation.body,
          reference: input.deliberation.reference,
          adoptedOn: input.deliberation.adoptedOn,
          recordedBy: actor.role === 'elected' ? 'elected' : 'officer',
        },
        noticeGivenOn: input.noticeGivenOn,
        effectiveOn: input.effectiveOn,
        actionDecisions: input.actionDecisions.map(({ actionId, fate }) => ({
          actionId,
          fate: fate as ActionFate,
        })),
      },
      { expectedVersion: input.version },
    );
    await this.notices.notifyOtherParties(actor, outcome.snapshot, outcome.revision, 'rupture_decided');
    return this.views.viewAfter(outcome);
  }
}
