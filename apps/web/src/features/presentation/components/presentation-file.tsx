import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { useFocusOnHash } from '../../../components/ui/use-focus-on-hash';
import { usePresentation, type PresentationLanguage } from '../api/get-presentation';
import { PresentationCompleteness } from './presentation-completeness';
import { PresentationDownloads } from './presentation-downloads';
import { PresentationEditor } from './presentation-editor';
import { languagesWithText } from './presentation-texts';
import { ShareLinks } from './share-links';

/**
 * Step 3 for the signed-in authority: how complete its presentation is, its text in French and English,
 * the documents made from it (PDF, print view) and the links that share it. A link to a section
 * (`#texte`) moves the focus to it.
 */
export function PresentationFile({ partnershipId, canWrite }: { partnershipId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const presentation = usePresentation(partnershipId);
  const [language, setLanguage] = useState<PresentationLanguage>('fr');
  useFocusOnHash(presentation.isSuccess);
  if (presentation.isPending) return <p role="status">{t('common.loading')}</p>;
  if (presentation.isError) return <p role="alert">{describeError(t, presentation.error)}</p>;
  return (
    <>
      {!canWrite && <p className="callout">{t('presentation.readOnly')}</p>}
      <PresentationCompleteness presentation={presentation.data} />
      <PresentationEditor
        partnershipId={partnershipId}
        presentation={presentation.data}
        language={language}
        onLanguageChange={setLanguage}
        canWrite={canWrite}
      />
      <PresentationDownloads
        partnershipId={partnershipId}
        presentation={presentation.data}
        language={language}
      />
      <ShareLinks
        partnershipId={partnershipId}
        canWrite={canWrite}
        languages={languagesWithText(presentation.data)}
      />
    </>
  );
}
