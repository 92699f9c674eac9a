import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { recordJointEvaluation } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { CLOCK, type Clock } from '../../common/clock/clock';
import { appendedBy } from '../../lifecycle/appended-by';
import { refusal } from '../../lifecycle/domain-refusal';
import { PartnershipAppends } from '../../lifecycle/partnership-appends';
import { PartnershipRepository } from '../../lifecycle/partnership.repository';
import {
  ActionRecordsRepository,
  type ActionEvaluation,
} from '../../partnership-records/action-records.repository';
import type { AppendOutcome } from '../../partnership-records/append-only-table';
import { PartnershipAccess, partnershipNotFound } from '../../tenancy/partnership-access';
import type { RecordJointEvaluationDto } from '../dto/action.dto';

/**
 * Records a joint evaluation of an action (at least two parties took part), appended as a row of its own:
 * no version, and stored once however often it is sent with the same `Idempotency-Key`.
 */
@Injectable()
export class RecordJointEvaluation {
  private readonly records = new ActionRecordsRepository();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PartnershipAccess,
    private readonly partnerships: PartnershipRepository,
    private readonly appends: PartnershipAppends,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; actionId: string },
    input: RecordJointEvaluationDto,
    idempotencyKey: string | null,
  ): Promise<AppendOutcome<ActionEvaluation>> {
    const { partnershipId, actionId } = target;
    if (!this.access.mayLookUp(actor, partnershipId)) throw partnershipNotFound(partnershipId);
    const by = appendedBy(actor, partnershipId, idempotencyKey, { ...target, ...input });
    const replayed = await this.records.evaluations.replay(this.dataSource.manager, by);
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
      const outcome = recordJointEvaluation(
        context,
        {
          type: 'RecordJointEvaluation',
          actionId,
          evaluationId: randomUUID(),
          on: input.on,
          parties: input.parties,
          summary: input.summary.trim(),
        },
        this.clock.now(),
      );
      if (!outcome.ok) throw refusal(outcome.error);
      const evaluated = { actionId, evaluation: outcome.value.state };
      return this.appends.store(manager, this.records.evaluations, by, evaluated, {
        actor,
        events: outcome.value.events,
      });
    });
  }
}
