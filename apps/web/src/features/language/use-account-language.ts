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
  useEffect(() => {
    if (accountLanguage && accountLanguage !== i18n.language) void changeLanguage(i18n, accountLanguage);
  }, [accountLanguage, i18n]);
}
