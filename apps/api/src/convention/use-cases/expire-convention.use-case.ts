import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { ConventionService } from '../convention.service';
import type { ConventionStepView } from '../dto/convention.dto';

/**
 * Records that the convention reached its end without renewal, under its version.
 */
@Injectable()
export class ExpireConvention {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: ConventionService,
  ) {}

  async execute(actor: Actor, partnershipId: string, version: number): Promise<ConventionStepView> {
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'ExpireConvention' },
      { expectedVersion: version },
    );
    return this.views.viewAfter(outcome);
  }
}
