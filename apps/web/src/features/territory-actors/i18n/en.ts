import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { territoryActorsFr } from './fr';

export const territoryActorsEn: Catalogue<typeof territoryActorsFr> = {
  territoryActorDirectory: {
    title: 'Territory actors',
    intro:
      'Your territory’s associations, schools, diasporas, companies… that your partnerships associate with their approach. An actor associated by name with a partnership is filed here too.',
    filters: 'Actor filters',
    search: 'Search for an actor',
    searchHint: 'Words of the name.',
    kindFilter: 'Filter by kind',
    anyKind: 'All kinds',
    reset: 'Clear the filters',
    listTitle: 'Actors directory',
    empty: 'No actor yet.',
    noMatch: 'No actor matches.',
    more: 'Show more',
    contactOf: 'Contact: {{contact}}',
    edit: 'Edit',
    editLabel: 'Edit {{name}}',
    save: 'Save',
    saved: 'Actor “{{name}}” saved.',
    addTitle: 'Add an actor',
    name: 'Name',
    kind: 'Kind of actor',
    contact: 'Contact',
    contactHint: 'A person, an email, a phone number… (300 characters at most).',
    notes: 'Notes',
    add: 'Add the actor',
    added: 'Actor “{{name}}” added.',
  },
};
