import { useTranslation } from 'react-i18next';
import type { Leverage } from '../api/get-actions';
import { formatAmount, formatNumber } from './action-texts';

/** The ratio written out, or a dash when there is no own budget to compare with. */
export function leverageRatioText(leverage: Leverage, language: string): string | undefined {
  return leverage.ratio === null ? undefined : formatNumber(leverage.ratio, language);
}

/**
 * Leverage of a budget: granted external funding per unit of the parties' granted own budgets, with both
 * sums, and the external funding still requested apart (it is not in the ratio); lines in another currency
 * are counted apart, not converted.
 */
export function LeverageFigures({ leverage, label }: { leverage: Leverage; label: string }) {
  const { t, i18n } = useTranslation();
  const ratio = leverageRatioText(leverage, i18n.language);
  return (
    <>
      <dl className="details action-leverage" aria-label={label}>
        <dt>{t('actions.leverage.ratio')}</dt>
        <dd>{ratio ?? t('actions.leverage.noRatio')}</dd>
        <dt>{t('actions.leverage.own')}</dt>
        <dd>{formatAmount(leverage.ownFunding, leverage.currency, i18n.language)}</dd>
        <dt>{t('actions.leverage.external')}</dt>
        <dd>{formatAmount(leverage.externalFunding, leverage.currency, i18n.language)}</dd>
        {leverage.externalFundingRequested > 0 && (
          <>
            <dt>{t('actions.leverage.requested')}</dt>
            <dd>{formatAmount(leverage.externalFundingRequested, leverage.currency, i18n.language)}</dd>
          </>
        )}
      </dl>
      {leverage.linesInOtherCurrencies > 0 && (
        <p className="muted">
          {t('actions.leverage.otherCurrencies', {
            count: leverage.linesInOtherCurrencies,
            currency: leverage.currency,
          })}
        </p>
      )}
    </>
  );
}
