import { useTranslation } from 'react-i18next';

/**
 * A page that failed to load or render. The usual cause is a page chunk that is no longer on the server
 * after a deployment, or a dropped connection: reloading fetches the current ones.
 */
export function RouteError() {
  const { t } = useTranslation();
  return (
    <>
      <h1>{t('routeError.title')}</h1>
      <p role="alert">{t('routeError.body')}</p>
      <p>
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('routeError.reload')}
        </button>
      </p>
    </>
  );
}
