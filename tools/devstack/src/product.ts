import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdirSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { API_DIST, PROJECT_ROOT, SERVICE_NODE_ARGS } from './paths';
import { run, stopProcessGroup, waitUntil } from './process-utils';

/** Environment shared by the API, the worker and the database commands. */
export type ProductEnv = Record<string, string>;

export interface RunningProduct {
  readonly url: string;
  /** Resolves when the API or the worker stops on its own (a crash): the stack then shuts down. */
  readonly crashed: Promise<string>;
  stop(): Promise<void>;
}

/** Applies the migrations, then loads the demo data into a database that holds no data yet. */
export async function prepareDatabase(env: ProductEnv, { demoData }: { demoData: boolean }): Promise<void> {
  const options = { cwd: PROJECT_ROOT, env: { ...process.env, ...env } };
  await run(process.execPath, [join(API_DIST, 'cli.js'), 'migrate'], options);
  if (demoData) await run(process.execPath, [join(API_DIST, 'cli.js'), 'load-demo-data'], options);
}

/**
 * Starts the HTTP API (which also serves the built web app) and the BullMQ worker as two processes,
 * each in its own process group so that Ctrl-C reaches them through us, in order.
 */
export async function startProduct(
  env: ProductEnv,
  { logDir, port }: { logDir: string; port: number },
): Promise<RunningProduct> {
  mkdirSync(logDir, { recursive: true });
  // The services stop themselves if this supervisor dies without stopping them (killed with SIGKILL).
  const fullEnv = {
    ...process.env,
    ...env,
    PORT: String(port),
    PASSERELLE_SUPERVISOR_PID: String(process.pid),
  };
  const api = spawnService('api', join(API_DIST, 'main.js'), fullEnv, logDir);
  const worker = spawnService('worker', join(API_DIST, 'worker.js'), fullEnv, logDir);
  const url = `http://localhost:${port}`;
  const stop = async (): Promise<void> => {
    await Promise.all([stopProcessGroup(api), stopProcessGroup(worker)]);
  };
  try {
    await waitUntil('the API', () => isHealthy(url), { child: api, timeoutMs: 60_000 });
  } catch (error) {
    await stop();
    throw error;
  }
  const crashed = Promise.race([exitOf(api, 'API'), exitOf(worker, 'worker')]);
  return { url, crashed, stop };
}

function spawnService(name: string, entry: string, env: NodeJS.ProcessEnv, logDir: string): ChildProcess {
  const child = spawn(process.execPath, [...SERVICE_NODE_ARGS, entry], {
    cwd: PROJECT_ROOT,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logFile = createWriteStream(join(logDir, `${name}.log`), { flags: 'a' });
  child.stdout?.on('data', (chunk: Buffer) => relayLog(name, chunk, logFile));
  child.stderr?.on('data', (chunk: Buffer) => relayLog(name, chunk, logFile));
  return child;
}

/**
 * Every line goes to the service's log file; only errors reach the terminal, so that the URL and the
 * logins printed at start stay readable. Lines that are not JSON (a boot failure) are shown as they are.
 */
function relayLog(name: string, chunk: Buffer, logFile: WriteStream): void {
  logFile.write(chunk);
  for (const line of chunk.toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    const entry = parseJsonLine(line);
    if (!entry) console.error(`[${name}] ${line}`);
    else if (typeof entry.level === 'number' && entry.level >= 50)
      console.error(`[${name}] ${String(entry.msg ?? line)}`);
  }
}

function parseJsonLine(line: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(line);
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function exitOf(child: ChildProcess, label: string): Promise<string> {
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => resolve(`the ${label} stopped (${signal ?? `exit code ${code}`})`));
  });
}

async function isHealthy(url: string): Promise<boolean> {
  const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
  return response.status === 200;
}
