/**
 * The catalogues are complete: every feature has a catalogue in every language, with the same keys and the same
 * placeholders as the French one; every catalogue is assembled into its language; no key is unused.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fr } from './fr';
import { LANGUAGES } from './i18n';
import { completePluralForms, pluralBaseOf, writtenPluralCategories } from './plural-forms';

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

/** French's keys as a language must write them: each plural text in the forms that language counts with. */
function expectedKeys(reference: Tree, language: string): string[] {
  const keys = new Set<string>();
  for (const key of leafKeys(reference)) {
    const base = pluralBaseOf(key);
    if (base === null) keys.add(key);
    else for (const category of writtenPluralCategories(language)) keys.add(`${base}_${category}`);
  }
  return [...keys].sort();
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
    'exist for every feature in %s, key for key, with its plural forms and the same placeholders',
    (language) => {
      for (const folder of catalogueFolders) {
        const name = relative(SOURCE_ROOT, folder);
        const reference = loadCatalogue(folder, 'fr');
        const translated = loadCatalogue(folder, language);
        expect([name, expectedKeys(reference, language)]).toEqual([name, leafKeys(translated).sort()]);
        for (const key of leafKeys(translated)) {
          // Every plural form says what French's "other" form says, the count aside (Arabic's "zero" may omit it).
          const base = pluralBaseOf(key);
          const french = lookup(reference, base === null ? key : `${base}_other`);
          const without = (names: string[]) => (base === null ? names : names.filter((n) => n !== 'count'));
          expect([name, key, without(placeholders(lookup(translated, key)))]).toEqual([
            name,
            key,
            without(placeholders(french)),
          ]);
        }
      }
    },
  );

  it('read a count a language has no written form for as the "other" form', () => {
    const completed = completePluralForms(
      { days_one: '{{count}} jour', days_other: '{{count}} jours' },
      'fr',
    );
    expect(completed).toEqual({
      days_one: '{{count}} jour',
      days_many: '{{count}} jours',
      days_other: '{{count}} jours',
    });
    expect(writtenPluralCategories('fr')).toEqual(['one', 'other']);
    expect(writtenPluralCategories('ar')).toEqual(['few', 'many', 'one', 'two', 'zero', 'other']);
  });

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
