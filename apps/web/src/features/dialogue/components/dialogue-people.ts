import type { DialoguePerson } from '../api/get-dialogue';
import type { PersonInput } from '../api/record-dialogue-event';

/** A person of the view as the API takes it back: a user by id, anyone else by name. */
export function toPersonInput(person: DialoguePerson): PersonInput {
  return person.personId.startsWith('person:')
    ? { name: person.name, partyId: person.partyId, role: person.role }
    : { userId: person.personId, partyId: person.partyId, role: person.role };
}

export { namedPerson } from '../../../components/ui/person-picker';
