import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { CommitmentService } from '../commitment.service';
import type { CommitmentView, RecordConsultationDto } from '../dto/commitment.dto';
import { ownTerritoryActor } from '../own-records';

/** Records a consultation of a territory actor the actor's party associated, under that actor's version. */
@Injectable()
export class RecordConsultation {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: CommitmentService,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; actorId: string },
    input: RecordConsultationDto,
  ): Promise<CommitmentView> {
    const { partnershipId, actorId } = target;
    const outcome = await this.lifecycle.inTransaction(async (manager) => {
      const locked = await this.lifecycle.lock(manager, actor, partnershipId);
      ownTerritoryActor(locked.snapshot, actorId, actor);
      return this.lifecycle.execute(manager, actor, locked, {
        type: 'RecordConsultation',
        actorId,
        on: input.on,
        summary: input.summary.trim(),
      });
    });
    return this.views.viewAfter(outcome, actor);
  }
}
