import { join } from 'node:path';
import { checkServiceUrl } from './external-services';
import { startEmbeddedPostgres, type EmbeddedPostgres } from './postgres';
import { startLocalRedis } from './redis';
import { startSmtpSink } from './smtp-sink';

export interface BackingServices {
  /** Superuser URL of the embedded cluster (no database), or undefined when DATABASE_URL is given. */
  readonly postgres: EmbeddedPostgres | undefined;
  readonly databaseUrl: string;
  readonly redisUrl: string;
  readonly smtpUrl: string;
  /** Where the local SMTP sink writes captured mails; undefined when SMTP_URL is given. */
  readonly mailDir: string | undefined;
  readonly embeddedDatabase: boolean;
  stop(): Promise<void>;
}

export interface BackingServicesOptions {
  /** Where the cluster, Redis data and mails live. */
  stateDir: string;
  /** Name of the application database in the embedded cluster. */
  database: string;
  /** Keep data between runs (development) or throw it all away when stopped (tests). */
  persistent: boolean;
  /** Honour DATABASE_URL / REDIS_URL / SMTP_URL from the environment. */
  overrides: Partial<Record<'DATABASE_URL' | 'REDIS_URL' | 'SMTP_URL', string>>;
  preferredPorts?: { postgres?: number; redis?: number; smtp?: number };
  log: (line: string) => void;
}

/**
 * Starts PostgreSQL, Redis and the SMTP sink unless the environment points at existing ones, which are
 * then only checked. Services started here are stopped in reverse order by `stop()`.
 */
export async function startBackingServices(options: BackingServicesOptions): Promise<BackingServices> {
  const { overrides } = options;
  for (const [variable, value] of Object.entries(overrides)) {
    if (value) await checkServiceUrl(variable as keyof typeof overrides, value);
  }
  const stops: Array<() => Promise<void>> = [];
  const stop = async (): Promise<void> => {
    for (const stopOne of stops.reverse()) await stopOne().catch(() => undefined);
  };
  try {
    const postgres = overrides.DATABASE_URL
      ? undefined
      : await startEmbeddedPostgres({
          stateDir: join(options.stateDir, 'postgres'),
          throwaway: !options.persistent,
          preferredPort: options.preferredPorts?.postgres,
          log: options.log,
        });
    if (postgres) {
      stops.push(() => postgres.stop());
      await postgres.ensureDatabase(options.database);
    }
    const redis = overrides.REDIS_URL
      ? undefined
      : await startLocalRedis({
          dataDir: options.persistent ? join(options.stateDir, 'redis') : undefined,
          preferredPort: options.preferredPorts?.redis,
        });
    if (redis) stops.push(() => redis.stop());
    const sink = overrides.SMTP_URL
      ? undefined
      : await startSmtpSink({
          mailDir: join(options.stateDir, 'mail'),
          preferredPort: options.preferredPorts?.smtp,
        });
    if (sink) stops.push(() => sink.stop());
    return {
      postgres,
      databaseUrl: overrides.DATABASE_URL ?? postgres!.urlFor(options.database),
      redisUrl: overrides.REDIS_URL ?? redis!.url,
      smtpUrl: overrides.SMTP_URL ?? sink!.url,
      mailDir: sink?.mailDir,
      embeddedDatabase: postgres !== undefined,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
