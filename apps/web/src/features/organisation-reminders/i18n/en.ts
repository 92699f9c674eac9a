import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { organisationRemindersFr } from './fr';

export const organisationRemindersEn: Catalogue<typeof organisationRemindersFr> = {
  organisationReminders: {
    title: 'Reminders',
    intro:
      'The reminders sent to your authority’s people and their delivery: the failed ones can be retried.',
    healthTitle: 'Reminder health',
    scheduleTitle: 'Your authority’s reminders',
    pending: 'Pending',
    due: 'To send now (late or being retried)',
    failed: 'Failed',
    sentLast7Days: 'Sent in the last 7 days',
    queueTitle: 'Delivery queue (all authorities)',
    queueWaiting: 'Ready to go',
    queueDelayed: 'Scheduled',
    queueActive: 'Being sent',
    queueFailed: 'Failed',
    queueUnavailable:
      'The delivery queue (Redis) does not answer. Reminders stay recorded and will go out once it is back.',
    listTitle: 'Reminder list',
    statusFilter: 'Status',
    allStatuses: 'All',
    statuses: {
      pending: 'Pending',
      sent: 'Sent',
      failed: 'Failed',
      cancelled: 'Cancelled',
      skipped: 'Not sent',
    },
    caption: 'Reminders, newest first',
    recipient: 'Recipient',
    reminder: 'Reminder',
    subjectDate: 'Deadline: {{date}}',
    notifyAt: 'Planned for',
    status: 'Status',
    attempts: 'Attempts',
    error: 'Error or reason',
    actions: 'Action',
    retry: 'Retry',
    retried: 'The reminder to {{name}} is retried: it is back in the delivery queue.',
    empty: 'No reminders in this status.',
    loadMore: 'Load more',
    sentAt: 'Sent on {{date}}',
  },
};
