import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  recordDialogueEvent,
  type CommunicationChannel,
  type DialogueAudience,
  type DialogueEvent,
  type PartnershipContext,
  type RecordDialogueEventCommand,
} from '@passerelle/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { CLOCK, SystemClock, type Clock } from '../../common/clock/clock';
import { PartnershipAppends } from '../../lifecycle/partnership-appends';
import { PartnershipRepository } from '../../lifecycle/partnership.repository';
import { PeopleResolver } from '../../lifecycle/people';
import { appendedBy } from '../../lifecycle/appended-by';
import { refusal } from '../../lifecycle/domain-refusal';
import type { AppendOutcome } from '../../partnership-records/append-only-table';
import { DialogueExchangeRepository } from '../../partnership-records/dialogue-exchange.repository';
import { PartnershipAccess, partnershipNotFound } from '../../tenancy/partnership-access';
import type { RecordDialogueEventDto } from '../dto/dialogue.dto';

/**
 * Logs an exchange that took place, for the actor's party: either side keeps the log. The exchange is a row
 * of its own, appended with its audit row in one statement; the partnership is locked only to order the
 * write with others and count it in its revision, and no version is asked for, so two parties logging at
 * once, or one logging while the other edits the convention, never refuse each other. Sent again with the
 * same `Idempotency-Key`, it stores nothing and answers the exchange first stored.
 */
@Injectable()
export class RecordDialogueExchange {
  private readonly exchanges = new DialogueExchangeRepository();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PartnershipAccess,
    private readonly partnerships: PartnershipRepository,
    private readonly people: PeopleResolver,
    private readonly appends: PartnershipAppends,
    @Optional() @Inject(CLOCK) private readonly clock: Clock = new SystemClock(),
  ) {}

  async execute(
    actor: Actor,
    partnershipId: string,
    input: RecordDialogueEventDto,
    idempotencyKey: string | null,
  ): Promise<AppendOutcome<DialogueEvent>> {
    if (!this.access.mayLookUp(actor, partnershipId)) throw partnershipNotFound(partnershipId);
    const by = appendedBy(actor, partnershipId, idempotencyKey, input);
    const replayed = await this.exchanges.appends.replay(this.dataSource.manager, by);
    if (replayed) return replayed;
    return this.dataSource.transaction(async (manager) => {
      const { context } = await this.partnerships.lockForAppend(manager, partnershipId, actor.organisationId);
      const command = await this.commandOf(manager, actor, context, input);
      const outcome = recordDialogueEvent(context, command, this.clock.now());
      if (!outcome.ok) throw refusal(outcome.error);
      return this.appends.store(manager, this.exchanges.appends, by, outcome.value.state, {
        actor,
        events: outcome.value.events,
      });
    });
  }

  private async commandOf(
    manager: EntityManager,
    actor: Actor,
    context: PartnershipContext,
    input: RecordDialogueEventDto,
  ): Promise<RecordDialogueEventCommand> {
    return {
      type: 'RecordDialogueEvent',
      eventId: randomUUID(),
      audience: input.audience as DialogueAudience,
      occurredAt: new Date(input.occurredAt),
      channel: input.channel as CommunicationChannel,
      participants: await this.people.resolve(
        manager,
        context,
        input.participants,
        (index) => `participants.${index}`,
      ),
      summary: input.summary.trim(),
      decisions: input.decisions,
      recordedBy: actor.organisationId,
    };
  }
}
