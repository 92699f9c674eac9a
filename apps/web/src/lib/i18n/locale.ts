import { INTERFACE_LOCALES, isInterfaceLanguage } from '@passerelle/domain';

/**
 * The locale that formats dates, numbers and amounts for readers of `language`: the product's choice for
 * each interface language (`en` reads "7 December 2026" as in Europe, not "December 7, 2026"; `ar` keeps the
 * Latin digits the Maghreb writes), the same as the mails and PDFs use.
 */
export function localeOf(language: string): string {
  return isInterfaceLanguage(language) ? INTERFACE_LOCALES[language] : language;
}
