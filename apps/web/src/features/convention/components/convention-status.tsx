import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCalendarDate, formatDay } from '../../../components/ui/format-date';
import type { Convention, ConventionStep } from '../api/get-convention';
import { ConventionStateBadge } from './convention-state-badge';
import { TermsDetails } from './terms-details';
import { currentVersionOf, partyNameOf, termsInForce } from './convention-texts';

/**
 * « Où en est la convention » : its state, current version, the terms that bind the parties and the dates
 * that follow from them (entry into force, expiry, last day to object to the tacit renewal), then what
 * happened to it (objections, renewals, suspension, termination).
 */
export function ConventionStatus({
  step,
  ownPartyId,
}: {
  step: ConventionStep;
  ownPartyId: string | undefined;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const convention = step.convention;
  return (
    <section className="panel panel--section" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('convention.status.title')}</h2>
      {convention ? (
        <StatusDetails step={step} convention={convention} ownPartyId={ownPartyId} />
      ) : (
        <p>{t('convention.status.none')}</p>
      )}
    </section>
  );
}

function StatusDetails({
  step,
  convention,
  ownPartyId,
}: {
  step: ConventionStep;
  convention: Convention;
  ownPartyId: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const day = (date: string) => formatCalendarDate(date, i18n.language);
  const current = currentVersionOf(convention);
  const terms = termsInForce(convention);
  const party = (partyId: string) =>
    partyId === ownPartyId
      ? t('convention.ownParty', { party: partyNameOf(step.parties, partyId) })
      : partyNameOf(step.parties, partyId);
  return (
    <>
      <dl className="details">
        <dt>{t('convention.status.state')}</dt>
        <dd>
          <ConventionStateBadge state={convention.state} />
        </dd>
        {current && (
          <>
            <dt>{t('convention.status.currentVersion')}</dt>
            <dd>
              {t('convention.status.versionOf', {
                number: current.number,
                date: formatDay(current.createdAt, i18n.language),
              })}
            </dd>
          </>
        )}
        <dt>{t('convention.status.effectiveOn')}</dt>
        <dd>{convention.effectiveOn ? day(convention.effectiveOn) : t('convention.status.notYet')}</dd>
        <dt>{t('convention.status.expiresOn')}</dt>
        <dd>{convention.expiresOn ? day(convention.expiresOn) : t('convention.status.notYet')}</dd>
        {convention.tacitRenewalObjectionDeadline && (
          <>
            <dt>{t('convention.status.objectionDeadline')}</dt>
            <dd>{day(convention.tacitRenewalObjectionDeadline)}</dd>
          </>
        )}
      </dl>
      {terms && (
        <>
          <h3>
            {convention.signature ? t('convention.status.signedTerms') : t('convention.status.draftTerms')}
          </h3>
          <TermsDetails terms={terms} />
        </>
      )}
      {convention.renewalObjections.length > 0 && (
        <>
          <h3>{t('convention.status.objections')}</h3>
          <ul>
            {convention.renewalObjections.map((objection) => (
              <li key={`${objection.partyId}-${objection.on}`}>
                {t('convention.status.objection', {
                  party: party(objection.partyId),
                  date: day(objection.on),
                })}
              </li>
            ))}
          </ul>
        </>
      )}
      {convention.renewals.length > 0 && (
        <>
          <h3>{t('convention.status.renewals')}</h3>
          <ul>
            {convention.renewals.map((renewal) => (
              <li key={`${renewal.on}-${renewal.newExpiresOn}`}>
                {renewal.kind === 'tacit'
                  ? t('convention.status.tacitRenewal', {
                      date: day(renewal.on),
                      expiresOn: day(renewal.newExpiresOn),
                    })
                  : t('convention.status.explicitRenewal', {
                      date: day(renewal.on),
                      expiresOn: day(renewal.newExpiresOn),
                      ref: renewal.decisionRef ?? '',
                    })}
              </li>
            ))}
          </ul>
        </>
      )}
      {convention.suspension && (
        <p className="callout">
          {t('convention.status.suspended', {
            date: day(convention.suspension.since),
            reason: convention.suspension.reason,
          })}
        </p>
      )}
      {convention.termination && (
        <p className="callout">
          {t('convention.status.terminated', {
            reason: convention.termination.reason,
            noticeGivenOn: day(convention.termination.noticeGivenOn),
            effectiveOn: day(convention.termination.effectiveOn),
          })}
        </p>
      )}
    </>
  );
}
