import { useTranslation } from 'react-i18next';
import type { ConventionTerms } from '../api/get-convention';

/** A version's terms: how long it lasts, whether and how it renews tacitly, the notice to terminate it. */
export function TermsDetails({ terms }: { terms: ConventionTerms }) {
  const { t } = useTranslation();
  return (
    <dl className="details">
      <dt>{t('convention.terms.duration')}</dt>
      <dd>{t('convention.terms.months', { count: terms.durationMonths })}</dd>
      <dt>{t('convention.terms.tacitRenewal')}</dt>
      <dd>
        {terms.tacitRenewal
          ? t('convention.terms.tacitRenewalTerms', {
              period: t('convention.terms.months', { count: terms.tacitRenewal.periodMonths }),
              notice: t('convention.terms.days', { count: terms.tacitRenewal.objectionNoticeDays }),
            })
          : t('convention.terms.noTacitRenewal')}
      </dd>
      <dt>{t('convention.terms.terminationNotice')}</dt>
      <dd>{t('convention.terms.days', { count: terms.terminationNoticeDays })}</dd>
    </dl>
  );
}
