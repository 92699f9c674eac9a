// `pnpm bench` for the domain: how fast the core function runs on a partnership far into the lifecycle
// (convention in force, visits both ways, dialogue plan, actions). The API calls it on every partnership
// page and for every row of a portfolio dashboard, so its cost bounds those pages.
import { performance } from 'node:perf_hooks';
import { assessPartnership, computeUpcomingReminders, reminderInputFrom } from '../src/index';
import { conventionInForce, NOW } from '../src/testing/fixtures.test-helpers';

function measure(name: string, iterations: number, work: () => void): void {
  for (let i = 0; i < Math.min(1_000, iterations); i += 1) work(); // warm-up for the JIT
  const started = performance.now();
  for (let i = 0; i < iterations; i += 1) work();
  const elapsedMs = performance.now() - started;
  const perCallUs = (elapsedMs * 1_000) / iterations;
  console.log(
    `${name.padEnd(36)} ${iterations.toLocaleString('en')} calls  ${perCallUs.toFixed(1)} µs/call  ${Math.round(iterations / (elapsedMs / 1_000)).toLocaleString('en')} calls/s`,
  );
}

const snapshot = conventionInForce();
measure('assessPartnership (step 5, in force)', 20_000, () => {
  assessPartnership(snapshot, NOW);
});
measure('computeUpcomingReminders', 20_000, () => {
  computeUpcomingReminders(reminderInputFrom(snapshot, 'Europe/Paris'), NOW);
});
console.log(`heap used: ${(process.memoryUsage().heapUsed / 1024 / 1024).toFixed(1)} MiB`);
