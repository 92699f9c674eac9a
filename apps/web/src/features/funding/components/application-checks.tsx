import { useTranslation } from 'react-i18next';
import type { ApplicationCheck } from '../api/get-action-funding';
import { formatEuros, formatShare } from './funding-format';

/**
 * A draft checked against its call: each rule with its outcome in words (never colour alone), the figure
 * found, the call's limit and where the rule is written.
 */
export function ApplicationChecks({ checks, callName }: { checks: ApplicationCheck[]; callName: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const figure = (check: ApplicationCheck, value: number | null) =>
    value === null
      ? '—'
      : check.rule === 'max_requested_amount'
        ? formatEuros(value, language)
        : formatShare(value, language);
  return (
    <>
      <h5>{t('actionFunding.checks.title')}</h5>
      <ul aria-label={t('actionFunding.checks.listLabel', { call: callName })} className="funding-checks">
        {checks.map((check) => (
          <li key={check.rule} className={`funding-check funding-check--${check.outcome}`}>
            <strong>{t(`actionFunding.checks.${check.outcome}`)}</strong> —{' '}
            {check.outcome === 'unknown'
              ? t(
                  check.missing === 'rate'
                    ? 'actionFunding.checks.missingRate'
                    : 'actionFunding.checks.missingBudget',
                )
              : t(`actionFunding.checks.${check.rule}`, {
                  actual: figure(check, check.actual),
                  limit: figure(check, check.limit),
                })}
            {check.source && (
              <span className="muted"> {t('actionFunding.checks.source', { source: check.source })}</span>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
