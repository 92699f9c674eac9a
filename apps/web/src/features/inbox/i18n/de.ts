import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { inboxFr } from './fr';

export const inboxDe: Catalogue<typeof inboxFr> = {
  inbox: {
    title: 'Zu erledigen',
    intro:
      'Was in den Partnerschaften Ihrer Kommune auf Sie wartet: warum, seit wann, bis wann und wo es zu erledigen ist.',
    link: 'Zu erledigen',
    linkCount_one: ' {{count}} offen',
    linkCount_other: ' {{count}} offen',
    listLabel_one: '{{count}} Aufgabe',
    listLabel_other: '{{count}} Aufgaben',
    empty: 'Derzeit wartet nichts auf Sie.',
    overdue: 'Überfällig',
    since: 'Seit {{date}}',
    dueOn: 'Fällig am {{date}}',
    kind: {
      'motivation-review': 'Beweggrund zu prüfen',
      'orange-zone-visit-approval': 'Reise in eine orange Zone zu genehmigen',
      'compatibility-review': 'Vereinbarkeit der Beweggründe zu prüfen',
      'priority-agreement': 'Priorität zu bestätigen',
      'convention-approval': 'Fassung der Vereinbarung zu genehmigen',
      'visit-follow-up': 'Nachbereitung einer Reise',
      'dialogue-exchange-due': 'Fälliger Austausch im Dialogplan',
      'visit-report-due': 'Reisebericht zu verfassen',
      'funding-call-closing': 'Förderantrag vor Ende des Aufrufs einzureichen',
      'funding-report-due': 'Bericht an den Geldgeber zu senden',
    },
    act: {
      'motivation-review': 'Beweggrund prüfen',
      'orange-zone-visit-approval': 'Reise prüfen',
      'compatibility-review': 'Vereinbarkeit prüfen',
      'priority-agreement': 'Priorität bestätigen',
      'convention-approval': 'Ratsbeschluss erfassen',
      'visit-follow-up': 'Nachbereitung ansehen',
      'dialogue-exchange-due': 'Austausch erfassen',
      'visit-report-due': 'Bericht verfassen',
      'funding-call-closing': 'Antrag ansehen',
      'funding-report-due': 'Erwarteten Bericht ansehen',
    },
    audience: {
      elected_officials: 'zwischen Mandatsträger:innen',
      technicians: 'zwischen Fachkräften',
      territory_actors: 'zwischen lokalen Akteuren',
    },
  },
};
