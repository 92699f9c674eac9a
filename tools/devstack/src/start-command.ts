import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { startBackingServices } from './backing-services';
import { checkServiceUrl, type ServiceVariable } from './external-services';
import { readOverrides } from './overrides';
import { API_DIST, DATA_DIR, PROJECT_ROOT, TURBO_BIN, WEB_DIST } from './paths';
import { prepareDatabase, startProduct } from './product';
import { findFreePort, run } from './process-utils';
import { Shutdown } from './shutdown';
import { turboEnv } from './turbo-env';

export interface DemoLogin {
  email: string;
  password: string;
  role: string;
  organisation: string;
}

/**
 * `npm start`: builds everything, starts PostgreSQL, Redis and the SMTP sink (or uses DATABASE_URL,
 * REDIS_URL, SMTP_URL), migrates, loads the demo data once, runs the API and the worker, prints one URL.
 */
export async function startCommand(args: string[]): Promise<void> {
  const overrides = readOverrides();
  // Fail in seconds on a bad override, before the build.
  for (const [variable, value] of Object.entries(overrides))
    await checkServiceUrl(variable as ServiceVariable, value);
  if (args.includes('--reset')) {
    rmSync(DATA_DIR, { recursive: true, force: true });
    console.log('Local data removed (.data/): starting from a fresh database.');
  }

  console.log('Building Passerelle…');
  await run(TURBO_BIN, ['run', 'build', '--output-logs=errors-only'], { cwd: PROJECT_ROOT, env: turboEnv() });

  const shutdown = new Shutdown(() => console.log('\nStopping Passerelle…'));
  const services = await startBackingServices({
    stateDir: DATA_DIR,
    database: 'passerelle',
    persistent: true,
    overrides,
    preferredPorts: { postgres: 54329, redis: 63799, smtp: 2525 },
    log: (line) => console.log(line),
  });
  shutdown.add(() => services.stop());

  const port = process.env.PORT ? Number(process.env.PORT) : await findFreePort(3000);
  const env = {
    NODE_ENV: 'development',
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    SMTP_URL: services.smtpUrl,
    PUBLIC_URL: process.env.PUBLIC_URL ?? `http://localhost:${port}`,
    WEB_DIST_DIR: WEB_DIST,
    FILE_STORAGE_DIR: process.env.FILE_STORAGE_DIR ?? join(DATA_DIR, 'files'),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    ...(services.mailDir ? { MAIL_SINK_DIR: services.mailDir } : {}),
  };
  try {
    // Demo data never goes into a database that already holds data; the loader checks that too.
    await prepareDatabase(env, { demoData: true });
    const product = await startProduct(env, { logDir: join(DATA_DIR, 'logs'), port });
    shutdown.add(() => product.stop());
    printBanner(product.url, services.mailDir, readDemoLogins(env));
    const reason = await product.crashed;
    if (shutdown.stopping) return;
    console.error(`Passerelle stopped: ${reason}. See ${join(DATA_DIR, 'logs')} for details.`);
    process.exitCode = 1;
  } finally {
    await shutdown.run();
  }
}

function readDemoLogins(env: Record<string, string>): DemoLogin[] {
  const output = execFileSync(process.execPath, [join(API_DIST, 'cli.js'), 'demo-logins'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  return JSON.parse(output) as DemoLogin[];
}

function printBanner(url: string, mailDir: string | undefined, logins: DemoLogin[]): void {
  const lines = ['', `  Passerelle is running at ${url}`, ''];
  if (logins.length > 0) {
    lines.push('  Demo logins:');
    for (const login of logins) {
      lines.push(
        `    ${login.email.padEnd(34)} ${login.password.padEnd(20)} ${login.role} · ${login.organisation}`,
      );
    }
    lines.push('');
  }
  lines.push(`  API documentation: ${url}/api/docs`);
  if (mailDir) lines.push(`  Captured e-mails:  ${url}/dev/mail (files in ${mailDir})`);
  lines.push('', '  Press Ctrl-C to stop.', '');
  console.log(lines.join('\n'));
}
