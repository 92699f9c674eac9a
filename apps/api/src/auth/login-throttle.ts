import { Inject, Injectable } from '@nestjs/common';
import type IORedis from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/app-config.token';
import { ProblemException } from '../common/problem/problem';
import { REDIS_CLIENT } from '../redis/redis.module';

/**
 * Slows password guessing: per client address (many accounts from one place) and per account (one account
 * from many places). Counters live in Redis so that every API replica shares them.
 */
@Injectable()
export class LoginThrottle {
  private readonly perIp: RateLimiterRedis;
  private readonly perAccount: RateLimiterRedis;

  constructor(@Inject(REDIS_CLIENT) redis: IORedis, @Inject(APP_CONFIG) config: AppConfig) {
    const prefix = `${config.queuePrefix}:login`;
    this.perIp = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:ip`,
      points: 30,
      duration: 15 * 60,
    });
    this.perAccount = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:account`,
      points: 8,
      duration: 15 * 60,
      blockDuration: 15 * 60,
    });
  }

  /** Counts an attempt; refuses with 429 (and when to retry) once a limit is reached. */
  async registerAttempt(ip: string, email: string): Promise<void> {
    try {
      await Promise.all([this.perIp.consume(ip), this.perAccount.consume(email)]);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfterSeconds = Math.ceil(rejection.msBeforeNext / 1000);
      throw new ProblemException('REQUEST.TOO_MANY', 'Too many sign-in attempts. Try again later.', {
        retryAfterSeconds,
      });
    }
  }

  /** A successful sign-in clears the account's count (not the address's). */
  async clearAccount(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}
