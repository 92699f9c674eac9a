import { PERSON_ROLES, type PersonRole } from '@passerelle/domain';
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import type { Schemas } from '../../lib/api/client';
import { isOneOf } from '../../lib/is-one-of';

export type PickablePerson = Schemas['PersonView'];

/** The words a picker shows, from the feature that uses it (a visit's members, a plan's participants). */
export interface PersonPickerTexts {
  nobodyToPick: string;
  addName: string;
  addRole: string;
  addPerson: string;
  roleName: (role: PersonRole) => string;
  /** How a listed person's capacity shows beside their name. */
  roleOf: (person: PickablePerson) => ReactNode;
}

/**
 * A person added by name, with the id the API will give them (so that a later pick finds them again): the
 * same name on the same side is the same person.
 */
export function namedPerson(name: string, partyId: string, role: PersonRole): PickablePerson {
  const clean = name.trim().replace(/\s+/g, ' ');
  return { personId: `person:${partyId}:${clean.toLocaleLowerCase('fr')}`, name: clean, partyId, role };
}

/**
 * Picks people of one party: a box per person the party can name (its users, people already named in
 * records), and a name and capacity to add anyone else. Its hint and error are tied to the group; the name
 * field carries the error so that a refused form can focus it.
 */
export function PersonPicker({
  legend,
  hint,
  error,
  partyId,
  people,
  selected,
  defaultRole,
  texts,
  onChange,
}: {
  legend: string;
  hint?: string;
  error?: string;
  partyId: string;
  /** Who the party can name. */
  people: readonly PickablePerson[];
  /** The people picked for this party. */
  selected: readonly PickablePerson[];
  /** The capacity offered first for someone added by name. */
  defaultRole: PersonRole;
  texts: PersonPickerTexts;
  onChange: (selected: PickablePerson[]) => void;
}) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const nameId = `${id}-name`;
  const roleId = `${id}-role`;
  const [name, setName] = useState('');
  const [role, setRole] = useState<PersonRole>(defaultRole);
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(' ');
  const isPicked = (person: PickablePerson) => selected.some((member) => member.personId === person.personId);
  // People added by name show as boxes too, ticked, so that they can be taken off again.
  const choices = [
    ...people,
    ...selected.filter((member) => !people.some((person) => person.personId === member.personId)),
  ];
  const add = () => {
    if (!name.trim()) return;
    const person = namedPerson(name, partyId, role);
    if (!isPicked(person)) onChange([...selected, person]);
    setName('');
  };
  const addOnEnter = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  };
  return (
    <fieldset
      className={`field person-picker${error ? ' field--invalid' : ''}`}
      {...(describedBy ? { 'aria-describedby': describedBy } : {})}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {choices.length === 0 ? (
        <p className="muted">{texts.nobodyToPick}</p>
      ) : (
        <ul className="person-picker__options">
          {choices.map((person) => (
            <li key={person.personId}>
              <label className="person-picker__option">
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
                {person.name} {texts.roleOf(person)}
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="person-picker__add">
        <div className="field">
          <label htmlFor={nameId}>{texts.addName}</label>
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
          <label htmlFor={roleId}>{texts.addRole}</label>
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
                {texts.roleName(option)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--small" onClick={add} disabled={!name.trim()}>
          {texts.addPerson}
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
