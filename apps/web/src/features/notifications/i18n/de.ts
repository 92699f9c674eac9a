import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { notificationsFr } from './fr';

export const notificationsDe: Catalogue<typeof notificationsFr> = {
  notifications: {
    title: 'Benachrichtigungen',
    intro:
      'Was neu unter „Zu erledigen“ auf Sie wartet, und die Erinnerungen Ihrer Partnerschaften: fällige Austausche, bevorstehende Delegationsreisen, erwartete Berichte, Fristen von Vereinbarungen.',
    link: 'Benachrichtigungen',
    linkUnread_one: ' {{count}} ungelesen',
    linkUnread_other: ' {{count}} ungelesen',
    listLabel: 'Ihre Benachrichtigungen',
    empty: 'Noch keine Benachrichtigungen.',
    unread: 'Ungelesen',
    receivedOn: 'Erhalten am {{date}}',
    markAllRead: 'Alle als gelesen markieren',
    allRead: 'Alle Ihre Benachrichtigungen sind als gelesen markiert.',
    loadMore: 'Mehr laden',
    item: '{{text}} — {{partnership}}',
    inboxWhat: '{{why}}: „{{label}}“',
    inboxDue: '{{what}}, fällig am {{date}}',
    inboxDone: '(inzwischen erledigt)',
    inboxGeneric: 'Neue Aufgabe',
    dialogueDue: {
      elected_officials: 'Austausch mit den Mandatsträger:innen fällig am {{date}}',
      technicians: 'Austausch zwischen Fachkräften fällig am {{date}}',
      territory_actors: 'Austausch mit den lokalen Akteuren fällig am {{date}}',
      unknown: 'Austausch im Dialogplan fällig am {{date}}',
    },
    dialogueOverdue: {
      elected_officials:
        'Die Beziehung schläft ein: Der Austausch der Mandatsträger:innen war am {{date}} fällig',
      technicians: 'Die Beziehung schläft ein: Der Austausch der Fachkräfte war am {{date}} fällig',
      territory_actors:
        'Die Beziehung schläft ein: Der Austausch mit den lokalen Akteuren war am {{date}} fällig',
      unknown: 'Die Beziehung schläft ein: Ein Austausch war am {{date}} fällig',
    },
    visitUpcoming_one: 'Delegationsreise „{{purpose}}“ in {{count}} Tag, ab {{date}}',
    visitUpcoming_other: 'Delegationsreise „{{purpose}}“ in {{count}} Tagen, ab {{date}}',
    visitStarting: 'Delegationsreise „{{purpose}}“ ab {{date}}',
    visitUpcomingUnknown: 'Delegationsreise ab {{date}}',
    visitReportMissing: 'Bericht zur Delegationsreise „{{purpose}}“ erwartet (Reise beendet am {{date}})',
    visitReportMissingUnknown: 'Reisebericht erwartet (Reise beendet am {{date}})',
    visitCancelled: '(Reise inzwischen abgesagt)',
    conventionExpiring: 'Die Vereinbarung läuft am {{date}} aus',
    conventionTacitRenewal:
      'Letzter Tag für einen Widerspruch gegen die stillschweigende Verlängerung: {{date}}',
    fundingCallClosing: 'Ein Förderaufruf endet am {{date}}: Antrag noch im Entwurf',
    fundingReportDue: 'Bericht an den Geldgeber fällig am {{date}}',
    generic: 'Erinnerung für den {{date}}',
  },
};
