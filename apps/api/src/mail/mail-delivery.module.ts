import { Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../config/app-config.token';
import { QueuesModule } from '../queues/queues.module';
import { SendMailProcessor } from './jobs/send-mail.processor';
import { createSmtpTransport, SMTP_TRANSPORT } from './smtp-transport';

/** Consumer side of mail, loaded by the worker only: the processor and its SMTP transport (shared). */
@Module({
  imports: [QueuesModule],
  providers: [
    {
      provide: SMTP_TRANSPORT,
      inject: [APP_CONFIG],
      // Reminder deliveries and queued mails share the pool: one connection per concurrent reminder job.
      useFactory: (config: AppConfig) =>
        createSmtpTransport(config.smtpUrl, {
          maxConnections: Math.max(5, config.reminders.concurrency),
          timeouts: config.smtpTimeouts,
        }),
    },
    SendMailProcessor,
  ],
  exports: [SMTP_TRANSPORT],
})
export class MailDeliveryModule implements OnApplicationShutdown {
  constructor(@Inject(SMTP_TRANSPORT) private readonly transport: Transporter) {}

  onApplicationShutdown(): void {
    this.transport.close();
  }
}
