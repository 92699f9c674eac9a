import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { textOf } from '../convention-input';
import { ConventionService } from '../convention.service';
import type { ConventionStepView, ConventionTextDto } from '../dto/convention.dto';

/**
 * Drafts the partnership's convention (its first version), under the convention's version (0 before any).
 */
@Injectable()
export class DraftConvention {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: ConventionService,
  ) {}

  async execute(actor: Actor, partnershipId: string, input: ConventionTextDto): Promise<ConventionStepView> {
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'DraftConvention', conventionId: randomUUID(), ...textOf(input) },
      { expectedVersion: input.version },
    );
    return this.views.viewAfter(outcome);
  }
}
