import {
  DEFAULT_INTERFACE_LANGUAGE,
  firstSpokenLanguage,
  FR_MESSAGES,
  INTERFACE_LANGUAGES,
  type InterfaceLanguage,
  isInterfaceLanguage,
  textDirectionOf,
} from '@passerelle/domain';
import i18next, { type BackendModule, type i18n, type TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { initReactI18next, useTranslation } from 'react-i18next';
import type { LanguageResources } from './catalogue';
import { DOMAIN_NAMESPACE } from './domain-text';
import type { frPages } from './fr-pages';
import { frShell } from './fr-shell';
import { completePluralForms } from './plural-forms';

export const LANGUAGES = INTERFACE_LANGUAGES;
export type Language = InterfaceLanguage;
export const DEFAULT_LANGUAGE: Language = DEFAULT_INTERFACE_LANGUAGE;

/** The browser remembers the chosen language under this key. */
export const LANGUAGE_STORAGE_KEY = 'passerelle.language';

export const isLanguage = isInterfaceLanguage;

/**
 * French, the default, comes with the first download — its first screen's texts (`fr-shell.ts`); its pages'
 * texts come with the first page (`loadPageTexts`). Every other language is its own chunk, fetched when a
 * reader chooses it, so that nobody downloads the texts of languages they do not read.
 */
/** A language's resources as first loaded: French without its pages' texts, which follow (`loadPageTexts`). */
type FirstResources = Omit<LanguageResources, 'translation'> & {
  translation: LanguageResources['translation'] | typeof frShell;
};

const LOADERS: Readonly<Record<Language, () => Promise<FirstResources>>> = {
  fr: () => Promise.resolve({ translation: frShell, domain: FR_MESSAGES }),
  en: () => import('./en').then((module) => module.enResources),
  de: () => import('./de').then((module) => module.deResources),
  es: () => import('./es').then((module) => module.esResources),
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

/**
 * An i18next backend reading the catalogues through `LOADERS`: any change of language, or any text asked for in
 * a language (a presentation printed in English from a French interface), fetches that language first.
 */
const catalogueBackend: BackendModule = {
  type: 'backend',
  init: () => undefined,
  read(language, namespace, callback) {
    if (!isLanguage(language)) return callback(null, {});
    LOADERS[language]().then(
      (resources) =>
        callback(
          null,
          namespace === DOMAIN_NAMESPACE
            ? resources.domain
            : completePluralForms(resources.translation, language),
        ),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), null),
    );
  },
};

/** The page's language and writing direction, for the browser, screen readers and the mirrored layout. */
function markDocument(language: string): void {
  if (typeof document === 'undefined') return;
  document.documentElement.lang = language;
  document.documentElement.dir = textDirectionOf(isLanguage(language) ? language : DEFAULT_LANGUAGE);
}

/** The instances whose French page texts are still to be added once fetched. */
const waitingForPageTexts = new Set<i18n>();
let frenchPageTexts: Promise<void> | undefined;
let fetchedPageTexts: typeof frPages | undefined;

/**
 * Fetches the French texts of the pages (once) and adds them to every instance: the router waits for them with
 * a page's own chunk (`src/app/routes.tsx`), so that no page shows before its texts. French is also every other
 * language's fallback, hence for every reader.
 */
export function loadPageTexts(): Promise<void> {
  frenchPageTexts ??= import('./fr-pages').then(({ frPages }) => {
    fetchedPageTexts = frPages;
    for (const instance of waitingForPageTexts) addFrenchPageTexts(instance, frPages);
    waitingForPageTexts.clear();
  });
  return frenchPageTexts;
}

function addFrenchPageTexts(instance: i18n, pages: typeof frPages): void {
  instance.addResourceBundle('fr', 'translation', completePluralForms(pages, 'fr'), true, false);
}

/**
 * Creates an i18next instance; each test gets its own, the app one. The app's waits for the pages' French texts
 * until its first page (`pageTexts: 'with-first-page'`); a test's has them at once.
 */
export async function createI18n(
  language: Language,
  { pageTexts = 'now' }: { pageTexts?: 'now' | 'with-first-page' } = {},
): Promise<i18n> {
  const instance = i18next.createInstance();
  instance.on('languageChanged', markDocument);
  await instance
    .use(catalogueBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      // The lifecycle model's texts live in their own namespace: their keys hold dots (see domain-text.ts).
      ns: ['translation', DOMAIN_NAMESPACE],
      defaultNS: 'translation',
      interpolation: { escapeValue: false },
      returnNull: false,
      // A text shown before the pages' French texts came (the shell, while the first page loads) is read again
      // once they are added.
      react: { useSuspense: false, bindI18nStore: 'added' },
    });
  markDocument(instance.language);
  if (fetchedPageTexts) addFrenchPageTexts(instance, fetchedPageTexts);
  else waitingForPageTexts.add(instance);
  if (pageTexts === 'now') await loadPageTexts();
  return instance;
}

/**
 * Texts in another language than the interface's (a presentation written in English, read from a French
 * interface): that language's catalogues are fetched if need be, and the component shows them once there.
 */
export function useTextsIn(language: Language): TFunction {
  const { i18n } = useTranslation();
  const [, loaded] = useState(0);
  const ready = i18n.hasResourceBundle(language, 'translation');
  useEffect(() => {
    if (!ready) void i18n.loadLanguages(language).then(() => loaded((count) => count + 1));
  }, [i18n, language, ready]);
  return i18n.getFixedT(language);
}

/** Switches the language (fetching its texts first) and remembers it in this browser. */
export async function changeLanguage(instance: i18n, language: Language): Promise<void> {
  window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language);
  await instance.changeLanguage(language);
}
