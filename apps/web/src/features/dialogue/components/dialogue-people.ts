import type { DialoguePerson } from '../api/get-dialogue';
import type { PersonInput } from '../api/record-dialogue-event';

/** A person of the view as the API takes it back: a user by id, anyone else by name. */
export function toPersonInput(person: DialoguePerson): PersonInput {
  return person.personId.startsWith('person:')
    ? { name: person.name, partyId: person.partyId, role: person.role }
    : { userId: person.personId, partyId: person.partyId, role: person.role };
}

/** A person added by name, with the id the API will give them (so that a later pick finds them again). */
export function namedPerson(name: string, partyId: string, role: DialoguePerson['role']): DialoguePerson {
  const clean = name.trim().replace(/\s+/g, ' ');
  return { personId: `person:${partyId}:${clean.toLocaleLowerCase('fr')}`, name: clean, partyId, role };
}
