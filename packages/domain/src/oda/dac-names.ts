import type { InterfaceLanguage } from '../shared/interface-language';

/**
 * The OECD publishes the DAC purpose codes and their categories in its two official languages only, French and
 * English.
 */
export type DacNameLanguage = 'fr' | 'en';

/**
 * Which of the two each reader gets the DAC's names in, on screen and in the exports alike: French for French
 * readers and for Arabic ones (the Maghreb's administrations work in French beside Arabic), English, the OECD's
 * working language, for the others.
 */
const DAC_NAME_LANGUAGE = {
  fr: 'fr',
  en: 'en',
  de: 'en',
  es: 'en',
  pt: 'en',
  ar: 'fr',
} as const satisfies Record<InterfaceLanguage, DacNameLanguage>;

/** A DAC sector's or category's name, of its two official ones, that a reader of `language` gets. */
export function dacName(
  names: Readonly<Record<DacNameLanguage, string>>,
  language: InterfaceLanguage,
): string {
  return names[DAC_NAME_LANGUAGE[language]];
}
