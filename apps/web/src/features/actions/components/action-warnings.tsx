import { useTranslation } from 'react-i18next';
import { useDomainText } from '../../../lib/i18n/domain-text';
import type { ActionWarning } from '../api/get-actions';

/** The method's warnings about the actions, in the domain's words with why they matter; they block nothing. */
export function ActionWarnings({ warnings, label }: { warnings: readonly ActionWarning[]; label: string }) {
  const { t } = useTranslation();
  const text = useDomainText();
  if (warnings.length === 0) return null;
  return (
    <ul className="warnings" aria-label={label}>
      {warnings.map((warning, index) => (
        <li key={`${warning.id}-${index}`} className="warning">
          <p className="warning__text">
            <span aria-hidden="true">⚠ </span>
            {text(warning.explanationKey)}
          </p>
          <p className="criterion__why">
            <span className="criterion__why-label">{t('stepper.why')}</span> {text(warning.whyKey)}
          </p>
        </li>
      ))}
    </ul>
  );
}
