import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatDay } from '../../../components/ui/format-date';
import type { ConventionStep } from '../api/get-convention';
import { ConventionStateBadge } from './convention-state-badge';

/** « Conventions précédentes » : the expired or terminated ones, oldest first, with their main dates. */
export function ConventionHistory({ step }: { step: ConventionStep }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  if (step.history.length === 0) return null;
  const day = (date: string) => formatCalendarDate(date, i18n.language);
  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('convention.history.title')}</h2>
      <ol className="records">
        {step.history.map((convention) => {
          const first = convention.versions[0];
          return (
            <li key={convention.id} className="record">
              <h3 className="record__title">
                {first
                  ? t('convention.history.draftedOn', { date: formatDay(first.createdAt, i18n.language) })
                  : t('convention.history.convention')}{' '}
                <ConventionStateBadge state={convention.state} />
              </h3>
              <p>{t('convention.history.versions', { count: convention.versions.length })}</p>
              {convention.signature && (
                <p>{t('convention.history.signedOn', { date: day(convention.signature.signedOn) })}</p>
              )}
              {convention.effectiveOn && (
                <p>{t('convention.history.effectiveOn', { date: day(convention.effectiveOn) })}</p>
              )}
              {convention.expiresOn && convention.state === 'expired' && (
                <p>{t('convention.history.expiredOn', { date: day(convention.expiresOn) })}</p>
              )}
              {convention.termination && (
                <p>
                  {t('convention.history.terminated', {
                    date: day(convention.termination.effectiveOn),
                    reason: convention.termination.reason,
                  })}
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
