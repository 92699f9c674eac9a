import { PERSON_ROLES } from '@passerelle/domain';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isOneOf } from '../../../lib/is-one-of';
import type { DialoguePerson } from '../api/get-dialogue';
import { namedPerson } from './dialogue-people';

type PersonRole = DialoguePerson['role'];

/**
 * Picks the participants of one party for one audience of the plan: a box per person the party can name (its
 * users, people already named in the dialogue), and a name and capacity to add anyone else. Its hint and
 * error are tied to the group; the name field carries the error so that a refused form can focus it.
 */
export function ParticipantPicker({
  legend,
  hint,
  error,
  partyId,
  people,
  selected,
  defaultRole,
  onChange,
}: {
  legend: string;
  hint?: string;
  error?: string;
  partyId: string;
  /** Who the party can name. */
  people: readonly DialoguePerson[];
  /** The people picked for this party. */
  selected: readonly DialoguePerson[];
  /** The capacity offered first for someone added by name (an elected official among the elected…). */
  defaultRole: PersonRole;
  onChange: (selected: DialoguePerson[]) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const nameId = `${id}-name`;
  const roleId = `${id}-role`;
  const [name, setName] = useState('');
  const [role, setRole] = useState<PersonRole>(defaultRole);
  const describedBy = [hint ? hintId : undefined, error ? errorId : undefined].filter(Boolean).join(' ');
  const isPicked = (person: DialoguePerson) => selected.some((member) => member.personId === person.personId);
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
      className={`field participant-picker${error ? ' field--invalid' : ''}`}
      {...(describedBy ? { 'aria-describedby': describedBy } : {})}
    >
      <legend>{legend}</legend>
      {hint && (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      )}
      {choices.length === 0 ? (
        <p className="muted">{t('dialogue.planForm.nobodyToPick')}</p>
      ) : (
        <ul className="participant-picker__options">
          {choices.map((person) => (
            <li key={person.personId}>
              <label className="participant-picker__option">
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
                {person.name} ({t(`dialogue.personRoles.${person.role}`)})
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="participant-picker__add">
        <div className="field">
          <label htmlFor={nameId}>{t('dialogue.planForm.addName')}</label>
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
          <label htmlFor={roleId}>{t('dialogue.planForm.addRole')}</label>
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
                {t(`dialogue.personRoles.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="button" className="button button--small" onClick={add} disabled={!name.trim()}>
          {t('dialogue.planForm.addPerson')}
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
