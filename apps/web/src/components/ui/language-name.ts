/** A language's name in `language` (`bm` → "bambara"), or the tag itself when the runtime does not know it. */
export function languageName(tag: string, language: string): string {
  try {
    return new Intl.DisplayNames([language], { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
}
