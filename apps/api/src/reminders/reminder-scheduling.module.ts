import { Module } from '@nestjs/common';
import { QueuesModule } from '../queues/queues.module';
import { ReminderJobQueue } from './reminder-job-queue';
import { ReminderJobsAfterCommit } from './reminder-jobs-after-commit';
import { ReminderScheduler } from './reminder-scheduler';

/**
 * Keeping the schedule: the scheduler that lifecycle writes call in their transaction, and the jobs that
 * follow each commit. Loaded by the API (through the lifecycle) and by the worker (its rescheduling sweep).
 */
@Module({
  imports: [QueuesModule],
  providers: [ReminderScheduler, ReminderJobQueue, ReminderJobsAfterCommit],
  exports: [ReminderScheduler, ReminderJobQueue],
})
export class ReminderSchedulingModule {}
