import { Injectable } from '@nestjs/common';
import type { RenewalKind } from '@passerelle/domain';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { ConventionService } from '../convention.service';
import type { ConventionStepView, RenewConventionDto } from '../dto/convention.dto';

/**
 * Renews the convention, tacitly or by an explicit decision with its new end, under its version.
 */
@Injectable()
export class RenewConvention {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: ConventionService,
  ) {}

  async execute(actor: Actor, partnershipId: string, input: RenewConventionDto): Promise<ConventionStepView> {
    const explicit = input.kind === 'explicit';
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      {
        type: 'RenewConvention',
        kind: input.kind as RenewalKind,
        decisionRef: explicit ? input.decisionRef?.trim() || null : null,
        newExpiresOn: explicit ? (input.newExpiresOn ?? null) : null,
      },
      { expectedVersion: input.version },
    );
    return this.views.viewAfter(outcome);
  }
}
