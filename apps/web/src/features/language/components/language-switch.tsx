import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, isLanguage, LANGUAGES } from '../../../lib/i18n/i18n';
import { useSession } from '../../auth/api/get-session';
import { useSetAccountLanguage } from '../api/set-account-language';

/** A language named in itself ("Deutsch", "العربية"), as a reader looks for their own, capitalised as a title. */
function nameInItself(language: string): string {
  const name = new Intl.DisplayNames([language], { type: 'language' }).of(language) ?? language;
  return name.charAt(0).toLocaleUpperCase(language) + name.slice(1);
}

/** A labelled select: reachable by keyboard, announced by screen readers, remembered per browser and account. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const signedIn = Boolean(useSession().data?.user);
  const saveOnAccount = useSetAccountLanguage();
  return (
    <div className="language-switch">
      <label htmlFor={id}>{t('language.label')}</label>
      <select
        id={id}
        value={i18n.resolvedLanguage ?? i18n.language}
        onChange={(event) => {
          const language = event.target.value;
          if (!isLanguage(language)) return;
          void changeLanguage(i18n, language);
          // Offline or refused, the interface still switches; the account keeps its language until next time.
          if (signedIn) saveOnAccount.mutate(language);
        }}
      >
        {LANGUAGES.map((language) => (
          <option key={language} value={language} lang={language}>
            {nameInItself(language)}
          </option>
        ))}
      </select>
    </div>
  );
}
