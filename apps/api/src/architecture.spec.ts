import { join } from 'node:path';
import { Linter } from 'eslint';
// The lint rule itself, as `eslint.config.mjs` loads it.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS rule of the repository's tools
const noFolderCycles = require('../../../tools/eslint-rules/no-folder-cycles.cjs');

const SOURCE = join(__dirname);

/** Lints one file, as if it were at `path` under `src/`, with the folder-cycle rule only. */
function folderCycleErrors(path: string, code: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        // The snippets are plain ECMAScript modules: ESLint's own parser reads them.
        languageOptions: { sourceType: 'module' },
        plugins: { passerelle: { rules: { 'no-folder-cycles': noFolderCycles } } },
        rules: { 'passerelle/no-folder-cycles': ['error', { root: SOURCE }] },
      },
    ],
    { filename: join(SOURCE, path) },
  );
  return messages.map((message) => message.message);
}

describe('the folders of the API', () => {
  it('refuses an import that would make the shared building blocks depend on a feature', () => {
    const errors = folderCycleErrors(
      'common/problem/uses-lifecycle.ts',
      "import { LifecycleEvents } from '../../lifecycle/lifecycle-events';\nexport const events = LifecycleEvents;\n",
    );
    expect(errors).toEqual([expect.stringContaining('common → lifecycle → common')]);
  });

  it('refuses an import of a composition root from inside a folder', () => {
    const errors = folderCycleErrors(
      'dialogue/uses-app.ts',
      "import { AppModule } from '../app.module';\nexport const app = AppModule;\n",
    );
    expect(errors).toEqual([expect.stringContaining('dialogue → (root) → dialogue')]);
  });

  it('lets a feature use the lifecycle, the tables and the shared building blocks', () => {
    const errors = folderCycleErrors(
      'dialogue/uses-below.ts',
      [
        "import { LifecycleEvents } from '../lifecycle/lifecycle-events';",
        "import { AppendOnlyTable } from '../partnership-records/append-only-table';",
        "import { ProblemException } from '../common/problem/problem';",
        'export const used = [LifecycleEvents, AppendOnlyTable, ProblemException];',
      ].join('\n'),
    );
    expect(errors).toEqual([]);
  });
});
