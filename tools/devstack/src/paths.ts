import { join, resolve } from 'node:path';

/** The repository root: tools/devstack/src → ../../.. */
export const PROJECT_ROOT = resolve(__dirname, '..', '..', '..');

/** Everything the local stack writes lives here; the folder is git-ignored. */
export const DATA_DIR = join(PROJECT_ROOT, '.data');

export const API_DIST = join(PROJECT_ROOT, 'apps', 'api', 'dist');
export const WEB_DIST = join(PROJECT_ROOT, 'apps', 'web', 'dist');
export const TURBO_BIN = join(PROJECT_ROOT, 'node_modules', '.bin', 'turbo');
export const JEST_BIN = join(PROJECT_ROOT, 'node_modules', '.bin', 'jest');
export const ESLINT_BIN = join(PROJECT_ROOT, 'node_modules', '.bin', 'eslint');
export const PRETTIER_BIN = join(PROJECT_ROOT, 'node_modules', '.bin', 'prettier');
