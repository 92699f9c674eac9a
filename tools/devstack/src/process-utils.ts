import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { createServer } from 'node:net';

/** Thrown for a problem the user can fix; the CLI prints its message as one line and exits non-zero. */
export class StackError extends Error {}

/** Finds a free TCP port on loopback, preferring `preferred` so that URLs stay stable between starts. */
export async function findFreePort(preferred?: number): Promise<number> {
  if (preferred !== undefined && (await isPortFree(preferred))) return preferred;
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not allocate a port'));
      });
    });
  });
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.unref();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it resolves true, the process dies, or the timeout passes. */
export async function waitUntil(
  what: string,
  probe: () => Promise<boolean>,
  {
    timeoutMs = 30_000,
    intervalMs = 200,
    child,
  }: { timeoutMs?: number; intervalMs?: number; child?: ChildProcess } = {},
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null) {
      throw new StackError(`${what} exited with code ${child.exitCode} while starting`);
    }
    if (await probe().catch(() => false)) return;
    await delay(intervalMs);
  }
  throw new StackError(`${what} did not become ready within ${Math.round(timeoutMs / 1000)} s`);
}

/** Runs a command to completion, inheriting the terminal; rejects with a clear message on failure. */
export function run(command: string, args: string[], options: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options });
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      if (code === 0) resolve();
      else
        reject(new StackError(`\`${command} ${args.join(' ')}\` failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/**
 * Stops a process started `detached` (its own process group): SIGTERM/SIGINT to the group, then SIGKILL
 * after a grace period, so that nothing it started is left behind.
 */
export async function stopProcessGroup(
  child: ChildProcess,
  { signal = 'SIGTERM', graceMs = 15_000 }: { signal?: NodeJS.Signals; graceMs?: number } = {},
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalGroup(child.pid, signal);
  const timedOut = await Promise.race([exited.then(() => false), delay(graceMs).then(() => true)]);
  if (timedOut) {
    signalGroup(child.pid, 'SIGKILL');
    await exited;
  }
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
