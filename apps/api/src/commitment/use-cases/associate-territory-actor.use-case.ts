import { Injectable } from '@nestjs/common';
import type { ActorInvolvement, TerritoryActorKind } from '@passerelle/domain';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { CommitmentService } from '../commitment.service';
import type { CommitmentView, AssociateTerritoryActorDto } from '../dto/commitment.dto';
import { TerritoryActorsService } from '../../territory-actors/territory-actors.service';

/**
 * Associates an actor of the organisation's directory with the partnership; an actor given by name is filed
 * in the directory first, in the same transaction, so that the next partnership finds it there. A new record.
 */
@Injectable()
export class AssociateTerritoryActor {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly directory: TerritoryActorsService,
    private readonly views: CommitmentService,
  ) {}

  async execute(
    actor: Actor,
    partnershipId: string,
    input: AssociateTerritoryActorDto,
  ): Promise<CommitmentView> {
    const outcome = await this.lifecycle.inTransaction(async (manager) => {
      const locked = await this.lifecycle.lock(manager, actor, partnershipId);
      const entry = input.directoryActorId
        ? await this.directory.findOwn(manager, actor, input.directoryActorId)
        : await this.directory.findOrCreate(manager, actor, {
            name: input.name ?? '',
            kind: input.kind ?? 'other',
          });
      return this.lifecycle.execute(manager, actor, locked, {
        type: 'AssociateTerritoryActor',
        actorId: entry.id,
        partyId: actor.organisationId,
        name: entry.name,
        kind: entry.kind as TerritoryActorKind,
        involvement: input.involvement as ActorInvolvement,
      });
    });
    return this.views.viewAfter(outcome, actor);
  }
}
