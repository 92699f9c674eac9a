import { Client } from 'pg';
import IORedis from 'ioredis';
import { ConfigError, type AppConfig } from './app-config';

/**
 * Checks at boot that PostgreSQL and Redis answer with the configured URLs, so that a wrong value stops
 * the process with one line naming the variable. SMTP is not required at boot: mail delivery retries.
 */
export async function assertRequiredServicesAnswer(config: AppConfig): Promise<void> {
  await checkPostgres(config.databaseUrl);
  await checkRedis(config.redisUrl);
}

async function checkPostgres(url: string): Promise<void> {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    throw new ConfigError('DATABASE_URL', `does not answer: ${describe(error)}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function checkRedis(url: string): Promise<void> {
  const redis = new IORedis(url, {
    lazyConnect: true,
    connectTimeout: 5_000,
    maxRetriesPerRequest: 0,
    retryStrategy: () => null,
  });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    throw new ConfigError('REDIS_URL', `does not answer: ${describe(error)}`);
  } finally {
    redis.disconnect();
  }
}

function describe(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return describe(error.errors[0]);
  if (error instanceof Error)
    return error.message || ((error as NodeJS.ErrnoException).code ?? 'unknown error');
  return String(error);
}
