import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../../components/ui/error-text';
import { PresentationDocument } from '../../../components/ui/presentation-document';
import { presentationPath } from '../../../lib/partnership-paths';
import { usePresentation, type PresentationLanguage } from '../api/get-presentation';
import { useTextsIn } from '../../../lib/i18n/i18n';

/**
 * The saved presentation in one language, laid out to print: the document alone, with a way back and a
 * print button that the printed page leaves out.
 */
export function PresentationPrint({
  partnershipId,
  language,
}: {
  partnershipId: string;
  language: PresentationLanguage;
}) {
  const { t } = useTranslation();
  const textT = useTextsIn(language);
  const presentation = usePresentation(partnershipId);
  const toolbar = (
    <div className="print-toolbar no-print">
      <Link to={presentationPath(partnershipId)}>{t('presentation.backToEditor')}</Link>
      {presentation.isSuccess && (
        <button type="button" className="button" onClick={() => window.print()}>
          {t('presentation.print')}
        </button>
      )}
    </div>
  );
  if (presentation.isPending)
    return (
      <>
        {toolbar}
        <p role="status">{t('common.loading')}</p>
      </>
    );
  if (presentation.isError)
    return (
      <>
        {toolbar}
        <h1>{t('steps.PRESENTATION.title')}</h1>
        <p role="alert">{describeError(t, presentation.error)}</p>
      </>
    );
  return (
    <>
      {toolbar}
      <PresentationDocument
        organisationName={presentation.data.organisationName}
        subtitle={textT('presentationDocument.subtitle')}
        language={language}
        sections={presentation.data[language]}
      />
    </>
  );
}
