import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { MailDeliveryModule } from './mail/mail-delivery.module';
import { RedisModule } from './redis/redis.module';

/** The worker process: the same configuration and data layer as the API, plus the BullMQ processors. */
@Module({})
export class WorkerModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: WorkerModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule, RedisModule, MailDeliveryModule],
    };
  }
}
