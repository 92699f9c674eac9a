import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { CommitmentService } from '../commitment.service';
import type { CommitmentView, RecordContributionDto } from '../dto/commitment.dto';

/** Records what the actor's territory can bring: a new record. */
@Injectable()
export class RecordContribution {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: CommitmentService,
  ) {}

  async execute(actor: Actor, partnershipId: string, input: RecordContributionDto): Promise<CommitmentView> {
    const outcome = await this.lifecycle.apply(actor, partnershipId, {
      type: 'RecordContribution',
      contributionId: randomUUID(),
      partyId: actor.organisationId,
      title: input.title.trim(),
    });
    return this.views.viewAfter(outcome, actor);
  }
}
