import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { testRedisUrl } from './support/test-config';

const MAIN = join(__dirname, '..', 'dist', 'main.js');

/** Starts the built API with the given environment and returns how it ended (it must end quickly). */
function bootWith(env: Record<string, string>) {
  if (!existsSync(MAIN)) throw new Error('apps/api is not built: `npm test` builds it before the specs.');
  return spawnSync(process.execPath, [MAIN], {
    env: { PATH: process.env.PATH ?? '', SMTP_URL: 'smtp://127.0.0.1:2', LOG_LEVEL: 'silent', ...env },
    encoding: 'utf8',
    timeout: 20_000,
  });
}

describe('API boot with a bad configuration', () => {
  it('stops with one line naming DATABASE_URL when PostgreSQL does not answer', () => {
    const result = bootWith({ DATABASE_URL: 'postgres://nobody@127.0.0.1:1/x', REDIS_URL: testRedisUrl() });
    expect(result.status).toBe(1);
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Configuration error: DATABASE_URL does not answer: .*ECONNREFUSED/);
  });

  it('stops with one line naming REDIS_URL when it is not a Redis URL', () => {
    const result = bootWith({
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/x',
      REDIS_URL: 'http://localhost:6379',
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Configuration error: REDIS_URL must start with redis:// or rediss://');
  });

  it('stops with one line naming a missing variable', () => {
    const result = bootWith({ REDIS_URL: testRedisUrl() });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('Configuration error: DATABASE_URL is required');
  });
});
