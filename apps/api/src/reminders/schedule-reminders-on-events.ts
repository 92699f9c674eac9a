import { Injectable, type OnModuleInit } from '@nestjs/common';
import { changesReminders, type DomainEvent, type PartnershipSnapshot } from '@passerelle/domain';
import type { EntityManager } from 'typeorm';
import { LifecycleEvents, type LifecycleEventHandler } from '../lifecycle/lifecycle-events';
import { PartnershipRepository } from '../lifecycle/partnership.repository';
import { ReminderScheduler } from './reminder-scheduler';

/**
 * Keeps a partnership's reminders in line with its situation: told of each lifecycle write's domain events
 * (in the write's transaction, under its lock), it schedules again when one of them may change what the
 * partnership calls for (`changesReminders`: its status, dialogue plan or exchanges, visits, convention). A
 * logged exchange cancels the reminder of the exchange it was.
 */
@Injectable()
export class ScheduleRemindersOnEvents implements LifecycleEventHandler, OnModuleInit {
  constructor(
    private readonly events: LifecycleEvents,
    private readonly scheduler: ReminderScheduler,
    private readonly partnerships: PartnershipRepository,
  ) {}

  onModuleInit(): void {
    this.events.register(this);
  }

  async handle(
    manager: EntityManager,
    partnershipId: string,
    events: readonly DomainEvent[],
    snapshot?: PartnershipSnapshot,
  ): Promise<void> {
    if (!changesReminders(events)) return;
    const situation = snapshot ?? (await this.partnerships.loadReminderSituation(manager, partnershipId));
    await this.scheduler.schedule(manager, situation);
  }
}
