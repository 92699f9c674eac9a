import { Module } from '@nestjs/common';
import { InboxController } from './inbox.controller';
import { InboxReader } from './inbox-reader';
import { InboxService } from './inbox.service';

/** Each person's inbox: what waits for them, read from the partnerships' records. */
@Module({ controllers: [InboxController], providers: [InboxReader, InboxService], exports: [InboxReader] })
export class InboxModule {}
