import { PERSON_ROLES, type PersonRole } from '@passerelle/domain';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../../lib/is-one-of';
import type { Person } from '../api/get-visits';
import { PersonRoleBadge } from './person-role-badge';
import { namedPerson } from './visit-sides';

/**
 * Picks the members of one side of a visit (the delegation, the hosts): a box per person the party can name
 * (its users, people already named in records), and a name and capacity to add anyone else. Its hint and
 * error are tied to the group; the name field carries the error so that a refused form can focus it.
 */
export function MemberPicker({
  legend,
  hint,
  error,
  partyId,
  people,
  selected,
  onChange,
}: {
  legend: string;
  hint?: string;
  error?: string;
  partyId: string;
  /** Who the party can name. */
  people: readonly Person[];
  /** The people picked on this side. */
  selected: readonly Person[];
  onChange: (selected: Person[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const nameId = `${id}-name`;
  const roleId = `${id}-role`;
  const [name, setName] = useState('');
  const [role, setRole] = useState<PersonRole>('territory_actor');
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(' ');
  const isPicked = (person: Person) => selected.some((member) => member.personId === person.personId);
  // People added by name show as boxes too, ticked, so that they can be taken off again.
  const choices = [
    ...people,
    ...selected.filter((member) => !people.some((p) => p.personId === member.personId)),
  ];
  const add = () => {
    if (!name.trim()) return;
    const person = namedPerson(name, partyId, role);
    if (!selected.some((member) => member.personId === person.personId)) onChange([...selected, person]);
    setName('');
  };
  const addOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };
  return (
    <fieldset
      className={`field member-picker${error ? ' field--invalid' : ''}`}
      {...(describedBy ? { 'aria-describedby': describedBy } : {})}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {choices.length === 0 ? (
        <p className="muted">{t('visits.form.nobodyToPick')}</p>
      ) : (
        <ul className="member-picker__options">
          {choices.map((person) => (
            <li key={person.personId}>
              <label className="member-picker__option">
                <input
                  type="checkbox"
                  checked={isPicked(person)}
                  onChange={(event) =>
                    onChange(
                      event.target.checked
                        ? [...selected, person]
                        : selected.filter((member) => member.personId !== person.personId),
                    )
                  }
                />
                {person.name} <PersonRoleBadge role={person.role} />
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="member-picker__add">
        <div className="field">
          <label htmlFor={nameId}>{t('visits.form.addName')}</label>
          <input
            id={nameId}
            maxLength={120}
            autoComplete="off"
            value={name}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={addOnEnter}
            {...(error ? { 'aria-invalid': true as const, 'aria-describedby': errorId } : {})}
          />
        </div>
        <div className="field">
          <label htmlFor={roleId}>{t('visits.form.addRole')}</label>
          <select
            id={roleId}
            value={role}
            onChange={(event) => {
              const value = event.target.value;
              if (isOneOf(PERSON_ROLES, value)) setRole(value);
            }}
          >
            {PERSON_ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`visits.personRoles.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--small" onClick={add} disabled={!name.trim()}>
          {t('visits.form.addPerson')}
        </button>
      </div>
      {error && (
        <p id={errorId} className="field__error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
