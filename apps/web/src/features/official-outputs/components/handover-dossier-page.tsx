import { useTranslation } from 'react-i18next';
import { countryName } from '../../../components/ui/country-name';
import { useDomainText } from '../../../lib/i18n/domain-text';
import { describeError } from '../../../components/ui/error-text';
import { formatCalendarDate } from '../../../components/ui/format-date';
import {
  handoverDossierPdfHref,
  useHandoverDossier,
  type HandoverGrant,
  type HandoverPartnership,
} from '../api/get-handover-dossier';
import { localeOf } from '../../../lib/i18n/locale';

/**
 * The handover dossier: for a new team after an election, or a new officer, every partnership of the
 * authority with its motivations, council decisions, convention deadlines, open follow-ups, exchanges due,
 * contacts on both sides, funding and what each funder expects (tranches, reports due), and its health with the reasons; as a page that prints,
 * and as a PDF.
 */
export function HandoverDossierPage() {
  const { t, i18n } = useTranslation();
  const dossier = useHandoverDossier();
  return (
    <>
      <h1>{t('handoverDossier.title')}</h1>
      <p className="lead no-print">{t('handoverDossier.intro')}</p>
      {dossier.isPending && <p role="status">{t('common.loading')}</p>}
      {dossier.isError && <p role="alert">{describeError(t, dossier.error)}</p>}
      {dossier.data && (
        <>
          <p className="muted">
            {dossier.data.authority.name} —{' '}
            {t('handoverDossier.asOf', { date: formatCalendarDate(dossier.data.asOf, i18n.language) })}
          </p>
          <div className="actions no-print">
            <a className="button" href={handoverDossierPdfHref(i18n.language)} download>
              {t('handoverDossier.pdf')}
            </a>
            <button type="button" className="button" onClick={() => window.print()}>
              {t('handoverDossier.print')}
            </button>
          </div>
          {dossier.data.partnerships.length === 0 && <p>{t('handoverDossier.empty')}</p>}
          {dossier.data.partnerships.map((partnership) => (
            <HandoverEntry key={partnership.partnershipId} partnership={partnership} />
          ))}
        </>
      )}
    </>
  );
}

function HandoverEntry({ partnership }: { partnership: HandoverPartnership }) {
  const { t, i18n } = useTranslation();
  const domain = useDomainText();
  const date = (day: string) => formatCalendarDate(day, i18n.language);
  const headingId = `handover-${partnership.partnershipId}`;
  const none = <p>{t('handoverDossier.none')}</p>;
  return (
    <section className="panel panel--section handover-entry" aria-labelledby={headingId}>
      <h2 id={headingId}>{partnership.name}</h2>
      <p className="muted">
        {t(`partnerships.forms.${partnership.form}`)} · {t(`partnerships.statuses.${partnership.status}`)} ·{' '}
        {t('handoverDossier.partners', {
          names: partnership.partners
            .map((partner) => `${partner.name} (${countryName(partner.country, i18n.language)})`)
            .join(', '),
        })}
      </p>

      <h3>{t('handoverDossier.health', { score: partnership.health.score })}</h3>
      <p>{t('handoverDossier.why')}</p>
      <ul>
        {partnership.health.components.map((component) => (
          <li key={component.id}>
            {component.points}/{component.weight} — {domain(`health.${component.id}`)}
          </li>
        ))}
        {partnership.health.warnings.map((warning) => (
          <li key={warning}>{domain(`warnings.${warning}`)}</li>
        ))}
      </ul>

      <h3>{t('handoverDossier.motivations')}</h3>
      {partnership.motivations.length === 0 ? (
        none
      ) : (
        <ul>
          {partnership.motivations.map((motivation, index) => (
            <li key={index}>
              <strong>{motivation.partyName}</strong> — {t(`motivationCategories.${motivation.category}`)} —{' '}
              {motivation.text}
              {motivation.approvedOn &&
                ` (${t('handoverDossier.approvedOn', { date: date(motivation.approvedOn) })})`}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('handoverDossier.decisions')}</h3>
      {partnership.councilDecisions.length === 0 ? (
        none
      ) : (
        <ul>
          {partnership.councilDecisions.map((decision) => (
            <li key={`${decision.reference}-${decision.subject}`}>
              {date(decision.decidedOn)} — {decision.reference} —{' '}
              {t(`handoverDossier.subjects.${decision.subject}`)}
              {decision.partyName && ` (${decision.partyName})`}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('handoverDossier.convention')}</h3>
      <ConventionDeadlines partnership={partnership} />

      <h3>{t('handoverDossier.followUps')}</h3>
      {partnership.openFollowUps.length === 0 ? (
        none
      ) : (
        <ul>
          {partnership.openFollowUps.map((followUp, index) => (
            <li key={index}>
              {date(followUp.dueOn)}
              {followUp.overdue && ` (${t('handoverDossier.overdue')})`} — {followUp.title} (
              {followUp.ownerName}, {followUp.ownerPartyName})
            </li>
          ))}
        </ul>
      )}

      <h3>{t('handoverDossier.exchanges')}</h3>
      {partnership.nextExchanges.length === 0 ? (
        none
      ) : (
        <ul>
          {partnership.nextExchanges.map((due) => (
            <li key={due.audience}>
              {t(`dialogue.audiences.${due.audience}`)} — {date(due.dueOn)} (
              {t(`dialogue.statuses.${due.status}`)})
            </li>
          ))}
        </ul>
      )}
      {partnership.nextVisit && (
        <p>
          {t('handoverDossier.nextVisit', {
            date: date(partnership.nextVisit.startsOn),
            purpose: partnership.nextVisit.purpose,
          })}
        </p>
      )}

      <h3>{t('handoverDossier.contacts')}</h3>
      {partnership.contacts.length === 0 ? (
        none
      ) : (
        <ul>
          {partnership.contacts.map((contact, index) => (
            <li key={index}>
              <strong>{contact.partyName}</strong>
              {contact.own && ` (${t('handoverDossier.own')})`} —{' '}
              {t(`handoverDossier.capacities.${contact.capacity}`)} — <bdi>{contact.name}</bdi>
              {[contact.title, contact.email].filter((part) => part).map((part) => `, ${part}`)}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('handoverDossier.funding')}</h3>
      {partnership.funding.length === 0 ? (
        none
      ) : (
        <ul>
          {partnership.funding.map((line, index) => (
            <li key={index}>
              {line.actionTitle} — {t(`actions.budget.funderKinds.${line.funder}`)} ({line.funderName}) —{' '}
              {money(line.amount, line.currency, i18n.language)},{' '}
              {t(`actions.budget.statuses.${line.status}`)}
              {line.paidAmount !== null &&
                `, ${t('handoverDossier.paid', { amount: money(line.paidAmount, line.currency, i18n.language) })}`}
            </li>
          ))}
        </ul>
      )}

      <h3>{t('handoverDossier.grants')}</h3>
      {partnership.grants.length === 0 ? (
        none
      ) : (
        <ul>
          {partnership.grants.map((grant, index) => (
            <FunderObligations key={index} grant={grant} />
          ))}
        </ul>
      )}
    </section>
  );
}

/**
 * What one funder expects of an application: the decision or what is left to do, its conditions, each
 * tranche expected or received and each report due or sent, the late ones said so.
 */
function FunderObligations({ grant }: { grant: HandoverGrant }) {
  const { t, i18n } = useTranslation();
  const date = (day: string) => formatCalendarDate(day, i18n.language);
  const euros = (amount: number) => money(amount, 'EUR', i18n.language);
  const late = (isLate: boolean) => (isLate ? ` (${t('handoverDossier.overdue')})` : '');
  const state =
    grant.status === 'granted'
      ? `${t('handoverDossier.grantStates.granted', { granted: euros(grant.grantedAmount ?? 0) })}${
          grant.decidedOn ? `, ${t('handoverDossier.decidedOn', { date: date(grant.decidedOn) })}` : ''
        }`
      : t(`handoverDossier.grantStates.${grant.status === 'draft' ? 'draft' : 'submitted'}`, {
          requested: euros(grant.requestedAmount),
          date: grant.submitBy ? date(grant.submitBy) : '',
        });
  return (
    <li>
      {grant.actionTitle} — <strong>{grant.funderName}</strong>, <q>{grant.callName}</q>
      {!grant.own && ` (${t('handoverDossier.appliedBy', { name: grant.applicantName })})`} — {state}
      {(grant.conditions !== '' || grant.tranches.length > 0 || grant.reports.length > 0) && (
        <ul>
          {grant.conditions !== '' && (
            <li>{t('handoverDossier.conditions', { conditions: grant.conditions })}</li>
          )}
          {grant.tranches.map((tranche, index) => (
            <li key={`tranche-${index}`}>
              {tranche.receivedOn === null
                ? t('handoverDossier.trancheExpected', {
                    label: tranche.label,
                    expected: euros(tranche.expectedAmount),
                    expectedOn: date(tranche.expectedOn),
                  })
                : t('handoverDossier.trancheReceived', {
                    label: tranche.label,
                    expected: euros(tranche.expectedAmount),
                    expectedOn: date(tranche.expectedOn),
                    receivedOn: date(tranche.receivedOn),
                    received: euros(tranche.receivedAmount ?? 0),
                  })}
              {late(tranche.late)}
            </li>
          ))}
          {grant.reports.map((report, index) => (
            <li key={`report-${index}`}>
              {report.submittedOn === null
                ? t('handoverDossier.reportDue', {
                    kind: t(`handoverDossier.reportKinds.${report.kind}`),
                    dueOn: date(report.dueOn),
                  })
                : t('handoverDossier.reportSent', {
                    kind: t(`handoverDossier.reportKinds.${report.kind}`),
                    dueOn: date(report.dueOn),
                    sentOn: date(report.submittedOn),
                  })}
              {late(report.overdue)}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function ConventionDeadlines({ partnership }: { partnership: HandoverPartnership }) {
  const { t, i18n } = useTranslation();
  const date = (day: string) => formatCalendarDate(day, i18n.language);
  const convention = partnership.convention;
  const rupture = partnership.rupture;
  const ruptureUnderWay =
    rupture?.effectiveOn && (rupture.stage === 'negotiating' || rupture.stage === 'notice');
  if (!convention) return <p>{t('handoverDossier.noConvention')}</p>;
  return (
    <ul>
      <li>{t(`convention.states.${convention.state}`)}</li>
      {convention.signedOn && <li>{t('handoverDossier.signedOn', { date: date(convention.signedOn) })}</li>}
      {convention.effectiveOn && (
        <li>{t('handoverDossier.effectiveOn', { date: date(convention.effectiveOn) })}</li>
      )}
      {convention.expiresOn && (
        <li>{t('handoverDossier.expiresOn', { date: date(convention.expiresOn) })}</li>
      )}
      {convention.renewalObjectionBy && (
        <li>
          {convention.renewalObjected
            ? t('handoverDossier.objected')
            : t('handoverDossier.objectBy', { date: date(convention.renewalObjectionBy) })}
        </li>
      )}
      <li>{t('handoverDossier.notice', { count: convention.terminationNoticeDays })}</li>
      {ruptureUnderWay && rupture.effectiveOn && (
        <li>{t('handoverDossier.rupture', { date: date(rupture.effectiveOn) })}</li>
      )}
    </ul>
  );
}

function money(amount: number, currency: string, language: string): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'currency', currency }).format(amount);
}
