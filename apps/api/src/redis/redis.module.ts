import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import IORedis from 'ioredis';
import { APP_CONFIG, type AppConfig } from '../config/app-config.token';
import { redisOptionsFromUrl } from './redis-connection';

/** A general-purpose Redis client (health checks, later rate limits); BullMQ keeps its own connections. */
export const REDIS_CLIENT = Symbol('REDIS_CLIENT');

@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new IORedis({
          ...redisOptionsFromUrl(config.redisUrl),
          // Fail fast while Redis is down instead of queueing commands until it is back.
          enableOfflineQueue: false,
          maxRetriesPerRequest: 1,
          connectionName: 'passerelle',
        }),
    },
  ],
  exports: [REDIS_CLIENT],
})
export class RedisModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: IORedis) {
    // Connection errors are reported by the health check; without a listener ioredis would print them raw.
    this.redis.on('error', () => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.redis.quit().catch(() => this.redis.disconnect());
  }
}
