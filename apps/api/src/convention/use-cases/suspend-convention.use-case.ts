import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import type { SuspendDto } from '../../partnership-status/dto/partnership-status.dto';
import { StatusNoticesService } from '../../partnership-status/status-notices.service';
import { ConventionService } from '../convention.service';
import type { ConventionStepView } from '../dto/convention.dto';

/**
 * Suspends the convention with a reason, under its version; once committed, the other parties are told
 * by mail.
 */
@Injectable()
export class SuspendConvention {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly notices: StatusNoticesService,
    private readonly views: ConventionService,
  ) {}

  async execute(actor: Actor, partnershipId: string, input: SuspendDto): Promise<ConventionStepView> {
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'SuspendConvention', reason: input.reason.trim() },
      { expectedVersion: input.version },
    );
    await this.notices.notifyOtherParties(actor, outcome.snapshot, outcome.revision, 'convention_suspended');
    return this.views.viewAfter(outcome);
  }
}
