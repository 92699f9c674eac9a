import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDomainText } from '../../../lib/i18n/domain-text';
import type { PoliticalDialogue } from '../api/get-political-dialogue';

/** What the method still needs before a party may approve the convention, in the lifecycle model's words. */
export function ConventionReadiness({ view }: { view: PoliticalDialogue }) {
  const { t } = useTranslation();
  const domainText = useDomainText();
  const titleId = useId();
  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('politicalDialogue.readiness.title')}</h2>
      {view.missingForApproval.length === 0 ? (
        <p>{t('politicalDialogue.readiness.ready')}</p>
      ) : (
        <>
          <p>{t('politicalDialogue.readiness.missing')}</p>
          <ul aria-label={t('politicalDialogue.readiness.listLabel')}>
            {view.missingForApproval.map((criterion) => (
              <li key={criterion}>{domainText(`criteria.${criterion}`)}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
