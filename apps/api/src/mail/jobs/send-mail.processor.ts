import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import type { Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.token';
import { logContext } from '../../common/logging/request-context';
import { QUEUES, type SendMailJobPayload } from '../../queues/queue-names';
import { SMTP_TRANSPORT } from '../smtp-transport';

/** Sends queued mails over SMTP; a failure throws so that BullMQ retries with backoff. */
@Processor(QUEUES.mail)
export class SendMailProcessor extends WorkerHost {
  private readonly logger = new Logger(SendMailProcessor.name);

  constructor(
    @Inject(SMTP_TRANSPORT) private readonly transport: Transporter,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    super();
  }

  async process(job: Job<SendMailJobPayload>): Promise<void> {
    await logContext.run({ jobId: String(job.id) }, async () => {
      const mail = job.data;
      if (mail.version !== 1)
        throw new Error(`unsupported send-mail payload version ${String(mail.version)}`);
      const info = await this.transport.sendMail({
        from: this.config.mailFrom,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
        // The job id doubles as Message-ID seed, so a retried send is recognisable downstream.
        messageId: `<${String(job.id).replace(/[^A-Za-z0-9.-]/g, '-')}@passerelle>`,
      });
      this.logger.log({ messageId: info.messageId, attempt: job.attemptsMade + 1 }, 'mail sent');
    });
  }
}
