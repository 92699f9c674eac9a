import { Injectable } from '@nestjs/common';
import { requiredPartnershipNoticeDays, type PartnershipSnapshot } from '@passerelle/domain';
import type { Actor } from '../auth/actor';
import { LifecycleCommands } from '../lifecycle/lifecycle-commands';
import type { PartnershipStatusView, SuspendDto, TerminateDto } from './dto/partnership-status.dto';
import {
  ongoingActionsOf,
  terminationRequestOf,
  toSuspensionView,
  toTerminationView,
} from './dto/partnership-status.mapper';
import { StatusNoticesService } from './status-notices.service';

/**
 * The relation's own status: a party suspends it (with a reason), resumes it, or ends it in order — never
 * deletes it. The other parties are told by mail.
 */
@Injectable()
export class PartnershipStatusService {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly notices: StatusNoticesService,
  ) {}

  async view(actor: Actor, partnershipId: string): Promise<PartnershipStatusView> {
    const { snapshot, versions } = await this.lifecycle.read(actor, partnershipId);
    return toPartnershipStatusView(snapshot, versions.partnership);
  }

  async suspend(actor: Actor, partnershipId: string, input: SuspendDto): Promise<PartnershipStatusView> {
    const outcome = await this.lifecycle.run(
      actor,
      partnershipId,
      () => ({ type: 'SuspendPartnership', reason: input.reason.trim() }),
      { expectedVersion: input.version },
    );
    await this.notices.notifyOtherParties(actor, outcome.snapshot, outcome.revision, 'partnership_suspended');
    return toPartnershipStatusView(outcome.snapshot, outcome.version);
  }

  async resume(actor: Actor, partnershipId: string, version: number): Promise<PartnershipStatusView> {
    const outcome = await this.lifecycle.run(actor, partnershipId, () => ({ type: 'ResumePartnership' }), {
      expectedVersion: version,
    });
    return toPartnershipStatusView(outcome.snapshot, outcome.version);
  }

  async terminate(actor: Actor, partnershipId: string, input: TerminateDto): Promise<PartnershipStatusView> {
    const outcome = await this.lifecycle.run(
      actor,
      partnershipId,
      () => ({ type: 'TerminatePartnership', ...terminationRequestOf(input) }),
      { expectedVersion: input.version },
    );
    await this.notices.notifyOtherParties(
      actor,
      outcome.snapshot,
      outcome.revision,
      'partnership_terminated',
    );
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
