import { INTERFACE_LOCALES, type InterfaceLanguage } from '@passerelle/domain';

/** Spaces that must not break a line (a number's thousands, "157 175"), whatever their width. */
const NO_BREAK_SPACES = /[\u2007\u202F\u2060\uFEFF]/g;
/** Other Unicode spaces (en, em, thin, hair… spaces, line and paragraph separators). */
const OTHER_SPACES = /[\u1680\u2000-\u2006\u2008-\u200A\u205F\u3000\u2028\u2029]/g;
/** Invisible characters that print as a blank box or a gap. */
const ZERO_WIDTH = /[\u200B-\u200D]/g;

/**
 * Text with the spaces every PDF reader handles alike. The narrow no-break space that
 * `toLocaleString('fr-FR')` puts between thousands once printed as a gap and a slash ("157 /175") in the
 * standard fonts; it becomes the no-break space (U+00A0) where a line must not break, the plain space
 * otherwise, so that copying a figure out of the PDF gives one a spreadsheet reads.
 */
export function printablePdfText(text: string): string {
  return text.replace(NO_BREAK_SPACES, '\u00A0').replace(OTHER_SPACES, ' ').replace(ZERO_WIDTH, '');
}

/**
 * A day written out in the document's language ("6 décembre 2026", "6 December 2026", "6 de dezembro de
 * 2026"): any interface language, since the presentation's two languages are among them and the handover
 * dossier speaks its reader's.
 */
export function formatPdfDate(instant: Date, language: InterfaceLanguage, timeZone = 'UTC'): string {
  return printablePdfText(
    instant.toLocaleDateString(INTERFACE_LOCALES[language], { dateStyle: 'long', timeZone }),
  );
}

/** A count in the document's language ("157 175", "157,175"), printable by the standard fonts. */
export function formatPdfCount(value: number, language: InterfaceLanguage): string {
  return printablePdfText(value.toLocaleString(INTERFACE_LOCALES[language]));
}
