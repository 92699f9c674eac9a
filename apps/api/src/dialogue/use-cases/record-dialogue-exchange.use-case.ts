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
import { auditRowOf } from '../../audit/audit-trail';
import type { Actor } from '../../auth/actor';
import { CLOCK, SystemClock, type Clock } from '../../common/clock/clock';
import { idempotencyKeyReused, requestFingerprint } from '../../common/idempotency/idempotency-key';
import { ProblemException } from '../../common/problem/problem';
import { lifecycleAuditEntries } from '../../lifecycle/lifecycle-audit';
import { PartnershipRepository } from '../../lifecycle/partnership.repository';
import { PeopleResolver } from '../../lifecycle/people';
import {
  DialogueExchangeRepository,
  type StoredExchange,
} from '../../partnership-records/dialogue-exchange.repository';
import { ReminderScheduler } from '../../reminders/reminder-scheduler';
import { PartnershipAccess, partnershipNotFound } from '../../tenancy/partnership-access';
import type { RecordDialogueEventDto } from '../dto/dialogue.dto';

/** What a logged exchange answers: the exchange, and whether this request stored it or found it stored. */
export interface RecordedExchange {
  readonly exchange: DialogueEvent;
  readonly replayed: boolean;
}

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
    private readonly reminders: ReminderScheduler,
    @Optional() @Inject(CLOCK) private readonly clock: Clock = new SystemClock(),
  ) {}

  async execute(
    actor: Actor,
    partnershipId: string,
    input: RecordDialogueEventDto,
    idempotencyKey: string | null,
  ): Promise<RecordedExchange> {
    if (!this.access.mayLookUp(actor, partnershipId)) throw partnershipNotFound(partnershipId);
    const requestHash = idempotencyKey ? requestFingerprint(input) : null;
    if (idempotencyKey) {
      // A retry finds its row without taking any lock.
      const earlier = await this.exchanges.findByKey(
        this.dataSource.manager,
        partnershipId,
        actor.organisationId,
        idempotencyKey,
      );
      if (earlier) return replayOf(earlier, requestHash);
    }
    return this.dataSource.transaction(async (manager) => {
      const { context } = await this.partnerships.lockForAppend(manager, partnershipId, actor.organisationId);
      const command = await this.commandOf(manager, actor, context, input);
      const outcome = recordDialogueEvent(context, command, this.clock.now());
      if (!outcome.ok) {
        throw new ProblemException(outcome.error.code, outcome.error.message, {
          details: outcome.error.details ?? null,
        });
      }
      const audit = lifecycleAuditEntries(actor, partnershipId, outcome.value.events).map(auditRowOf);
      const appended = await this.exchanges.append(
        manager,
        {
          partnershipId,
          exchange: outcome.value.state,
          recordedByUserId: actor.userId,
          idempotencyKey,
          requestHash,
        },
        audit,
      );
      if (!appended) {
        // The same key landed between the look-up above and the lock: that one stands.
        const earlier = await this.exchanges.findByKey(
          manager,
          partnershipId,
          actor.organisationId,
          idempotencyKey ?? '',
        );
        if (!earlier) throw new Error(`exchange with key ${String(idempotencyKey)} neither stored nor found`);
        return replayOf(earlier, requestHash);
      }
      await this.rescheduleReminders(manager, partnershipId);
      return { exchange: appended.exchange, replayed: false };
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

  /**
   * A logged exchange moves the next one due: its reminders follow in the same transaction (the
   * partnership's row lock is held, so no other write schedules meanwhile).
   */
  private async rescheduleReminders(manager: EntityManager, partnershipId: string): Promise<void> {
    const { snapshot } = await this.partnerships.load(manager, partnershipId);
    await this.reminders.schedule(manager, snapshot);
  }
}

function replayOf(earlier: StoredExchange, requestHash: string | null): RecordedExchange {
  if (earlier.requestHash !== requestHash) throw idempotencyKeyReused();
  return { exchange: earlier.exchange, replayed: true };
}
