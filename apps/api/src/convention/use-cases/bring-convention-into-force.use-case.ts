import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { ConventionService } from '../convention.service';
import type { ConventionStepView, BringConventionIntoForceDto } from '../dto/convention.dto';

/**
 * Records the day the signed convention comes into force, under its version.
 */
@Injectable()
export class BringConventionIntoForce {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: ConventionService,
  ) {}

  async execute(
    actor: Actor,
    partnershipId: string,
    input: BringConventionIntoForceDto,
  ): Promise<ConventionStepView> {
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'BringConventionIntoForce', effectiveOn: input.effectiveOn },
      { expectedVersion: input.version },
    );
    return this.views.viewAfter(outcome);
  }
}
