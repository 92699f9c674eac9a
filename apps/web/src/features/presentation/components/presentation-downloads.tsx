import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { presentationPrintPath } from '../../../lib/partnership-paths';
import { presentationPdfHref, type PresentationLanguage } from '../api/get-presentation';

/**
 * The saved presentation as documents: a PDF in each language (plain links: the browser downloads them
 * with the session cookie) and a print view of the language being edited.
 */
export function PresentationDownloads({
  partnershipId,
  language,
}: {
  partnershipId: string;
  language: PresentationLanguage;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('presentation.documentsTitle')}</h2>
      <p className="muted">{t('presentation.documentsIntro')}</p>
      <ul className="link-list">
        <li>
          <a href={presentationPdfHref(partnershipId, 'fr')} download>
            {t('presentation.pdfFr')}
          </a>
        </li>
        <li>
          <a href={presentationPdfHref(partnershipId, 'en')} download>
            {t('presentation.pdfEn')}
          </a>
        </li>
        <li>
          <Link to={presentationPrintPath(partnershipId, language)}>{t('presentation.printView')}</Link>{' '}
          <span className="muted">
            {t('presentation.printViewLanguage', { language: t(`presentation.languages.${language}`) })}
          </span>
        </li>
      </ul>
    </section>
  );
}
