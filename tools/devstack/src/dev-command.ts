import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { startBackingServices } from './backing-services';
import { readOverrides } from './overrides';
import { API_DIST, DATA_DIR, PROJECT_ROOT, SERVICE_NODE_ARGS, TURBO_BIN } from './paths';
import { prepareDatabase } from './product';
import { findFreePort, run, stopProcessGroup } from './process-utils';
import { Shutdown } from './shutdown';
import { turboEnv } from './turbo-env';

const API_ROOT = join(PROJECT_ROOT, 'apps', 'api');
const WEB_ROOT = join(PROJECT_ROOT, 'apps', 'web');

/**
 * `npm run dev`: the same services and data as `npm start`, with the API and worker recompiled and
 * restarted on every change, and the web app served by Vite with hot reload (proxying /api).
 */
export async function devCommand(): Promise<void> {
  const overrides = readOverrides();
  await run(TURBO_BIN, ['run', 'build', '--filter=@passerelle/api...', '--output-logs=errors-only'], {
    cwd: PROJECT_ROOT,
    env: turboEnv(),
  });
  const shutdown = new Shutdown(() => console.log('\nStopping…'));
  const services = await startBackingServices({
    stateDir: DATA_DIR,
    database: 'passerelle',
    persistent: true,
    overrides,
    preferredPorts: { postgres: 54329, redis: 63799, smtp: 2525 },
    log: (line) => console.log(line),
  });
  shutdown.add(() => services.stop());
  const apiPort = await findFreePort(3000);
  const env: Record<string, string> = {
    NODE_ENV: 'development',
    DATABASE_URL: services.databaseUrl,
    REDIS_URL: services.redisUrl,
    SMTP_URL: services.smtpUrl,
    PORT: String(apiPort),
    PUBLIC_URL: 'http://localhost:5173',
    FILE_STORAGE_DIR: process.env.FILE_STORAGE_DIR ?? join(DATA_DIR, 'files'),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    ...(services.mailDir ? { MAIL_SINK_DIR: services.mailDir } : {}),
  };
  await prepareDatabase(env, { demoData: true });

  const children: ChildProcess[] = [
    watch(
      'tsc',
      join(PROJECT_ROOT, 'node_modules', '.bin', 'tsc'),
      ['-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'],
      API_ROOT,
      env,
    ),
    watch(
      'api',
      process.execPath,
      ['--watch-path=dist', ...SERVICE_NODE_ARGS, 'dist/main.js'],
      API_ROOT,
      env,
    ),
    watch(
      'worker',
      process.execPath,
      ['--watch-path=dist', ...SERVICE_NODE_ARGS, 'dist/worker.js'],
      API_ROOT,
      env,
    ),
    watch(
      'web',
      join(WEB_ROOT, 'node_modules', '.bin', 'vite'),
      ['--port', '5173', '--strictPort'],
      WEB_ROOT,
      {
        ...env,
        API_URL: `http://localhost:${apiPort}`,
      },
    ),
  ];
  shutdown.add(async () => {
    await Promise.all(children.map((child) => stopProcessGroup(child)));
  });
  console.log(
    `\n  Web app (hot reload): http://localhost:5173\n  API: http://localhost:${apiPort}/api (docs at /api/docs)\n  API sources: ${join(API_DIST, '..', 'src')}\n\n  Press Ctrl-C to stop.\n`,
  );
  await new Promise<never>(() => undefined);
}

function watch(
  name: string,
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string>,
): ChildProcess {
  const child = spawn(command, args, {
    cwd,
    env: { ...process.env, ...env },
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const prefix = (chunk: Buffer) =>
    chunk
      .toString('utf8')
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => `[${name}] ${line}`)
      .join('\n');
  child.stdout?.on('data', (chunk: Buffer) => console.log(prefix(chunk)));
  child.stderr?.on('data', (chunk: Buffer) => console.error(prefix(chunk)));
  return child;
}
