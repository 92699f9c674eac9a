import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { territoryActorsFr } from './fr';

export const territoryActorsDe: Catalogue<typeof territoryActorsFr> = {
  territoryActorDirectory: {
    title: 'Lokale Akteure',
    intro:
      'Die Vereine, Einrichtungen, Diasporagruppen, Unternehmen… Ihres Gebiets, die Ihre Partnerschaften in ihr Vorhaben einbeziehen. Ein Akteur, der namentlich mit einer Partnerschaft verbunden ist, wird auch hier geführt.',
    filters: 'Filter für Akteure',
    search: 'Akteur suchen',
    searchHint: 'Wörter aus dem Namen.',
    kindFilter: 'Nach Art filtern',
    anyKind: 'Alle Arten',
    reset: 'Filter zurücksetzen',
    listTitle: 'Verzeichnis der Akteure',
    empty: 'Noch keine Akteure.',
    noMatch: 'Kein Akteur entspricht der Suche.',
    more: 'Mehr anzeigen',
    contactOf: 'Kontakt: {{contact}}',
    edit: 'Bearbeiten',
    editLabel: '{{name}} bearbeiten',
    save: 'Speichern',
    saved: 'Akteur „{{name}}“ gespeichert.',
    addTitle: 'Akteur hinzufügen',
    name: 'Name',
    kind: 'Art des Akteurs',
    contact: 'Kontakt',
    contactHint: 'Eine Person, eine E-Mail-Adresse, eine Telefonnummer… (höchstens 300 Zeichen).',
    notes: 'Notizen',
    add: 'Akteur hinzufügen',
    added: 'Akteur „{{name}}“ hinzugefügt.',
  },
};
