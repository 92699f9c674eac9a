import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { ConventionService } from '../convention.service';
import type { ConventionStepView } from '../dto/convention.dto';

/**
 * Resumes a suspended convention, under its version.
 */
@Injectable()
export class ResumeConvention {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: ConventionService,
  ) {}

  async execute(actor: Actor, partnershipId: string, version: number): Promise<ConventionStepView> {
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'ResumeConvention' },
      { expectedVersion: version },
    );
    return this.views.viewAfter(outcome);
  }
}
