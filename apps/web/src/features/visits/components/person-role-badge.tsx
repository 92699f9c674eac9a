import { useTranslation } from 'react-i18next';
import type { Person } from '../api/get-visits';

/** The person's capacity in the relation (élu·e, technicien·ne, acteur du territoire), as a badge. */
export function PersonRoleBadge({ role }: { role: Person['role'] }) {
  const { t } = useTranslation();
  return <span className={`badge badge--person-${role}`}>{t(`visits.personRoles.${role}`)}</span>;
}

/** People named with their capacity, as a list (a delegation, the hosts). */
export function PeopleList({ people, label }: { people: readonly Person[]; label: string }) {
  const { t } = useTranslation();
  if (people.length === 0) return <p className="muted">{t('visits.nobody')}</p>;
  return (
    <ul className="visit-people" aria-label={label}>
      {people.map((person) => (
        <li key={person.personId}>
          {person.name} <PersonRoleBadge role={person.role} />
        </li>
      ))}
    </ul>
  );
}
