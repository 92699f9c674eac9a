import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { addLogEntry, type LogEntryKind } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { CLOCK, type Clock } from '../../common/clock/clock';
import { FilesService } from '../../files/files.service';
import { appendedBy } from '../../lifecycle/appended-by';
import { refusal } from '../../lifecycle/domain-refusal';
import { PartnershipAppends } from '../../lifecycle/partnership-appends';
import { PartnershipRepository } from '../../lifecycle/partnership.repository';
import {
  ActionRecordsRepository,
  type ActionLogEntry,
} from '../../partnership-records/action-records.repository';
import type { AppendOutcome } from '../../partnership-records/append-only-table';
import { PartnershipAccess, partnershipNotFound } from '../../tenancy/partnership-access';
import type { AddLogEntryDto } from '../dto/action.dto';

/**
 * Either party logs what was done for an action (meetings, trainings, missions, deliveries), with files
 * uploaded to this partnership attached. A row of its own: no version, and stored once however often it is
 * sent with the same `Idempotency-Key` (a phone that lost its answer sends it again).
 */
@Injectable()
export class AddLogEntry {
  private readonly records = new ActionRecordsRepository();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PartnershipAccess,
    private readonly partnerships: PartnershipRepository,
    private readonly appends: PartnershipAppends,
    private readonly files: FilesService,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; actionId: string },
    input: AddLogEntryDto,
    idempotencyKey: string | null,
  ): Promise<AppendOutcome<ActionLogEntry>> {
    const { partnershipId, actionId } = target;
    if (!this.access.mayLookUp(actor, partnershipId)) throw partnershipNotFound(partnershipId);
    const by = appendedBy(actor, partnershipId, idempotencyKey, { ...target, ...input });
    const replayed = await this.records.logEntries.replay(this.dataSource.manager, by);
    if (replayed) return replayed;
    return this.dataSource.transaction(async (manager) => {
      const { context } = await this.partnerships.lockForAppend(
        manager,
        partnershipId,
        actor.organisationId,
        {
          actionId,
        },
      );
      const attachmentIds = [...new Set(input.attachmentIds)];
      for (const fileId of attachmentIds) await this.files.requireAttachable(manager, partnershipId, fileId);
      const outcome = addLogEntry(
        context,
        {
          type: 'AddLogEntry',
          actionId,
          entryId: randomUUID(),
          byParty: actor.organisationId,
          kind: input.kind as LogEntryKind,
          text: input.text.trim(),
          attachmentIds,
        },
        this.clock.now(),
      );
      if (!outcome.ok) throw refusal(outcome.error);
      const logged = { actionId, entry: outcome.value.state };
      return this.appends.store(manager, this.records.logEntries, by, logged, {
        actor,
        events: outcome.value.events,
      });
    });
  }
}
