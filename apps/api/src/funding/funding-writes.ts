import { Inject, Injectable } from '@nestjs/common';
import { type Action, type CalendarDate, calendarDateAt } from '@passerelle/domain';
import type { EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';
import type { Actor } from '../auth/actor';
import { CLOCK, type Clock } from '../common/clock/clock';
import { ProblemException } from '../common/problem/problem';
import { PartnershipRepository } from '../lifecycle/partnership.repository';
import { ReminderScheduler } from '../reminders/reminder-scheduler';
import type { StoredFundingApplication } from './funding-application.repository';

/** What a funding write on an action's applications holds: the partnership locked, the action, today. */
export interface LockedAction {
  readonly action: Action;
  /** Today in the actor's authority's time zone: dates of submissions and decisions are its days. */
  readonly today: CalendarDate;
}

export interface FundingAuditEntry {
  readonly entityType: 'funding_call' | 'funding_application';
  readonly entityId: string;
  readonly action: string;
  readonly before?: object;
  readonly after: object;
}

/**
 * What every write on an action's applications does around its own rule: it takes the partnership's row
 * lock (counting the change in its revision, as every write on a partnership does) with the tenancy check,
 * and afterwards records the audit row and brings the partnership's reminders in line with the funding
 * deadlines, in the same transaction.
 */
@Injectable()
export class FundingWrites {
  constructor(
    private readonly partnerships: PartnershipRepository,
    private readonly scheduler: ReminderScheduler,
    private readonly audit: AuditTrail,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async lockAction(
    manager: EntityManager,
    actor: Actor,
    partnershipId: string,
    actionId: string,
  ): Promise<LockedAction> {
    const { context } = await this.partnerships.lockForAppend(manager, partnershipId, actor.organisationId, {
      actionId,
    });
    const [action] = context.actions;
    if (!action)
      throw new ProblemException('RESOURCE.NOT_FOUND', `No action ${actionId} in this partnership.`);
    return { action, today: await this.today(manager, actor) };
  }

  async today(manager: EntityManager, actor: Actor): Promise<CalendarDate> {
    const [row]: Array<{ time_zone: string }> = await manager.query(
      `SELECT time_zone FROM organisation WHERE id = $1`,
      [actor.organisationId],
    );
    return calendarDateAt(this.clock.now(), row?.time_zone ?? 'UTC');
  }

  /** Only the authority that applied changes its application; its partners read it. */
  requireApplicant(actor: Actor, application: StoredFundingApplication): void {
    if (application.organisationId !== actor.organisationId)
      throw new ProblemException(
        'AUTH.FORBIDDEN',
        'Only the authority that applied changes this application; its partners read it.',
      );
  }

  /** The audit row of the change and the partnership's reminders brought in line with it. */
  async recorded(
    manager: EntityManager,
    actor: Actor,
    partnershipId: string,
    entry: FundingAuditEntry,
  ): Promise<void> {
    await this.audited(manager, actor, entry);
    await this.rescheduled(manager, partnershipId);
  }

  async audited(manager: EntityManager, actor: Actor, entry: FundingAuditEntry): Promise<void> {
    await this.audit.record(manager, {
      actor,
      entityType: entry.entityType,
      entityId: entry.entityId,
      action: entry.action,
      before: entry.before ? { ...entry.before } : {},
      after: { ...entry.after },
    });
  }

  /** The partnership's reminders in line with its funding deadlines; the caller holds its row lock. */
  async rescheduled(manager: EntityManager, partnershipId: string): Promise<void> {
    await this.scheduler.schedule(
      manager,
      await this.partnerships.loadReminderSituation(manager, partnershipId),
    );
  }
}
