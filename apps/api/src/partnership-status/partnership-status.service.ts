import { Inject, Injectable } from '@nestjs/common';
import {
  RUPTURE_NEGOTIATION_DAYS,
  canAbandonPartnership,
  requiredPartnershipNoticeDays,
  type PartnershipSnapshot,
} from '@passerelle/domain';
import type { Actor } from '../auth/actor';
import { CLOCK, type Clock } from '../common/clock/clock';
import { LifecycleCommands } from '../lifecycle/lifecycle-commands';
import type { CommandOutcome } from '../lifecycle/partnership.repository';
import type { PartnershipStatusView } from './dto/partnership-status.dto';
import {
  ongoingActionsOf,
  toRuptureView,
  toSuspensionView,
  toTerminationView,
} from './dto/partnership-status.mapper';

/**
 * The relation's own status as its page reads it: a party suspends it (with a reason), resumes it, or ends it
 * in order — never deletes it (each a use case of its own, `use-cases/`). The other parties are told by mail.
 */
@Injectable()
export class PartnershipStatusService {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async view(actor: Actor, partnershipId: string): Promise<PartnershipStatusView> {
    const { snapshot, versions } = await this.lifecycle.read(actor, partnershipId);
    return toPartnershipStatusView(snapshot, versions.partnership, this.clock.now());
  }

  /** The status as a write left it: the view its handler answers with. */
  viewAfter(outcome: CommandOutcome): PartnershipStatusView {
    return toPartnershipStatusView(outcome.snapshot, outcome.version, this.clock.now());
  }
}

function toPartnershipStatusView(
  snapshot: PartnershipSnapshot,
  version: number,
  now: Date,
): PartnershipStatusView {
  return {
    version,
    status: snapshot.partnership.status,
    suspension: toSuspensionView(snapshot.partnership.suspension),
    termination: toTerminationView(snapshot.partnership.termination),
    requiredNoticeDays: requiredPartnershipNoticeDays(snapshot),
    ongoingActions: ongoingActionsOf(snapshot),
    canAbandon: canAbandonPartnership(snapshot),
    negotiationDays: RUPTURE_NEGOTIATION_DAYS,
    rupture: toRuptureView(snapshot, now),
  };
}
