import { apiDependency, type BullmqModule } from './api-runtime';

export interface QueueConnection {
  url: string;
  prefix: string;
}

const QUEUE = 'bench-noop';

/**
 * N jobs through a bare BullMQ worker whose processor does nothing, same Redis, prefix and concurrency, and
 * the reminder jobs' completion option (removeOnComplete): what the queue alone allows.
 */
export async function runBareBullmq(
  connection: QueueConnection,
  jobs: number,
  concurrency: number,
): Promise<{ jobsPerSecond: number; seconds: number }> {
  const { Queue, Worker } = apiDependency<BullmqModule>('bullmq');
  const options = { connection: { url: connection.url }, prefix: connection.prefix };
  const queue = new Queue(QUEUE, options);
  try {
    await queue.obliterate({ force: true });
    for (let start = 0; start < jobs; start += 1000) {
      const batch = Array.from({ length: Math.min(1000, jobs - start) }, (_, index) => ({
        name: 'noop',
        data: { index: start + index },
        opts: { jobId: `noop-${start + index}`, removeOnComplete: true },
      }));
      await queue.addBulk(batch);
    }
    let completed = 0;
    let finish: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (finish = resolve));
    const started = performance.now();
    let last = started;
    const worker = new Worker(QUEUE, async () => undefined, { ...options, concurrency });
    worker.on('completed', () => {
      completed += 1;
      last = performance.now();
      if (completed === jobs) finish();
    });
    await done;
    await worker.close();
    const seconds = (last - started) / 1000;
    return { jobsPerSecond: jobs / seconds, seconds };
  } finally {
    await queue.obliterate({ force: true }).catch(() => undefined);
    await queue.close();
  }
}
