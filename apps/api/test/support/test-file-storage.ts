import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A storage folder of uploaded files for one spec file, removed at the end. */
export interface TestFileStorage {
  readonly dir: string;
  remove(): Promise<void>;
}

/**
 * A fresh folder under the test stack's own (`TEST_FILE_STORAGE_DIR`, set by `npm test`; the system's
 * temporary folder otherwise), so that specs never write into a developer's `.data/files` nor see each
 * other's files. Pass it as `FILE_STORAGE_DIR` to `buildTestConfig`.
 */
export async function createTestFileStorage(): Promise<TestFileStorage> {
  const base = process.env.TEST_FILE_STORAGE_DIR || tmpdir();
  await mkdir(base, { recursive: true });
  const parent = await mkdtemp(join(base, 'spec-'));
  // The API creates its folder itself (mode 0700): give it one that does not exist yet.
  const dir = join(parent, 'files');
  return { dir, remove: () => rm(parent, { recursive: true, force: true }) };
}
