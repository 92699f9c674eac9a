import autocannon, { type Request } from 'autocannon';

export interface LoadOptions {
  readonly url: string;
  readonly connections: number;
  readonly warmUpSeconds: number;
  readonly seconds: number;
  readonly requests: Request[];
  readonly headers?: Record<string, string>;
  /** Called every 250 ms during the measured window (to sample the server's memory). */
  readonly onTick?: () => void;
  /** Called between the warm-up and the measured window (writes re-read the versions they send). */
  readonly beforeMeasure?: () => Promise<void>;
}

export interface LoadResult {
  readonly requests: number;
  readonly rps: number;
  readonly p50: number;
  readonly p95: number;
  readonly p99: number;
  /** Connection errors, timeouts and non-2xx answers. */
  readonly errors: number;
}

/**
 * A warm-up (JIT, caches, connection pools; discarded), then the measured window. Latencies are taken from
 * every response of the window, so that p95 is exact (autocannon's own summary has no p95).
 */
export async function measureLoad(options: LoadOptions): Promise<LoadResult> {
  // The smoke run skips it: it proves that every request succeeds, not how fast.
  if (options.warmUpSeconds > 0) await runOnce(options, options.warmUpSeconds, undefined);
  await options.beforeMeasure?.();
  const latencies: number[] = [];
  const timer = options.onTick ? setInterval(options.onTick, 250) : undefined;
  try {
    const result = await runOnce(options, options.seconds, latencies);
    latencies.sort((a, b) => a - b);
    const at = (quantile: number) =>
      latencies[Math.min(latencies.length - 1, Math.floor(quantile * latencies.length))] ?? NaN;
    return {
      requests: latencies.length,
      rps: latencies.length / options.seconds,
      p50: at(0.5),
      p95: at(0.95),
      p99: at(0.99),
      // autocannon's `errors` already counts the timeouts.
      errors: result.errors + result.non2xx,
    };
  } finally {
    if (timer) clearInterval(timer);
  }
}

function runOnce(
  options: LoadOptions,
  seconds: number,
  latencies: number[] | undefined,
): Promise<autocannon.Result> {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: seconds,
        requests: options.requests,
        headers: options.headers,
        timeout: 10,
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    if (latencies) {
      instance.on('response', (_client: unknown, _status: number, _bytes: number, responseTime: number) => {
        latencies.push(responseTime);
      });
    }
  });
}
