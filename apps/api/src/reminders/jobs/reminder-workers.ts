import { InjectQueue } from '@nestjs/bullmq';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Worker, type Job, type Queue } from 'bullmq';
import { logContext } from '../../common/logging/request-context';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.token';
import {
  QUEUES,
  REMINDER_JOBS,
  type DeliverReminderJobPayload,
  type ReminderMaintenanceJobPayload,
} from '../../queues/queue-names';
import { redisOptionsFromUrl } from '../../redis/redis-connection';
import { DeliverReminder } from './deliver-reminder';
import { ReconcileReminders } from './reconcile-reminders';
import { RescheduleReminders } from './reschedule-reminders';

/**
 * Reminder jobs taken at once per mail the worker may have in flight (`REMINDER_CONCURRENCY`, the SMTP
 * pool's connections). A delivery job spends most of its time waiting — for its group's statement, for a
 * free SMTP connection — so several per connection keep the pool busy and let the jobs' reads, claims and
 * outcomes go to PostgreSQL in groups; the mails in flight stay at `REMINDER_CONCURRENCY`.
 */
const JOBS_PER_MAIL_IN_FLIGHT = 16;

/** A job that stalled (its worker died) this many times is failed; reconciliation then gives it another. */
const MAX_STALLED_COUNT = 3;

/**
 * The worker process's reminder machinery: the BullMQ worker that delivers reminder jobs, and the one that
 * runs the periodic upkeep (reconciliation with Redis, the rescheduling sweep) from BullMQ job schedulers,
 * so that with several worker replicas each run happens once.
 *
 * The workers are built here rather than with `@Processor`, whose options are fixed at compile time:
 * concurrency, lock duration and stalled-job interval come from the configuration.
 */
@Injectable()
export class ReminderWorkers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ReminderWorkers.name);
  private workers: Worker[] = [];
  private watchdog: NodeJS.Timeout | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QUEUES.reminderMaintenance)
    private readonly maintenance: Queue<ReminderMaintenanceJobPayload>,
    private readonly deliver: DeliverReminder,
    private readonly reconcile: ReconcileReminders,
    private readonly reschedule: RescheduleReminders,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const settings = this.config.reminders;
    const connection = { ...redisOptionsFromUrl(this.config.redisUrl), maxRetriesPerRequest: null };
    const base = { connection, prefix: this.config.queuePrefix };
    this.workers = [
      new Worker<DeliverReminderJobPayload>(
        QUEUES.reminders,
        (job, token) => this.inJobContext(job, () => this.deliver.process(job, token)),
        {
          ...base,
          concurrency: settings.concurrency * JOBS_PER_MAIL_IN_FLIGHT,
          lockDuration: settings.lockDurationMs,
          stalledInterval: settings.stalledIntervalMs,
          maxStalledCount: MAX_STALLED_COUNT,
        },
      ),
      new Worker<ReminderMaintenanceJobPayload>(
        QUEUES.reminderMaintenance,
        (job) => this.inJobContext(job, () => this.runMaintenance(job)),
        { ...base, concurrency: 1 },
      ),
    ];
    for (const worker of this.workers) {
      // Without a listener, a lost Redis connection would be an unhandled 'error' event.
      worker.on('error', (error) =>
        this.logger.error({ err: error, queue: worker.name }, 'queue worker error'),
      );
    }
    await this.keepSchedulers({ update: true });
    await this.reconcile.run('worker start').catch((error: unknown) => {
      this.logger.error({ err: error }, 'reminder reconciliation at start failed');
    });
    // A Redis flush also removes the job schedulers: this cheap, idempotent check puts them back (and
    // reconciles at once), since no scheduled job would ever run to do it.
    this.watchdog = setInterval(() => void this.keepSchedulers(), settings.reconcileIntervalMs);
    this.watchdog.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    clearInterval(this.watchdog);
    // Lets running jobs finish; a job cut short by a hard stop is taken over after its lock expires.
    await Promise.all(this.workers.map((worker) => worker.close()));
  }

  private async runMaintenance(job: Job<ReminderMaintenanceJobPayload>): Promise<unknown> {
    switch (job.name) {
      case REMINDER_JOBS.reconcile:
        return this.reconcile.run('schedule');
      case REMINDER_JOBS.reschedule:
        return this.reschedule.run();
      default:
        throw new Error(`unknown reminder maintenance job ${job.name}`);
    }
  }

  /**
   * Creates the job schedulers (at start: updates them, so that a changed interval applies); later, only
   * recreates one that has gone. A new scheduler runs its first job at once.
   */
  private async keepSchedulers({ update = false } = {}): Promise<void> {
    const settings = this.config.reminders;
    const schedulers = [
      { name: REMINDER_JOBS.reconcile, every: settings.reconcileIntervalMs },
      { name: REMINDER_JOBS.reschedule, every: settings.rescheduleIntervalMs },
    ];
    try {
      for (const { name, every } of schedulers) {
        if (!update && (await this.maintenance.getJobScheduler(name))) continue;
        await this.maintenance.upsertJobScheduler(
          name,
          { every },
          { name, data: { version: 1 }, opts: { removeOnComplete: true, removeOnFail: 50 } },
        );
        if (!update) this.logger.warn({ scheduler: name }, 'reminder job scheduler was missing: recreated');
      }
    } catch (error) {
      this.logger.error({ err: error }, 'could not set up the reminder job schedulers');
    }
  }

  private inJobContext<T>(job: Job, work: () => Promise<T>): Promise<T> {
    return logContext.run({ jobId: String(job.id) }, work);
  }
}
