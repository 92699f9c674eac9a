import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { ConventionService } from '../convention.service';
import type { ConventionStepView, ObjectToRenewalDto } from '../dto/convention.dto';

/**
 * Records the actor's party's objection to the tacit renewal, under the convention's version.
 */
@Injectable()
export class ObjectToTacitRenewal {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: ConventionService,
  ) {}

  async execute(actor: Actor, partnershipId: string, input: ObjectToRenewalDto): Promise<ConventionStepView> {
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'ObjectToTacitRenewal', partyId: actor.organisationId, on: input.objectedOn },
      { expectedVersion: input.version },
    );
    return this.views.viewAfter(outcome);
  }
}
