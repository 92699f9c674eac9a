import { Module, type DynamicModule } from '@nestjs/common';
import type { AppConfig } from './config/app-config';
import { ConfigModule } from './config/config.module';
import { DatabaseModule } from './database/database.module';
import { DevMailModule } from './dev-mail/dev-mail.module';
import { HealthModule } from './health/health.module';
import { MailModule } from './mail/mail.module';
import { RedisModule } from './redis/redis.module';

/** The HTTP API: one module per capability. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule,
        RedisModule,
        MailModule,
        HealthModule,
        DevMailModule,
      ],
    };
  }
}
