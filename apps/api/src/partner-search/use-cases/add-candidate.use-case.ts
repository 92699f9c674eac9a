import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { CandidateSource } from '@passerelle/domain';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import type { AddCandidateDto, CandidatesView } from '../dto/candidate.dto';
import { assertInitiator } from '../partner-search-access';
import { PartnerSearchService } from '../partner-search.service';

/** Adds a candidate authority to the initiator's pipeline: a new record, which names no version. */
@Injectable()
export class AddCandidate {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: PartnerSearchService,
  ) {}

  async execute(actor: Actor, partnershipId: string, input: AddCandidateDto): Promise<CandidatesView> {
    const outcome = await this.lifecycle.inTransaction(async (manager) => {
      const locked = await this.lifecycle.lock(manager, actor, partnershipId);
      assertInitiator(locked.snapshot, actor, partnershipId);
      return this.lifecycle.execute(manager, actor, locked, {
        type: 'AddCandidate',
        candidateId: randomUUID(),
        name: input.name.trim(),
        country: input.countryCode.toUpperCase(),
        organisationId: input.organisationId ?? null,
        source: input.source as CandidateSource,
        sourceDetail: input.sourceDetail.trim(),
        nextStep: input.nextStep?.trim() || null,
        nextStepOn: input.nextStepOn ?? null,
      });
    });
    return this.views.viewAfter(outcome);
  }
}
