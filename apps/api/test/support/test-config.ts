import { randomBytes } from 'node:crypto';
import { parseConfig, type AppConfig } from '../../src/config/app-config';

export function testRedisUrl(): string {
  const url = process.env.TEST_REDIS_URL;
  if (!url) throw new Error('TEST_REDIS_URL is not set: run the integration specs through `npm test`.');
  return url;
}

/**
 * A configuration for one spec file: its own database, and its own queue prefix so that specs running in
 * parallel on one Redis never see each other's jobs.
 */
export function buildTestConfig(databaseUrl: string, overrides: Record<string, string> = {}): AppConfig {
  return parseConfig({
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    REDIS_URL: testRedisUrl(),
    SMTP_URL: 'smtp://127.0.0.1:2',
    LOG_LEVEL: 'silent',
    QUEUE_PREFIX: `{test-${randomBytes(4).toString('hex')}}`,
    // The inbox digests would mail every spec's users: only the specs about them turn them on.
    INBOX_DIGEST_INTERVAL_MS: '0',
    ...overrides,
  });
}
