import { Inject, Injectable } from '@nestjs/common';
import type IORedis from 'ioredis';
import { RateLimiterRedis, type RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/app-config.token';
import { ProblemException } from '../common/problem/problem';
import { REDIS_CLIENT } from '../redis/redis.module';

const WINDOW_SECONDS = 15 * 60;
/** Failed sign-ins allowed per account per window: enough for typos, too few for guessing. */
const FAILURES_PER_ACCOUNT = 8;
/** Per client address: high, because a whole town hall often signs in from one address. */
const FAILURES_PER_ADDRESS = 100;

/**
 * Slows password guessing, per account (one account from many places) and per client address (many
 * accounts from one place). Only failures count. Counters live in Redis so that every replica shares them.
 */
@Injectable()
export class LoginThrottle {
  private readonly perAddress: RateLimiterRedis;
  private readonly perAccount: RateLimiterRedis;

  constructor(@Inject(REDIS_CLIENT) redis: IORedis, @Inject(APP_CONFIG) config: AppConfig) {
    const prefix = `${config.queuePrefix}:login-failures`;
    this.perAddress = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:address`,
      points: FAILURES_PER_ADDRESS,
      duration: WINDOW_SECONDS,
    });
    this.perAccount = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${prefix}:account`,
      points: FAILURES_PER_ACCOUNT,
      duration: WINDOW_SECONDS,
    });
  }

  /** Refuses with 429 (and when to retry) once either limit is reached, before the password is even checked. */
  async assertAllowed(address: string, email: string): Promise<void> {
    const [byAddress, byAccount] = await Promise.all([
      this.perAddress.get(address),
      this.perAccount.get(email),
    ]);
    const exhausted = [
      isExhausted(byAddress, FAILURES_PER_ADDRESS),
      isExhausted(byAccount, FAILURES_PER_ACCOUNT),
    ].filter((state): state is RateLimiterRes => state !== undefined);
    if (exhausted.length === 0) return;
    const retryAfterSeconds = Math.ceil(Math.max(...exhausted.map((state) => state.msBeforeNext)) / 1000);
    throw new ProblemException('REQUEST.TOO_MANY', 'Too many failed sign-ins. Try again later.', {
      retryAfterSeconds,
    });
  }

  async registerFailure(address: string, email: string): Promise<void> {
    // consume() rejects once the limit is passed; the count still rises, which is all we need here.
    await Promise.allSettled([this.perAddress.consume(address), this.perAccount.consume(email)]);
  }

  /** A successful sign-in clears the account's count (not the address's). */
  async registerSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
  }
}

function isExhausted(state: RateLimiterRes | null, limit: number): RateLimiterRes | undefined {
  return state && state.consumedPoints >= limit ? state : undefined;
}
