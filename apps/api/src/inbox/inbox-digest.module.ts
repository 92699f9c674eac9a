import { Module } from '@nestjs/common';
import { PartnershipRepository } from '../lifecycle/partnership.repository';
import { MailDeliveryModule } from '../mail/mail-delivery.module';
import { QueuesModule } from '../queues/queues.module';
import { InboxReader } from './inbox-reader';
import { InboxDigestWorker } from './jobs/inbox-digest-worker';
import { SendInboxDigests } from './jobs/send-inbox-digests';

/** Worker side of the inbox: the daily digest mails, over the worker's SMTP transport. */
@Module({
  imports: [QueuesModule, MailDeliveryModule],
  providers: [PartnershipRepository, InboxReader, SendInboxDigests, InboxDigestWorker],
  exports: [SendInboxDigests],
})
export class InboxDigestModule {}
