import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { MAIL_JOBS, QUEUES, type SendMailJobPayload } from '../queues/queue-names';

export type OutgoingMail = Omit<SendMailJobPayload, 'version'>;

/** Hands mails to the worker through the `mail` queue; the HTTP process never talks SMTP itself. */
@Injectable()
export class MailService {
  constructor(@InjectQueue(QUEUES.mail) private readonly queue: Queue<SendMailJobPayload>) {}

  /**
   * `deduplicationKey` becomes the job id: enqueuing the same mail twice (a retried request) sends it once.
   */
  async enqueue(mail: OutgoingMail, deduplicationKey: string): Promise<void> {
    await this.queue.add(
      MAIL_JOBS.send,
      { version: 1, ...mail },
      {
        // BullMQ reserves ':' in custom ids.
        jobId: `mail-${deduplicationKey.replace(/:/g, '-')}`,
        attempts: 8,
        backoff: { type: 'exponential', delay: 5_000 },
        removeOnComplete: { age: 7 * 24 * 3600 },
        removeOnFail: false,
      },
    );
  }
}
