import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const WEB_ROOT = join(__dirname, '..', '..', '..');

describe('the API client types', () => {
  it('are generated from the API’s committed OpenAPI document, not written by hand', () => {
    const dir = mkdtempSync(join(tmpdir(), 'api-types-'));
    try {
      const generated = join(dir, 'schema.d.ts');
      execFileSync(
        join(WEB_ROOT, 'node_modules', '.bin', 'openapi-typescript'),
        ['../api/openapi.json', '-o', generated],
        {
          cwd: WEB_ROOT,
          stdio: 'ignore',
        },
      );
      // If this fails: `pnpm --filter @passerelle/web api-types`.
      expect(readFileSync(join(WEB_ROOT, 'src', 'lib', 'api', 'schema.d.ts'), 'utf8')).toBe(
        readFileSync(generated, 'utf8'),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
