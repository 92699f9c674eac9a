/**
 * The catalogues are complete: every feature has a catalogue in every language, with the same keys and the same
 * placeholders as the French one; every catalogue is assembled into its language; no key is unused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fr } from './fr';
import { LANGUAGES } from './i18n';

type Tree = { [key: string]: string | Tree };

const SOURCE_ROOT = join(__dirname, '..', '..');

function leafKeys(messages: Tree, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'string' ? [`${prefix}${key}`] : leafKeys(value, `${prefix}${key}.`),
  );
}

function lookup(messages: Tree, key: string): string {
  return key.split('.').reduce<string | Tree>((node, part) => (node as Tree)[part] ?? '', messages) as string;
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1] ?? '').sort();
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The folders holding a feature's catalogues (one file per language), the assembly in lib/i18n aside. */
const catalogueFolders = sourceFiles(SOURCE_ROOT)
  .filter((path) => path.endsWith(join('i18n', 'fr.ts')) && !path.includes(join('lib', 'i18n')))
  .map((path) => join(path, '..'));

/** A language's assembly (`lib/i18n/<language>.ts`), which exports the language's catalogue under its code. */
function assembled(language: string): Tree {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- one module per language, named by its code
  return (require(`./${language}`) as Record<string, Tree>)[language] ?? {};
}

function loadCatalogue(folder: string, language: string): Tree {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- catalogues are found on disk, then loaded
  const module = require(join(folder, `${language}.ts`)) as Record<string, Tree>;
  const [catalogue] = Object.values(module);
  if (!catalogue) throw new Error(`${relative(SOURCE_ROOT, folder)}/${language}.ts exports no catalogue`);
  return catalogue;
}

describe('message catalogues', () => {
  it('are found beside the features', () => {
    expect(catalogueFolders.length).toBeGreaterThan(20);
  });

  it.each(LANGUAGES)(
    'exist for every feature in %s, key for key and placeholder for placeholder',
    (language) => {
      for (const folder of catalogueFolders) {
        const reference = loadCatalogue(folder, 'fr');
        const translated = loadCatalogue(folder, language);
        const name = relative(SOURCE_ROOT, folder);
        expect([name, leafKeys(translated).sort()]).toEqual([name, leafKeys(reference).sort()]);
        for (const key of leafKeys(reference)) {
          expect([name, key, placeholders(lookup(translated, key))]).toEqual([
            name,
            key,
            placeholders(lookup(reference, key)),
          ]);
        }
      }
    },
  );

  it.each(LANGUAGES)('are all assembled into %s, each block from one feature only', (language) => {
    const owners = new Map<string, string>();
    for (const folder of catalogueFolders) {
      const catalogue = loadCatalogue(folder, language);
      for (const block of Object.keys(catalogue)) {
        expect([block, owners.get(block)]).toEqual([block, undefined]);
        owners.set(block, relative(SOURCE_ROOT, folder));
        expect(assembled(language)[block]).toBe(catalogue[block]);
      }
    }
    expect([...owners.keys()].sort()).toEqual(Object.keys(fr).sort());
  });

  it('hold no key that the interface never shows', () => {
    const code = sourceFiles(SOURCE_ROOT)
      .filter((path) => !path.includes(`${join('/', 'i18n', '/')}`) && !/\.spec\.tsx?$/.test(path))
      .map((path) => readFileSync(path, 'utf8'))
      .join('\n');
    const literals = new Set([...code.matchAll(/'([\w.]+)'/g)].map((match) => match[1]));
    // A key built at run time (`candidateStages.${stage}`) uses every key under its fixed beginning.
    const beginnings = [...code.matchAll(/`([\w.]+)\$\{/g)].map((match) => match[1] ?? '');
    const unused = leafKeys(fr)
      .map((key) => key.replace(/_(zero|one|two|few|many|other)$/, ''))
      .filter((key) => !literals.has(key) && !beginnings.some((beginning) => key.startsWith(beginning)));
    expect([...new Set(unused)]).toEqual([]);
  });
});
