import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { FrameOfReference, MotivationCategory } from '@passerelle/domain';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { CommitmentService } from '../commitment.service';
import type { CommitmentView, StateMotivationDto } from '../dto/commitment.dto';

/** States a motivation of the actor's party: a new record, internal to the party until reviewed and shared. */
@Injectable()
export class StateMotivation {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: CommitmentService,
  ) {}

  async execute(actor: Actor, partnershipId: string, input: StateMotivationDto): Promise<CommitmentView> {
    const outcome = await this.lifecycle.apply(actor, partnershipId, {
      type: 'StateMotivation',
      motivationId: randomUUID(),
      partyId: actor.organisationId,
      category: input.category as MotivationCategory,
      frameOfReference: input.frameOfReference as FrameOfReference,
      text: input.text.trim(),
      authorId: actor.userId,
    });
    return this.views.viewAfter(outcome, actor);
  }
}
