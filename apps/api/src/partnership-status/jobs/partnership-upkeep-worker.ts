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
import { PARTNERSHIP_UPKEEP_JOBS, QUEUES, type PartnershipUpkeepJobPayload } from '../../queues/queue-names';
import { redisOptionsFromUrl } from '../../redis/redis-connection';
import { EndDueNotices } from './end-due-notices';

/**
 * Every hour, so that a notice ending at midnight in any time zone ends within the hour that follows; a
 * BullMQ job scheduler, so that with several worker replicas each run happens once.
 */
const END_DUE_NOTICES_EVERY_MS = 3_600_000;

/** The worker process's partnership upkeep: ending the partnerships whose rupture notice is over. */
@Injectable()
export class PartnershipUpkeepWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PartnershipUpkeepWorker.name);
  private worker: Worker | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QUEUES.partnershipUpkeep) private readonly queue: Queue<PartnershipUpkeepJobPayload>,
    private readonly endDueNotices: EndDueNotices,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const connection = { ...redisOptionsFromUrl(this.config.redisUrl), maxRetriesPerRequest: null };
    this.worker = new Worker<PartnershipUpkeepJobPayload>(
      QUEUES.partnershipUpkeep,
      (job) => logContext.run({ jobId: String(job.id) }, () => this.process(job)),
      { connection, prefix: this.config.queuePrefix, concurrency: 1 },
    );
    this.worker.on('error', (error) => this.logger.error({ err: error }, 'partnership upkeep worker error'));
    try {
      // A new scheduler runs its first job at once: a notice that ended while no worker ran ends now.
      await this.queue.upsertJobScheduler(
        PARTNERSHIP_UPKEEP_JOBS.endDueNotices,
        { every: END_DUE_NOTICES_EVERY_MS },
        {
          name: PARTNERSHIP_UPKEEP_JOBS.endDueNotices,
          data: { version: 1 },
          opts: { removeOnComplete: true, removeOnFail: 50 },
        },
      );
    } catch (error) {
      this.logger.error({ err: error }, 'could not set up the partnership upkeep job scheduler');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }

  private process(job: Job<PartnershipUpkeepJobPayload>): Promise<unknown> {
    if (job.name === PARTNERSHIP_UPKEEP_JOBS.endDueNotices) return this.endDueNotices.run();
    throw new Error(`unknown partnership upkeep job ${job.name}`);
  }
}
