import { join, resolve } from 'node:path';

/** The repository root: tools/devstack/src → ../../.. */
export const PROJECT_ROOT = resolve(__dirname, '..', '..', '..');

/** Everything the local stack writes lives here; the folder is git-ignored. */
export const DATA_DIR = join(PROJECT_ROOT, '.data');

export const API_DIST = join(PROJECT_ROOT, 'apps', 'api', 'dist');

/**
 * How the API and the worker processes run Node.js, everywhere they are started (the local stack, the
 * benchmarks; the Dockerfile and docker-compose.yml repeat it). The old generation is capped so that the
 * heap is collected before it grows: without the cap V8 lets an API under load reach 400+ MiB resident for a
 * live set far smaller; with it the benchmark's API stays under 300 MB with no loss of throughput
 * (docs/benchmarks.md). Memory-hungry work is batched so that its live set stays well under the cap.
 */
export const SERVICE_NODE_ARGS: readonly string[] = ['--enable-source-maps', '--max-old-space-size=192'];
export const WEB_DIST = join(PROJECT_ROOT, 'apps', 'web', 'dist');
export const TURBO_BIN = join(PROJECT_ROOT, 'node_modules', '.bin', 'turbo');
export const JEST_BIN = join(PROJECT_ROOT, 'node_modules', '.bin', 'jest');
export const ESLINT_BIN = join(PROJECT_ROOT, 'node_modules', '.bin', 'eslint');
export const PRETTIER_BIN = join(PROJECT_ROOT, 'node_modules', '.bin', 'prettier');
