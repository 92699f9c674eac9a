import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { textOf } from '../convention-input';
import { ConventionService } from '../convention.service';
import type { ConventionStepView, ConventionTextDto } from '../dto/convention.dto';

/**
 * Writes a new version of the convention, under its version; approvals of earlier versions stay on record
 * but no longer count.
 */
@Injectable()
export class ReviseConvention {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: ConventionService,
  ) {}

  async execute(actor: Actor, partnershipId: string, input: ConventionTextDto): Promise<ConventionStepView> {
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'ReviseConvention', ...textOf(input) },
      { expectedVersion: input.version },
    );
    return this.views.viewAfter(outcome);
  }
}
