import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import type { TerminateDto } from '../../partnership-status/dto/partnership-status.dto';
import { terminationRequestOf } from '../../partnership-status/dto/partnership-status.mapper';
import { StatusNoticesService } from '../../partnership-status/status-notices.service';
import { ConventionService } from '../convention.service';
import type { ConventionStepView } from '../dto/convention.dto';

/**
 * Ends the convention (or abandons a draft) with notice and a decision on each ongoing action, under its
 * version; the partnership itself goes on. Once committed, the other parties are told by mail.
 */
@Injectable()
export class TerminateConvention {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly notices: StatusNoticesService,
    private readonly views: ConventionService,
  ) {}

  async execute(actor: Actor, partnershipId: string, input: TerminateDto): Promise<ConventionStepView> {
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'TerminateConvention', ...terminationRequestOf(input) },
      { expectedVersion: input.version },
    );
    await this.notices.notifyOtherParties(actor, outcome.snapshot, outcome.revision, 'convention_terminated');
    return this.views.viewAfter(outcome);
  }
}
