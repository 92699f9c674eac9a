/** A person the authority names for its international relations; every field may still be unstated. */
export interface ContactPerson {
  readonly name: string | null;
  readonly title: string | null;
  readonly email: string | null;
}

/**
 * The contacts the national atlas of decentralised cooperation lists for an authority: the elected official
 * and the officer in charge of international relations, and the service's phone.
 */
export interface OrganisationContacts {
  readonly elected: ContactPerson;
  readonly officer: ContactPerson;
  readonly phone: string | null;
}

export const CONTACT_FIELDS = [
  'elected.name',
  'elected.title',
  'elected.email',
  'officer.name',
  'officer.title',
  'officer.email',
] as const;
export type ContactField = (typeof CONTACT_FIELDS)[number];

/** What the atlas asks of the contacts that the profile does not state yet (the phone is optional). */
export function missingContactFields(contacts: OrganisationContacts): readonly ContactField[] {
  return CONTACT_FIELDS.filter((field) => {
    const [who, what] = field.split('.') as ['elected' | 'officer', keyof ContactPerson];
    const value = contacts[who][what];
    return value === null || value.trim() === '';
  });
}
