import { Module } from '@nestjs/common';
import { QueuesModule } from '../queues/queues.module';
import { MailService } from './mail.service';

/** Producer side of mail: used by the HTTP API to queue mails. */
@Module({
  imports: [QueuesModule],
  providers: [MailService],
  exports: [MailService],
})
export class MailModule {}
