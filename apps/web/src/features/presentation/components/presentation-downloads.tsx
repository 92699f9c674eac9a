import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { presentationPrintPath } from '../../../lib/partnership-paths';
import { presentationPdfHref, type Presentation, type PresentationLanguage } from '../api/get-presentation';
import { languagesWithText } from './presentation-texts';

/**
 * The saved presentation as documents: a PDF in each language it has text in (plain links: the browser
 * downloads them with the session cookie) — a language without text would print a blank page — and a print
 * view of the language being edited.
 */
export function PresentationDownloads({
  partnershipId,
  presentation,
  language,
}: {
  partnershipId: string;
  presentation: Presentation;
  language: PresentationLanguage;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const written = languagesWithText(presentation);
  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('presentation.documentsTitle')}</h2>
      <p className="muted">{t('presentation.documentsIntro')}</p>
      {written.length === 0 && <p className="muted">{t('presentation.noTextYet')}</p>}
      <ul className="link-list">
        {written.includes('fr') && (
          <li className="link-line">
            <a href={presentationPdfHref(partnershipId, 'fr')} download>
              {t('presentation.pdfFr')}
            </a>
          </li>
        )}
        {written.includes('en') && (
          <li className="link-line">
            <a href={presentationPdfHref(partnershipId, 'en')} download>
              {t('presentation.pdfEn')}
            </a>
          </li>
        )}
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
