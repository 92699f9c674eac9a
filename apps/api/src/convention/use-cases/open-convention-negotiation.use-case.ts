import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { ConventionService } from '../convention.service';
import type { ConventionStepView } from '../dto/convention.dto';

/**
 * Opens the negotiation of the drafted convention with the other parties, under the convention's version.
 */
@Injectable()
export class OpenConventionNegotiation {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: ConventionService,
  ) {}

  async execute(actor: Actor, partnershipId: string, version: number): Promise<ConventionStepView> {
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'OpenConventionNegotiation' },
      { expectedVersion: version },
    );
    return this.views.viewAfter(outcome);
  }
}
