import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { CommitmentService } from '../commitment.service';
import type { CommitmentView, RecordStakeDto } from '../dto/commitment.dto';

/** Records a stake of the actor's territory: a new record. */
@Injectable()
export class RecordStake {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: CommitmentService,
  ) {}

  async execute(actor: Actor, partnershipId: string, input: RecordStakeDto): Promise<CommitmentView> {
    const outcome = await this.lifecycle.apply(actor, partnershipId, {
      type: 'RecordStake',
      stakeId: randomUUID(),
      partyId: actor.organisationId,
      title: input.title.trim(),
      cooperationCanBeLever: input.cooperationCanBeLever,
    });
    return this.views.viewAfter(outcome, actor);
  }
}
