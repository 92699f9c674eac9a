import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, readFileSync } from 'node:fs';
import { stopProcessGroup, waitUntil } from '@passerelle/devstack/src/process-utils';

export interface ServerProcess {
  readonly url: string;
  readonly pid: number;
  /** Resident memory now and at its peak (VmRSS, VmHWM), in MiB. */
  memory(): { rssMiB: number; peakMiB: number };
  stop(): Promise<void>;
}

/**
 * Starts a Node.js server as its own process group, its output in `logFile`, and waits until `readyPath`
 * answers 200. The benchmark measures it from the outside, like a client would.
 */
export async function startServerProcess(options: {
  readonly args: string[];
  readonly env: NodeJS.ProcessEnv;
  readonly port: number;
  readonly readyPath: string;
  readonly logFile: string;
  readonly cwd: string;
}): Promise<ServerProcess> {
  const child: ChildProcess = spawn(process.execPath, options.args, {
    cwd: options.cwd,
    env: options.env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const log = createWriteStream(options.logFile, { flags: 'a' });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  const url = `http://127.0.0.1:${options.port}`;
  const stop = () => stopProcessGroup(child);
  try {
    await waitUntil(
      options.logFile,
      async () =>
        (await fetch(`${url}${options.readyPath}`, { signal: AbortSignal.timeout(2_000) })).status === 200,
      { child, timeoutMs: 60_000 },
    );
  } catch (error) {
    await stop();
    throw error;
  }
  const pid = child.pid ?? 0;
  return { url, pid, memory: () => readMemory(pid), stop };
}

function readMemory(pid: number): { rssMiB: number; peakMiB: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kib = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMiB: kib('VmRSS') / 1024, peakMiB: kib('VmHWM') / 1024 };
}
