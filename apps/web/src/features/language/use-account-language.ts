import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../../lib/i18n/i18n';
import { useSession } from '../auth/api/get-session';

/**
 * Once someone is signed in, the interface speaks their account's language (chosen on another device, or
 * before this browser remembered anything); choosing another one saves it on the account (`LanguageSwitch`).
 */
export function useAccountLanguage(): void {
  const { i18n } = useTranslation();
  const accountLanguage = useSession().data?.user?.language;
  useEffect(
    () => {
      if (accountLanguage && accountLanguage !== i18n.language) void changeLanguage(i18n, accountLanguage);
    },
    // Applied when the account's language changes (a sign-in, a choice saved), not whenever the interface's
    // does: `i18n` is a new object after each change of language, and would switch a new choice straight back.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [accountLanguage],
  );
}
