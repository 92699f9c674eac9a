/**
 * The languages the product speaks to its users: interface, mails, reminders, calendar titles, PDFs and
 * exports. French first: it is the product's reference language and the fallback for any other request.
 * Adding a language is adding it here and its catalogues everywhere a text lives (the typecheck lists them).
 */
export const INTERFACE_LANGUAGES = ['fr', 'en', 'de', 'es', 'pt', 'ar'] as const;
export type InterfaceLanguage = (typeof INTERFACE_LANGUAGES)[number];
export const DEFAULT_INTERFACE_LANGUAGE: InterfaceLanguage = 'fr';

/** The locale used to format dates, numbers and currencies for readers of each language. */
export const INTERFACE_LOCALES: Readonly<Record<InterfaceLanguage, string>> = {
  fr: 'fr-FR',
  en: 'en-GB',
  // Germany holds most of the German twinnings; de-DE writes 1.234,5 and 12.06.2026 as Austria does too (de-CH
  // would write 1’234.5, which German readers elsewhere do not expect).
  de: 'de-DE',
  // Spain's conventions (1.234,5) are also those of most of Spanish-speaking South America; es-419 follows
  // Mexico's 1,234.5, which Argentina, Chile, Colombia or Peru do not use.
  es: 'es-ES',
  pt: 'pt-PT', // European norm, as written in Lusophone Africa: "1 234,50 €", "6 de dezembro de 2026"
  ar: 'ar-u-nu-latn', // Arabic words, Latin digits as the Maghreb writes them; months يناير… read everywhere
};

/** Languages written from right to left (the page is mirrored for them). */
const RIGHT_TO_LEFT: ReadonlySet<string> = new Set(['ar', 'fa', 'he', 'ur']);

export function isInterfaceLanguage(value: unknown): value is InterfaceLanguage {
  return typeof value === 'string' && (INTERFACE_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The product's language closest to a stored preference or a browser's language tag ("pt-BR" → "pt"), French
 * when the product does not speak it.
 */
export function interfaceLanguageOf(tag: string | null | undefined): InterfaceLanguage {
  const primary = (tag ?? '').trim().toLowerCase().split(/[-_]/)[0];
  return isInterfaceLanguage(primary) ? primary : DEFAULT_INTERFACE_LANGUAGE;
}

/** The first of a reader's preferred languages (most preferred first) that the product speaks. */
export function firstSpokenLanguage(tags: readonly string[]): InterfaceLanguage | null {
  for (const tag of tags) {
    const primary = tag.trim().toLowerCase().split(/[-_]/)[0];
    if (isInterfaceLanguage(primary)) return primary;
  }
  return null;
}

/**
 * The language to write in to an authority whose people have no account yet (no preference to read), on behalf
 * of someone who reads `writerLanguage`: the writer's own when the authority works in it too (the two sides
 * already share it), else the first of the authority's languages (most used first) that the product speaks,
 * else the writer's.
 */
export function languageToWriteTo(
  authorityLanguages: readonly string[],
  writerLanguage: InterfaceLanguage,
): InterfaceLanguage {
  const spoken = authorityLanguages.map((tag) => firstSpokenLanguage([tag]));
  if (spoken.includes(writerLanguage)) return writerLanguage;
  return spoken.find((language) => language !== null) ?? writerLanguage;
}

export function textDirectionOf(language: InterfaceLanguage): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(language) ? 'rtl' : 'ltr';
}
