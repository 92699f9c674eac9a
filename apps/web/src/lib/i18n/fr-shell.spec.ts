import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { frShell } from './fr-shell';

const SOURCE = join(__dirname, '..', '..');

/**
 * What the first screen shows before any page is loaded: the shell, signing in, and the building blocks of
 * forms. Their texts must be in `fr-shell.ts`, which comes with the first download; a text of theirs left in
 * the pages' catalogue would read as its key until the first page arrives.
 */
const FIRST_SCREEN = [
  'app/layout',
  'app/routes/sign-in-route.tsx',
  'components/ui',
  'features/auth/components',
  'features/language',
  'features/offline/components',
  'features/inbox/components/inbox-link.tsx',
  'features/notifications/components/notifications-link.tsx',
];

/** In those folders, but shown only inside pages, which come with their texts. */
const PAGE_ONLY = ['app/layout/partnership-step-page.tsx'];

function sourcesUnder(path: string): string[] {
  const full = join(SOURCE, path);
  if (statSync(full).isFile()) return [full];
  return readdirSync(full).flatMap((name) => sourcesUnder(join(path, name)));
}

describe('the French texts of the first screen', () => {
  it('hold every block of texts the shell, the sign-in page and the form building blocks show', () => {
    const shellBlocks = new Set(Object.keys(frShell));
    const outside = FIRST_SCREEN.flatMap(sourcesUnder)
      .filter((file) => /\.tsx?$/.test(file) && !/\.spec\.tsx?$/.test(file))
      .filter((file) => !PAGE_ONLY.includes(relative(SOURCE, file)))
      .flatMap((file) =>
        [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*[`'"]([a-zA-Z]+)[.`'"]/g)]
          .map((match) => match[1]!)
          .filter((block) => !shellBlocks.has(block))
          .map((block) => `${relative(SOURCE, file)}: ${block}`),
      );
    expect(outside).toEqual([]);
  });
});
