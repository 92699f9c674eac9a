import { InjectQueue } from '@nestjs/bullmq';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { Worker, type Queue } from 'bullmq';
import { logContext } from '../../common/logging/request-context';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.token';
import { INBOX_DIGEST_JOBS, QUEUES, type InboxDigestJobPayload } from '../../queues/queue-names';
import { redisOptionsFromUrl } from '../../redis/redis-connection';
import { SendInboxDigests } from './send-inbox-digests';

/**
 * Runs the inbox digests from a BullMQ job scheduler (once per interval whatever the number of worker
 * replicas; `INBOX_DIGEST_INTERVAL_MS`, 0 turns them off): each run mails only those whose day's digest is
 * due.
 */
@Injectable()
export class InboxDigestWorker implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(InboxDigestWorker.name);
  private worker: Worker | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(QUEUES.inboxDigest) private readonly queue: Queue<InboxDigestJobPayload>,
    private readonly digests: SendInboxDigests,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const every = this.config.reminders.inboxDigestIntervalMs;
    if (every === 0) return;
    const connection = { ...redisOptionsFromUrl(this.config.redisUrl), maxRetriesPerRequest: null };
    this.worker = new Worker<InboxDigestJobPayload>(
      QUEUES.inboxDigest,
      (job) => logContext.run({ jobId: String(job.id) }, () => this.digests.run()),
      { connection, prefix: this.config.queuePrefix, concurrency: 1 },
    );
    this.worker.on('error', (error) => this.logger.error({ err: error }, 'inbox digest worker error'));
    try {
      const name = INBOX_DIGEST_JOBS.send;
      await this.queue.upsertJobScheduler(
        name,
        { every },
        { name, data: { version: 1 }, opts: { removeOnComplete: true, removeOnFail: 50 } },
      );
    } catch (error) {
      this.logger.error({ err: error }, 'could not set up the inbox digest job scheduler');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.worker?.close();
  }
}
