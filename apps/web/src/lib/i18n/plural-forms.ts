/** The plural categories of i18next's key suffixes (`items_one`, `items_few`…), as CLDR names them. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;

type Tree = { [key: string]: string | Tree };

export function pluralBaseOf(key: string): string | null {
  return PLURAL_SUFFIX.test(key) ? key.replace(PLURAL_SUFFIX, '') : null;
}

/**
 * The plural categories a catalogue must write for a language: those its rules give to counts below a thousand
 * (Arabic: zero, one, two, few, many, other). A category met only by big round numbers — French, Spanish and
 * Portuguese say "many" of a million — may be left out: it then reads as "other" (see `completePluralForms`).
 */
export function writtenPluralCategories(language: string): string[] {
  const rules = new Intl.PluralRules(language);
  const met = new Set<string>();
  for (let count = 0; count < 1000; count += 1) met.add(rules.select(count));
  return rules.resolvedOptions().pluralCategories.filter((category) => met.has(category));
}

/**
 * A copy of a catalogue where every plural category of the language that a text leaves out reads as its
 * "other" form, since i18next would otherwise show the key itself (1,000,000 in French is "many").
 */
export function completePluralForms<T extends Tree>(catalogue: T, language: string): T {
  const categories = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const complete: Tree = {};
  for (const [key, value] of Object.entries(catalogue)) {
    complete[key] = typeof value === 'string' ? value : completePluralForms(value, language);
  }
  for (const [key, value] of Object.entries(catalogue)) {
    if (typeof value !== 'string' || !key.endsWith('_other')) continue;
    const base = key.slice(0, -'_other'.length);
    for (const category of categories) complete[`${base}_${category}`] ??= value;
  }
  return complete as T;
}
