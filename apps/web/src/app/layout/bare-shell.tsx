import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '../../features/language/components/language-switch';
import { useDocumentTitle } from './use-document-title';

/**
 * A page that stands alone: a presentation shared with someone who has no account, or one laid out to
 * print. No menu, no step navigation, no account: only the app's name and, if asked, the language switch.
 * `loading` stands for the page while its chunk downloads.
 */
export function BareShell({
  languageSwitch = false,
  loading = false,
}: {
  languageSwitch?: boolean;
  loading?: boolean;
}) {
  const { t } = useTranslation();
  const mainRef = useRef<HTMLElement>(null);
  useDocumentTitle(mainRef);
  return (
    <>
      <header className="bare-header no-print">
        <span className="brand__name">{t('app.name')}</span>
        {languageSwitch && <LanguageSwitch />}
      </header>
      <main id="main" ref={mainRef} className="bare-main" tabIndex={-1}>
        {loading ? <p role="status">{t('common.loading')}</p> : <Outlet />}
      </main>
    </>
  );
}
