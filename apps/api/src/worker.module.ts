import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import type { Clock } from './common/clock/clock';
import { ClockModule } from './common/clock/clock.module';
import { DatabaseModule } from './database/database.module';
import { InboxDigestModule } from './inbox/inbox-digest.module';
import { MailDeliveryModule } from './mail/mail-delivery.module';
import { PartnershipUpkeepModule } from './partnership-status/partnership-upkeep.module';
import { RedisModule } from './redis/redis.module';
import { ReminderDeliveryModule } from './reminders/reminder-delivery.module';

/** The worker process: the same configuration and data layer as the API, plus the BullMQ processors. */
@Module({})
export class WorkerModule {
  /** `clock`: tests run the worker at an instant of their choosing; the system's time otherwise. */
  static forRoot(config: AppConfig, { clock }: { clock?: Clock } = {}): DynamicModule {
    return {
      module: WorkerModule,
      imports: [
        ConfigModule.forRoot(config),
        ClockModule.forRoot(clock),
        DatabaseModule,
        RedisModule,
        MailDeliveryModule,
        ReminderDeliveryModule,
        InboxDigestModule,
        PartnershipUpkeepModule,
      ],
    };
  }
}
