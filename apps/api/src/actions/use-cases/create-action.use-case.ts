import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { ActionPriority, ActionTheme, PartnershipSnapshot } from '@passerelle/domain';
import type { Actor } from '../../auth/actor';
import { ProblemException } from '../../common/problem/problem';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { ActionsService } from '../actions.service';
import type { ActionDetailView, CreateActionDto, OperatorInputDto } from '../dto/action.dto';

/**
 * Creates an action initiated by the actor's party. A new record: it names no version and conflicts with
 * nothing. Its operators are checked against the partnership as locked: a territory actor named must be
 * one of that operator's party.
 */
@Injectable()
export class CreateAction {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: ActionsService,
  ) {}

  async execute(actor: Actor, partnershipId: string, input: CreateActionDto): Promise<ActionDetailView> {
    const actionId = randomUUID();
    const outcome = await this.lifecycle.inTransaction(async (manager) => {
      const locked = await this.lifecycle.lock(manager, actor, partnershipId);
      return this.lifecycle.execute(manager, actor, locked, {
        type: 'CreateAction',
        actionId,
        title: input.title.trim(),
        themes: [...new Set(input.themes)] as ActionTheme[],
        sdgs: [...new Set(input.sdgs)].sort((a, b) => a - b),
        locatedIn: input.locatedIn,
        initiatedBy: actor.organisationId,
        ...(input.proposedBy ? { proposedBy: input.proposedBy } : {}),
        operators: input.operators.map((operator, index) => toOperator(locked.snapshot, operator, index)),
        priority: input.priority as ActionPriority,
        startsOn: input.startsOn ?? null,
        endsOn: input.endsOn ?? null,
      });
    });
    return this.views.detailAfter(outcome, actor, actionId);
  }
}

/** The operator as recorded; a territory actor it names must be one of that party's (step 1). */
function toOperator(snapshot: PartnershipSnapshot, operator: OperatorInputDto, index: number) {
  const territoryActorId = operator.territoryActorId?.trim() || null;
  if (territoryActorId) {
    const known = snapshot.territoryActors.find((candidate) => candidate.id === territoryActorId);
    if (!known || known.partyId !== operator.partyId) {
      const field = `operators.${index}.territoryActorId`;
      throw new ProblemException(
        'REQUEST.VALIDATION_FAILED',
        `${field}: no territory actor of this party has this id.`,
        { errors: [{ field, rule: 'territoryActor', message: 'not a territory actor of this party' }] },
      );
    }
  }
  return { name: operator.name.trim(), partyId: operator.partyId, territoryActorId };
}
