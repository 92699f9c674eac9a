import { useTranslation } from 'react-i18next';
import { useDomainText } from '../../../lib/i18n/domain-text';
import type { VisitWarning } from '../api/get-visits';
import type { Parties } from './visit-sides';

function stringDetail(warning: VisitWarning, name: string): string | undefined {
  const value = warning.details[name];
  return typeof value === 'string' ? value : undefined;
}

/** Whom a relation-level warning is about: the partner of unreciprocated visits, the side carried by one person. */
function concernOf(warning: VisitWarning, parties: Parties): string | undefined {
  const partyId = stringDetail(warning, 'partnerPartyId') ?? stringDetail(warning, 'partyId');
  const party = partyId ? parties.nameOf(partyId) : '';
  if (!party) return undefined;
  const personId = stringDetail(warning, 'personId');
  const person =
    personId && partyId ? parties.peopleOf(partyId).find((p) => p.personId === personId) : undefined;
  return person ? `${party} — ${person.name}` : party;
}

/**
 * The method's warnings, in the domain's words (`warnings.<ID>`) with why they matter; they never block
 * anything. With `parties`, each names the party (and person) it is about.
 */
export function VisitWarnings({
  warnings,
  parties,
  label,
}: {
  warnings: readonly VisitWarning[];
  parties?: Parties;
  label: string;
}) {
  const { t } = useTranslation();
  const text = useDomainText();
  if (warnings.length === 0) return null;
  return (
    <ul className="warnings visit-warnings" aria-label={label}>
      {warnings.map((warning, index) => {
        const concern = parties ? concernOf(warning, parties) : undefined;
        return (
          <li key={`${warning.id}-${index}`} className="warning">
            <p className="warning__text">
              <span aria-hidden="true">⚠ </span>
              {text(warning.explanationKey)}
            </p>
            {concern && <p className="warning__step">{t('visits.warningConcerns', { concern })}</p>}
            <p className="criterion__why">
              <span className="criterion__why-label">{t('stepper.why')}</span>{' '}
              {text(`warningsWhy.${warning.id}`)}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
