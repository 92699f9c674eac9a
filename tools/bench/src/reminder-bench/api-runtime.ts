// The API's own code and dependencies, loaded from the built API (apps/api/dist) and its node_modules: the
// benchmark drives what ships (Nest's dependency injection needs the decorator metadata of the tsc build),
// and tools/bench does not duplicate the API's dependencies (BullMQ, smtp-server).
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { API_DIST } from '@passerelle/devstack/src/paths';
import { StackError } from '@passerelle/devstack/src/process-utils';

const requireFromApi = createRequire(join(API_DIST, '..', 'package.json'));

/** A module of the built API, typed as its source. */
export function apiModule<T>(relativePath: string): T {
  const file = join(API_DIST, `${relativePath}.js`);
  if (!existsSync(file)) throw new StackError('the API is not built: run `pnpm build` first');
  return requireFromApi(file) as T;
}

/** A dependency of the API (bullmq, smtp-server, @nestjs/core…). */
export function apiDependency<T>(name: string): T {
  return requireFromApi(name) as T;
}

interface QueueOptions {
  connection: { url: string };
  prefix: string;
}

interface BullmqQueue {
  addBulk(jobs: Array<{ name: string; data: unknown; opts: Record<string, unknown> }>): Promise<unknown>;
  getJobCounts(...states: string[]): Promise<Record<string, number>>;
  obliterate(options: { force: boolean }): Promise<void>;
  close(): Promise<void>;
}

interface BullmqWorker {
  on(event: 'completed', listener: () => void): void;
  close(): Promise<void>;
}

/** The part of BullMQ the benchmark uses (tools/bench does not depend on BullMQ itself). */
export interface BullmqModule {
  Queue: new (name: string, options: QueueOptions) => BullmqQueue;
  Worker: new (
    name: string,
    processor: () => Promise<unknown>,
    options: QueueOptions & { concurrency: number },
  ) => BullmqWorker;
}
