import {
  DEFAULT_INTERFACE_LANGUAGE,
  firstSpokenLanguage,
  FR_MESSAGES,
  INTERFACE_LANGUAGES,
  type InterfaceLanguage,
  isInterfaceLanguage,
  textDirectionOf,
} from '@passerelle/domain';
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { LanguageResources } from './catalogue';
import { DOMAIN_NAMESPACE } from './domain-text';
import { fr } from './fr';
import { completePluralForms } from './plural-forms';

export const LANGUAGES = INTERFACE_LANGUAGES;
export type Language = InterfaceLanguage;
export const DEFAULT_LANGUAGE: Language = DEFAULT_INTERFACE_LANGUAGE;

/** The browser remembers the chosen language under this key. */
export const LANGUAGE_STORAGE_KEY = 'passerelle.language';

export const isLanguage = isInterfaceLanguage;

/**
 * French, the default, comes with the first download; every other language is its own chunk, fetched when a
 * reader chooses it, so that nobody downloads the texts of languages they do not read.
 */
const LOADERS: Readonly<Record<Language, () => Promise<LanguageResources>>> = {
  fr: () => Promise.resolve({ translation: fr, domain: FR_MESSAGES }),
  en: () => import('./en').then((module) => module.enResources),
  pt: () => import('./pt').then((module) => module.ptResources),
  ar: () => import('./ar').then((module) => module.arResources),
};

/** The language remembered in this browser, else the first of the browser's languages that the product speaks. */
export function readStoredLanguage(
  storage: Pick<Storage, 'getItem'> = window.localStorage,
  browserLanguages: readonly string[] = typeof navigator === 'undefined' ? [] : navigator.languages,
): Language {
  const stored = storage.getItem(LANGUAGE_STORAGE_KEY);
  if (isLanguage(stored)) return stored;
  return firstSpokenLanguage(browserLanguages) ?? DEFAULT_LANGUAGE;
}

async function loadLanguage(instance: i18n, language: Language): Promise<void> {
  if (instance.hasResourceBundle(language, 'translation')) return;
  const resources = await LOADERS[language]();
  instance.addResourceBundle(language, 'translation', completePluralForms(resources.translation, language));
  instance.addResourceBundle(language, DOMAIN_NAMESPACE, resources.domain);
}

/** The page's language and writing direction, for the browser, screen readers and the mirrored layout. */
function markDocument(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = textDirectionOf(isLanguage(language) ? language : DEFAULT_LANGUAGE);
}

/** Creates an i18next instance; each test gets its own, the app one. */
export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: DEFAULT_LANGUAGE,
    fallbackLng: DEFAULT_LANGUAGE,
    // The lifecycle model's texts live in their own namespace: their keys hold dots (see domain-text.ts).
    resources: {},
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  await loadLanguage(instance, DEFAULT_LANGUAGE);
  instance.on('languageChanged', markDocument);
  if (language !== DEFAULT_LANGUAGE) {
    await loadLanguage(instance, language);
    await instance.changeLanguage(language);
  }
  markDocument(instance.language);
  return instance;
}

/** Switches the language (fetching its texts first) and remembers it in this browser. */
export async function changeLanguage(instance: i18n, language: Language): Promise<void> {
  await loadLanguage(instance, language);
  window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  await instance.changeLanguage(language);
}
