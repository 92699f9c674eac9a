import { type PartnershipForm, criteriaFor, legalBasisOf, stepsFor } from '@passerelle/domain';
import { useTranslation } from 'react-i18next';
import { useDomainText } from '../../../lib/i18n/domain-text';

/**
 * What frames a form in law and which steps and criteria measure it, from the lifecycle model itself: shown
 * where the form is chosen and on the partnership.
 */
export function LegalBasisSummary({
  form,
  showCriteria = false,
}: {
  form: PartnershipForm;
  showCriteria?: boolean;
}) {
  const { t } = useTranslation();
  const domainText = useDomainText();
  const steps = stepsFor(form)
    .map((step) => domainText(`steps.${step}`))
    .join(', ');
  return (
    <div className="legal-basis">
      <p>{t(`legalVariants.bases.${legalBasisOf(form)}`)}</p>
      <p className="muted">{t('legalVariants.stepsApplying', { steps })}</p>
      {showCriteria && (
        <details>
          <summary>{t('legalVariants.criteriaTitle')}</summary>
          <ul>
            {criteriaFor(form).map((id) => (
              <li key={id}>{domainText(`criteria.${id}`)}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
