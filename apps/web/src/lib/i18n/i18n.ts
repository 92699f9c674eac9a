import { EN_MESSAGES, FR_MESSAGES } from '@passerelle/domain';
import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DOMAIN_NAMESPACE } from './domain-text';
import { en } from './en';
import { fr } from './fr';

export const LANGUAGES = ['fr', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'fr';

/** The browser remembers the chosen language under this key. */
export const LANGUAGE_STORAGE_KEY = 'passerelle.language';

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

export function readStoredLanguage(storage: Pick<Storage, 'getItem'> = window.localStorage): Language {
  const stored = storage.getItem(LANGUAGE_STORAGE_KEY);
  return isLanguage(stored) ? stored : DEFAULT_LANGUAGE;
}

/** Creates an i18next instance; each test gets its own, the app one. */
export async function createI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    // The lifecycle model's texts live in their own namespace: their keys hold dots (see domain-text.ts).
    resources: {
      fr: { translation: fr, [DOMAIN_NAMESPACE]: FR_MESSAGES },
      en: { translation: en, [DOMAIN_NAMESPACE]: EN_MESSAGES },
    },
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  instance.on('languageChanged', (lng) => {
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  });
  if (typeof document !== 'undefined') document.documentElement.lang = language;
  return instance;
}

/** Switches the language and remembers it in this browser. */
export async function changeLanguage(instance: i18n, language: Language): Promise<void> {
  window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  await instance.changeLanguage(language);
}
