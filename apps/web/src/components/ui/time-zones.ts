/** The browser's time zone: a partner is often elsewhere, but it is a valid start the user can change. */
export function defaultTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Paris';
  } catch {
    return 'Europe/Paris';
  }
}

/** The IANA time zones the runtime knows, to suggest while typing (none when it cannot tell). */
export function knownTimeZones(): string[] {
  try {
    return Intl.supportedValuesOf('timeZone');
  } catch {
    return [];
  }
}

/** A comma-separated list of language codes as typed (`fr, bm`), as the API takes it. */
export function parseLanguageList(value: string): string[] {
  return value
    .split(',')
    .map((language) => language.trim())
    .filter(Boolean);
}
