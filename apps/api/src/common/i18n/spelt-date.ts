import { type CalendarDate, INTERFACE_LOCALES, type InterfaceLanguage } from '@passerelle/domain';

/** Built once per language: constructing an `Intl.DateTimeFormat` costs more than formatting with it. */
const FORMATS = new Map<InterfaceLanguage, Intl.DateTimeFormat>();

/**
 * A calendar date (YYYY-MM-DD) spelt out in a reader's language: "12 mars 2027", "12 March 2027". The date is
 * read in no time zone: it is the same day wherever the reader is.
 */
export function speltDate(calendarDate: CalendarDate | string, language: InterfaceLanguage): string {
  let format = FORMATS.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(INTERFACE_LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' });
    FORMATS.set(language, format);
  }
  return format.format(new Date(`${calendarDate}T00:00:00Z`));
}
