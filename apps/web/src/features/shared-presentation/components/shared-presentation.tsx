import { useTranslation } from 'react-i18next';
import { countryName } from '../../../components/ui/country-name';
import { describeError } from '../../../components/ui/error-text';
import { formatDay } from '../../../components/ui/format-date';
import { PresentationDocument } from '../../../components/ui/presentation-document';
import { DEFAULT_LANGUAGE, useTextsIn } from '../../../lib/i18n/i18n';
import { sharedPresentationPdfHref, useSharedPresentation } from '../api/get-shared-presentation';

/**
 * What a candidate authority sees through a shared link: the presentation alone, in the link's language,
 * and its PDF. A link that does not exist, expired or was withdrawn says so; nothing else of the app shows.
 */
export function SharedPresentation({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  const shared = useSharedPresentation(token);
  const textT = useTextsIn(shared.data?.language ?? DEFAULT_LANGUAGE);
  if (shared.isPending) return <p role="status">{t('common.loading')}</p>;
  if (shared.isError)
    return (
      <>
        <h1>{t('sharedPresentation.title')}</h1>
        <p role="alert">{describeError(t, shared.error)}</p>
      </>
    );
  const { data } = shared;
  return (
    <>
      <PresentationDocument
        organisationName={data.organisationName}
        subtitle={textT('sharedPresentation.subtitle', {
          country: countryName(data.countryCode, data.language),
        })}
        language={data.language}
        sections={data.sections}
      />
      <p className="no-print link-line">
        <a href={sharedPresentationPdfHref(token)} download>
          {t('sharedPresentation.pdf')}
        </a>
      </p>
      <p className="muted no-print">
        {t('sharedPresentation.expiresOn', { date: formatDay(data.expiresAt, i18n.language) })}
      </p>
    </>
  );
}
