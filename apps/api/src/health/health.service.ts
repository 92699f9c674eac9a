import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type IORedis from 'ioredis';
import { DataSource } from 'typeorm';
import { ProblemException } from '../common/problem/problem';
import { REDIS_CLIENT } from '../redis/redis.module';
import type { HealthChecksDto, HealthResponseDto, ServiceCheckDto } from './dto/health-response.dto';

const CHECK_TIMEOUT_MS = 2_000;

const SERVICE_NAMES: Record<keyof HealthChecksDto, string> = { database: 'PostgreSQL', redis: 'Redis' };

@Injectable()
export class HealthService {
  private readonly logger = new Logger(HealthService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REDIS_CLIENT) private readonly redis: IORedis,
  ) {}

  /** Ok only when PostgreSQL and Redis both answer; otherwise a 503 problem naming what is down. */
  async check(): Promise<HealthResponseDto> {
    const [database, redis] = await Promise.all([
      this.probe('database', () => this.dataSource.query('SELECT 1')),
      this.probe('redis', () => this.redis.ping()),
    ]);
    const checks: HealthChecksDto = { database, redis };
    const down = (Object.keys(checks) as Array<keyof HealthChecksDto>).filter(
      (name) => checks[name].status === 'down',
    );
    if (down.length > 0) {
      const names = down.map((name) => SERVICE_NAMES[name]).join(' and ');
      throw new ProblemException('SERVICE.UNAVAILABLE', `${names} ${down.length > 1 ? 'are' : 'is'} down.`, {
        checks,
      });
    }
    return { status: 'ok', checks };
  }

  private async probe(name: keyof HealthChecksDto, call: () => Promise<unknown>): Promise<ServiceCheckDto> {
    const started = performance.now();
    try {
      await withTimeout(call(), CHECK_TIMEOUT_MS);
      return { status: 'up', latencyMs: Math.round((performance.now() - started) * 10) / 10 };
    } catch (error) {
      // The reason stays in the logs: the public health document only says up or down.
      this.logger.warn({ service: name, err: error }, 'health check failed');
      return { status: 'down' };
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
