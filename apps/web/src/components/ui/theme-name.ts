import { ACTION_THEMES } from '@passerelle/domain';
import type { TFunction } from 'i18next';
import { isOneOf } from '../../lib/is-one-of';

/**
 * A theme of action in the user's words (`water_sanitation` → « eau et assainissement »). A custom theme
 * (`custom:jumelage-scolaire`) reads as its slug.
 */
export function themeName(t: TFunction, theme: string): string {
  if (isOneOf(ACTION_THEMES, theme)) return t(`themes.${theme}`);
  return theme.startsWith('custom:') ? theme.slice('custom:'.length).replaceAll('-', ' ') : theme;
}

/** `themeName` starting with a capital, for a label on its own (« Eau et assainissement »). */
export function themeLabel(t: TFunction, theme: string, language: string): string {
  const name = themeName(t, theme);
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}
