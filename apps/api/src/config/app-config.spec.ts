import { resolve } from 'node:path';
import { ConfigError, parseConfig } from './app-config';

const VALID = {
  DATABASE_URL: 'postgres://passerelle:secret@db:5432/passerelle',
  REDIS_URL: 'redis://redis:6379',
  SMTP_URL: 'smtp://mail:1025',
};

function errorOf(env: Record<string, string>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('applies production defaults when only the service URLs are given', () => {
    const config = parseConfig(VALID);
    expect(config).toMatchObject({
      nodeEnv: 'production',
      port: 3000,
      publicUrl: 'http://localhost:3000',
      bodyLimitBytes: 1024 * 1024,
      queuePrefix: '{passerelle}',
      webDistDir: undefined,
      mailSinkDir: undefined,
      fileStorageDir: resolve('.data/files'),
      fileMaxBytes: 10 * 1024 * 1024,
      trustProxy: ['loopback'],
    });
  });

  it.each([
    [
      { ...VALID, DATABASE_URL: 'mysql://db/x' },
      'DATABASE_URL',
      'must start with postgres:// or postgresql://',
    ],
    [{ ...VALID, REDIS_URL: 'not a url' }, 'REDIS_URL', 'is not a valid URL'],
    [{ ...VALID, SMTP_URL: '' }, 'SMTP_URL', 'is required'],
    [{ ...VALID, PORT: '70000' }, 'PORT', 'must be an integer between 1 and 65535'],
    [{ ...VALID, NODE_ENV: 'staging' }, 'NODE_ENV', 'must be one of: development, test, production'],
    [{ ...VALID, PUBLIC_URL: 'ftp://x' }, 'PUBLIC_URL', 'must start with http:// or https://'],
    [
      { ...VALID, FILE_MAX_BYTES: '10MB' },
      'FILE_MAX_BYTES',
      'must be an integer between 1024 and 1073741824',
    ],
    [
      { ...VALID, TRUST_PROXY: 'true' },
      'TRUST_PROXY',
      'must be `none`, a hop count, or a comma-separated list of addresses, CIDR ranges, `loopback`, `linklocal` or `uniquelocal`',
    ],
    [
      { ...VALID, WEB_DIST_DIR: '/srv/web', FILE_STORAGE_DIR: '/srv/web/uploads' },
      'FILE_STORAGE_DIR',
      'must be outside WEB_DIST_DIR',
    ],
  ])('names the variable at fault (%#)', (env, variable, problem) => {
    const error = errorOf(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toBe(`${variable} ${problem}`);
  });

  it('drops a trailing slash from PUBLIC_URL so that links are built one way', () => {
    expect(parseConfig({ ...VALID, PUBLIC_URL: 'https://passerelle.example.org/' }).publicUrl).toBe(
      'https://passerelle.example.org',
    );
  });

  it('trusts X-Forwarded-For only from the proxies named in TRUST_PROXY', () => {
    expect(parseConfig({ ...VALID, TRUST_PROXY: 'none' }).trustProxy).toBe(false);
    expect(parseConfig({ ...VALID, TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(parseConfig({ ...VALID, TRUST_PROXY: '10.0.0.0/8, loopback' }).trustProxy).toEqual([
      '10.0.0.0/8',
      'loopback',
    ]);
  });

  it('keeps uploaded files in an absolute folder, resolved from a relative FILE_STORAGE_DIR', () => {
    const config = parseConfig({ ...VALID, FILE_STORAGE_DIR: 'var/files', FILE_MAX_BYTES: '2048' });
    expect(config.fileStorageDir).toBe(resolve('var/files'));
    expect(config.fileStorageDir.startsWith('/')).toBe(true);
    expect(config.fileMaxBytes).toBe(2048);
  });

  it('delivers reminders with production settings by default, and takes short ones for tests', () => {
    expect(parseConfig(VALID).reminders).toEqual({
      concurrency: 5,
      attempts: 8,
      backoffMs: 60_000,
      reconcileIntervalMs: 300_000,
      rescheduleIntervalMs: 6 * 3_600_000,
      lockDurationMs: 60_000,
      stalledIntervalMs: 30_000,
      leaseMs: 900_000,
      quietHours: { start: '21:00', end: '08:00' },
      inboxDigestIntervalMs: 300_000,
    });
    const fast = parseConfig({ ...VALID, REMINDER_ATTEMPTS: '3', REMINDER_BACKOFF_MS: '50' }).reminders;
    expect(fast).toMatchObject({ attempts: 3, backoffMs: 50 });
    expect(errorOf({ ...VALID, REMINDER_CONCURRENCY: '0' }).variable).toBe('REMINDER_CONCURRENCY');
    expect(errorOf({ ...VALID, REMINDER_RECONCILE_INTERVAL_MS: 'often' }).variable).toBe(
      'REMINDER_RECONCILE_INTERVAL_MS',
    );
  });

  it('waits for the SMTP server as long as RFC 5321 says, and keeps a reminder’s claim longer than that', () => {
    const config = parseConfig(VALID);
    expect(config.smtpTimeouts).toEqual({ connectionMs: 300_000, greetingMs: 300_000, socketMs: 600_000 });
    expect(config.reminders.leaseMs).toBeGreaterThan(config.smtpTimeouts.socketMs);
    const short = parseConfig({ ...VALID, SMTP_SOCKET_TIMEOUT_MS: '2000', REMINDER_LEASE_MS: '3000' });
    expect([short.smtpTimeouts.socketMs, short.reminders.leaseMs]).toEqual([2000, 3000]);
    expect(errorOf({ ...VALID, REMINDER_LEASE_MS: '600000' }).variable).toBe('REMINDER_LEASE_MS');
    expect(errorOf({ ...VALID, SMTP_GREETING_TIMEOUT_MS: 'soon' }).variable).toBe('SMTP_GREETING_TIMEOUT_MS');
  });

  it('reads the reminder mails’ quiet hours as a local window, or none', () => {
    expect(parseConfig({ ...VALID, REMINDER_QUIET_HOURS: '22:30-07:00' }).reminders.quietHours).toEqual({
      start: '22:30',
      end: '07:00',
    });
    const none = parseConfig({ ...VALID, REMINDER_QUIET_HOURS: 'none' }).reminders.quietHours;
    expect(none.start).toBe(none.end);
    expect(errorOf({ ...VALID, REMINDER_QUIET_HOURS: '9pm-8am' }).variable).toBe('REMINDER_QUIET_HOURS');
  });
});
