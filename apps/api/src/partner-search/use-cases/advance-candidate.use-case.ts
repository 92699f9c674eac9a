import { Injectable } from '@nestjs/common';
import type { CandidateStage } from '@passerelle/domain';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import type { AdvanceCandidateDto, CandidatesView } from '../dto/candidate.dto';
import { assertInitiator, findCandidate } from '../partner-search-access';
import { PartnerSearchService } from '../partner-search.service';

/**
 * Moves a candidate along the pipeline (or out: declined, dropped), under the candidate's version. Accepting
 * one is the invitation's work, not this move's.
 */
@Injectable()
export class AdvanceCandidate {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: PartnerSearchService,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; candidateId: string },
    input: AdvanceCandidateDto,
  ): Promise<CandidatesView> {
    const { partnershipId, candidateId } = target;
    const outcome = await this.lifecycle.inTransaction(async (manager) => {
      const locked = await this.lifecycle.lock(manager, actor, partnershipId);
      assertInitiator(locked.snapshot, actor, partnershipId);
      findCandidate(locked.snapshot, candidateId);
      return this.lifecycle.execute(
        manager,
        actor,
        locked,
        {
          type: 'AdvanceCandidate',
          candidateId,
          to: input.stage as CandidateStage,
          nextStep: input.nextStep?.trim() || null,
          nextStepOn: input.nextStepOn ?? null,
          organisation: null,
        },
        { expectedVersion: input.version },
      );
    });
    return this.views.viewAfter(outcome);
  }
}
