import { Inject, Injectable, Logger } from '@nestjs/common';
import type IORedis from 'ioredis';
import { RateLimiterRedis } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/app-config.token';
import { ProblemException } from '../common/problem/problem';
import { REDIS_CLIENT } from '../redis/redis.module';

const WINDOW_SECONDS = 15 * 60;
/**
 * Unknown feed addresses allowed per client address per window. Tokens have 256 bits, so guessing is
 * hopeless anyway; this only stops someone from hammering the database with made-up addresses. High enough
 * for a town hall's calendar server that keeps polling a feed someone revoked.
 */
const MISSES_PER_ADDRESS = 60;

/** Counts requests for unknown or revoked feeds per client address, in Redis (shared by every replica). */
@Injectable()
export class CalendarFeedThrottle {
  private readonly logger = new Logger(CalendarFeedThrottle.name);
  private readonly misses: RateLimiterRedis;

  constructor(@Inject(REDIS_CLIENT) redis: IORedis, @Inject(APP_CONFIG) config: AppConfig) {
    this.misses = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${config.queuePrefix}:calendar-feed-misses`,
      points: MISSES_PER_ADDRESS,
      duration: WINDOW_SECONDS,
    });
  }

  /** 429 once the address has asked for too many unknown feeds. Lets requests through while Redis is down. */
  async assertAllowed(address: string): Promise<void> {
    const state = await this.misses.get(address).catch((error: unknown) => {
      this.logger.warn({ err: error }, 'calendar feed throttle unavailable');
      return null;
    });
    if (!state || state.consumedPoints < MISSES_PER_ADDRESS) return;
    throw new ProblemException('REQUEST.TOO_MANY', 'Too many requests for unknown calendar feeds.', {
      retryAfterSeconds: Math.ceil(state.msBeforeNext / 1000),
    });
  }

  async registerMiss(address: string): Promise<void> {
    // consume() rejects once the limit is passed; the count still rises, which is all that matters here.
    await this.misses.consume(address).catch(() => undefined);
  }
}
