import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { FilesService } from '../../files/files.service';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { ConventionService } from '../convention.service';
import type { ApproveConventionDto, ConventionStepView } from '../dto/convention.dto';

/**
 * Records the council decision (délibération) of the actor's own party approving a version of the
 * convention, with the decision itself as a file if at hand, under the convention's version.
 */
@Injectable()
export class ApproveConvention {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly files: FilesService,
    private readonly views: ConventionService,
  ) {}

  async execute(
    actor: Actor,
    partnershipId: string,
    input: ApproveConventionDto,
  ): Promise<ConventionStepView> {
    const outcome = await this.lifecycle.inTransaction(async (manager) => {
      const locked = await this.lifecycle.lock(manager, actor, partnershipId);
      const decisionFileId = input.decisionFileId
        ? (await this.files.requireAttachable(manager, partnershipId, input.decisionFileId)).id
        : null;
      return this.lifecycle.execute(
        manager,
        actor,
        locked,
        {
          type: 'ApproveConvention',
          partyId: actor.organisationId,
          version: input.conventionVersion,
          councilDecisionRef: input.councilDecisionRef.trim(),
          decidedOn: input.decidedOn,
          decisionFileId,
        },
        { expectedVersion: input.version },
      );
    });
    return this.views.viewAfter(outcome);
  }
}
