import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  recordRuptureSignal,
  type RecordRuptureSignalCommand,
  type RuptureSignal,
  type RuptureSignalKind,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { CLOCK, SystemClock, type Clock } from '../../common/clock/clock';
import { appendedBy } from '../../lifecycle/appended-by';
import { refusal } from '../../lifecycle/domain-refusal';
import { PartnershipAppends } from '../../lifecycle/partnership-appends';
import { PartnershipRepository } from '../../lifecycle/partnership.repository';
import type { AppendOutcome } from '../../partnership-records/append-only-table';
import { RuptureSignalRepository } from '../../partnership-records/rupture-signal.repository';
import { PartnershipAccess, partnershipNotFound } from '../../tenancy/partnership-access';
import type { RecordRuptureSignalDto } from '../dto/rupture-signal.dto';

/**
 * Records a warning sign of rupture for the actor's party (seed 000 §3–4). The sign is a row of its own,
 * appended with its audit row in one statement, like an exchange: the partnership is locked only to order
 * the write and count it in its revision (so that its summary and health score are computed again). Sent
 * again with the same `Idempotency-Key`, it stores nothing and answers the sign first stored.
 */
@Injectable()
export class RecordRuptureSignal {
  private readonly signals = new RuptureSignalRepository();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PartnershipAccess,
    private readonly partnerships: PartnershipRepository,
    private readonly appends: PartnershipAppends,
    @Optional() @Inject(CLOCK) private readonly clock: Clock = new SystemClock(),
  ) {}

  async execute(
    actor: Actor,
    partnershipId: string,
    input: RecordRuptureSignalDto,
    idempotencyKey: string | null,
  ): Promise<AppendOutcome<RuptureSignal>> {
    if (!this.access.mayLookUp(actor, partnershipId)) throw partnershipNotFound(partnershipId);
    const by = appendedBy(actor, partnershipId, idempotencyKey, input);
    const replayed = await this.signals.appends.replay(this.dataSource.manager, by);
    if (replayed) return replayed;
    return this.dataSource.transaction(async (manager) => {
      const { context } = await this.partnerships.lockForAppend(manager, partnershipId, actor.organisationId);
      const outcome = recordRuptureSignal(context, commandOf(actor, input), this.clock.now());
      if (!outcome.ok) throw refusal(outcome.error);
      return this.appends.store(manager, this.signals.appends, by, outcome.value.state, {
        actor,
        events: outcome.value.events,
      });
    });
  }
}

function commandOf(actor: Actor, input: RecordRuptureSignalDto): RecordRuptureSignalCommand {
  return {
    type: 'RecordRuptureSignal',
    signalId: randomUUID(),
    kind: input.kind as RuptureSignalKind,
    concernsPartyId: input.concernsPartyId,
    occursOn: input.occursOn,
    note: input.note,
    recordedBy: actor.organisationId,
  };
}
