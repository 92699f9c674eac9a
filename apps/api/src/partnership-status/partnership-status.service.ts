import { Injectable } from '@nestjs/common';
import { requiredPartnershipNoticeDays, type PartnershipSnapshot } from '@passerelle/domain';
import type { Actor } from '../auth/actor';
import { LifecycleCommands } from '../lifecycle/lifecycle-commands';
import type { CommandOutcome } from '../lifecycle/partnership.repository';
import type { PartnershipStatusView } from './dto/partnership-status.dto';
import { ongoingActionsOf, toSuspensionView, toTerminationView } from './dto/partnership-status.mapper';

/**
 * The relation's own status as its page reads it: a party suspends it (with a reason), resumes it, or ends it
 * in order — never deletes it (each a use case of its own, `use-cases/`). The other parties are told by mail.
 */
@Injectable()
export class PartnershipStatusService {
  constructor(private readonly lifecycle: LifecycleCommands) {}

  async view(actor: Actor, partnershipId: string): Promise<PartnershipStatusView> {
    const { snapshot, versions } = await this.lifecycle.read(actor, partnershipId);
    return toPartnershipStatusView(snapshot, versions.partnership);
  }

  /** The status as a write left it: the view its handler answers with. */
  viewAfter(outcome: CommandOutcome): PartnershipStatusView {
    return toPartnershipStatusView(outcome.snapshot, outcome.version);
  }
}

function toPartnershipStatusView(snapshot: PartnershipSnapshot, version: number): PartnershipStatusView {
  return {
    version,
    status: snapshot.partnership.status,
    suspension: toSuspensionView(snapshot.partnership.suspension),
    termination: toTerminationView(snapshot.partnership.termination),
    requiredNoticeDays: requiredPartnershipNoticeDays(snapshot),
    ongoingActions: ongoingActionsOf(snapshot),
  };
}
