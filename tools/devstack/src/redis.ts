import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { dirname, join } from 'node:path';
import { ensureOsExecutable } from './os-packages';
import { delay, findFreePort, isProcessAlive, stopProcessGroup, waitUntil } from './process-utils';

export interface LocalRedis {
  readonly url: string;
  stop(): Promise<void>;
}

export interface StartRedisOptions {
  /** Folder for the append-only file; omitted for a throw-away server (tests). */
  dataDir?: string;
  preferredPort?: number;
}

/** Starts the machine's `redis-server` on a free loopback port, with a password kept beside its data. */
export async function startLocalRedis(options: StartRedisOptions): Promise<LocalRedis> {
  const executable = ensureOsExecutable(
    'redis-server',
    'redis-server',
    'install it (Debian/Ubuntu: `sudo apt-get install redis-server`, macOS: `brew install redis`) or set REDIS_URL',
  );
  const port = await findFreePort(options.preferredPort);
  const password = options.dataDir
    ? readOrCreateSecret(join(options.dataDir, 'redis.password'))
    : randomBytes(18).toString('base64url');
  if (options.dataDir) await stopLeftoverRedis(join(options.dataDir, 'redis.pid'));
  const persistence = options.dataDir
    ? [
        '--dir',
        ensureDir(options.dataDir),
        '--appendonly',
        'yes',
        '--save',
        '',
        '--pidfile',
        join(options.dataDir, 'redis.pid'),
      ]
    : ['--appendonly', 'no', '--save', ''];
  const child = spawn(
    executable,
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--requirepass',
      password,
      // BullMQ needs its keys kept: evicting them under memory pressure would silently lose jobs.
      '--maxmemory-policy',
      'noeviction',
      '--daemonize',
      'no',
      ...persistence,
    ],
    { detached: true, stdio: 'ignore' },
  );
  await waitUntil('Redis', () => answersPing(port, password), { child, timeoutMs: 20_000 });
  return {
    url: `redis://:${password}@127.0.0.1:${port}`,
    stop: () => stopProcessGroup(child, { signal: 'SIGTERM', graceMs: 10_000 }),
  };
}

/** A start killed hard (SIGKILL) leaves its Redis running; stop it so that its port and data are free. */
async function stopLeftoverRedis(pidFile: string): Promise<void> {
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!Number.isInteger(pid) || pid <= 0 || !isProcessAlive(pid)) return;
  process.kill(pid, 'SIGTERM');
  for (let waited = 0; waited < 10_000 && isProcessAlive(pid); waited += 200) await delay(200);
}

function ensureDir(dir: string): string {
  mkdirSync(dir, { recursive: true });
  return dir;
}

function readOrCreateSecret(file: string): string {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dirname(file), { recursive: true });
  const secret = randomBytes(18).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/** Speaks just enough RESP to know the server is up, so the stack tool needs no Redis client. */
function answersPing(port: number, password: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    let received = '';
    const finish = (ok: boolean): void => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(1_000, () => finish(false));
    socket.on('error', () => finish(false));
    socket.on('connect', () => socket.write(`AUTH ${password}\r\nPING\r\n`));
    socket.on('data', (chunk) => {
      received += chunk.toString('utf8');
      if (received.includes('+PONG')) finish(true);
      else if (received.includes('-')) finish(false);
    });
  });
}
