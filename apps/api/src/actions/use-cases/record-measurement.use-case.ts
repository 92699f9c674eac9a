import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { recordMeasurement } from '@passerelle/domain';
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
  type IndicatorMeasurement,
} from '../../partnership-records/action-records.repository';
import type { AppendOutcome } from '../../partnership-records/append-only-table';
import { PartnershipAccess, partnershipNotFound } from '../../tenancy/partnership-access';
import type { RecordMeasurementDto } from '../dto/action.dto';

/**
 * Records a measurement of a co-validated indicator, for the actor's party (the partner authority measures
 * too), with its breakdown by the indicator's dimensions and its evidence: files uploaded to this partnership. A row of its own: no version is asked for, so a measurement never refuses or is refused by another
 * write, and one sent again with its `Idempotency-Key` is stored once.
 */
@Injectable()
export class RecordMeasurement {
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
    target: { partnershipId: string; actionId: string; indicatorId: string },
    input: RecordMeasurementDto,
    idempotencyKey: string | null,
  ): Promise<AppendOutcome<IndicatorMeasurement>> {
    const { partnershipId, actionId, indicatorId } = target;
    if (!this.access.mayLookUp(actor, partnershipId)) throw partnershipNotFound(partnershipId);
    const by = appendedBy(actor, partnershipId, idempotencyKey, { ...target, ...input });
    const replayed = await this.records.measurements.replay(this.dataSource.manager, by);
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
      const evidenceIds = [...new Set(input.evidenceIds ?? [])];
      for (const fileId of evidenceIds) await this.files.requireAttachable(manager, partnershipId, fileId);
      const outcome = recordMeasurement(
        context,
        {
          type: 'RecordMeasurement',
          actionId,
          indicatorId,
          on: input.on,
          value: input.value,
          unit: input.unit,
          recordedBy: actor.organisationId,
          breakdown: (input.breakdown ?? []).map(({ dimension, category, value }) => ({
            dimension,
            category,
            value,
          })),
          evidenceIds,
        },
        this.clock.now(),
      );
      if (!outcome.ok) throw refusal(outcome.error);
      const measured = { actionId, indicatorId, measurement: outcome.value.state };
      return this.appends.store(manager, this.records.measurements, by, measured, {
        actor,
        events: outcome.value.events,
      });
    });
  }
}
