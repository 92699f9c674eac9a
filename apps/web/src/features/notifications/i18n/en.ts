import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { notificationsFr } from './fr';

export const notificationsEn: Catalogue<typeof notificationsFr> = {
  notifications: {
    title: 'Notifications',
    intro:
      'What came to wait for you in “To do” and the reminders from your partnerships: dialogue exchanges to hold, upcoming visits, visit reports expected, convention deadlines.',
    link: 'Notifications',
    linkUnread_one: ' {{count}} unread',
    linkUnread_other: ' {{count}} unread',
    listLabel: 'Your notifications',
    empty: 'No notifications yet.',
    unread: 'Unread',
    receivedOn: 'Received on {{date}}',
    markAllRead: 'Mark all as read',
    allRead: 'All your notifications are marked as read.',
    loadMore: 'Load more',
    item: '{{text}} — {{partnership}}',
    inboxWhat: '{{why}}: “{{label}}”',
    inboxDue: '{{what}}, due on {{date}}',
    inboxDone: '(done since)',
    inboxGeneric: 'New item to do',
    dialogueDue: {
      elected_officials: 'Exchange with the elected officials due on {{date}}',
      technicians: 'Exchange between technicians due on {{date}}',
      territory_actors: 'Exchange with the territory actors due on {{date}}',
      unknown: 'Dialogue exchange due on {{date}}',
    },
    dialogueOverdue: {
      elected_officials:
        'The relation is falling asleep: the elected officials’ exchange was due on {{date}}',
      technicians: 'The relation is falling asleep: the technicians’ exchange was due on {{date}}',
      territory_actors:
        'The relation is falling asleep: the exchange with the territory actors was due on {{date}}',
      unknown: 'The relation is falling asleep: an exchange was due on {{date}}',
    },
    visitUpcoming_one: 'Visit “{{purpose}}” in {{count}} day, from {{date}}',
    visitUpcoming_other: 'Visit “{{purpose}}” in {{count}} days, from {{date}}',
    visitStarting: 'Visit “{{purpose}}” from {{date}}',
    visitUpcomingUnknown: 'Visit from {{date}}',
    visitReportMissing: 'Report on the visit “{{purpose}}” expected (visit ended on {{date}})',
    visitReportMissingUnknown: 'Visit report expected (visit ended on {{date}})',
    visitCancelled: '(visit cancelled since)',
    conventionExpiring: 'The convention expires on {{date}}',
    conventionTacitRenewal: 'Last day to object to the tacit renewal: {{date}}',
    fundingCallClosing: 'A call for projects closes on {{date}}: application still a draft',
    fundingReportDue: 'Report to the funder due on {{date}}',
    generic: 'Reminder for {{date}}',
  },
};
