import type { Catalogue } from '../../../lib/i18n/catalogue';
import type { organisationRemindersFr } from './fr';

export const organisationRemindersDe: Catalogue<typeof organisationRemindersFr> = {
  organisationReminders: {
    title: 'Erinnerungen',
    intro:
      'Die an Personen Ihrer Kommune gesendeten Erinnerungen und ihre Zustellung: Fehlgeschlagene können erneut gesendet werden.',
    healthTitle: 'Zustand der Erinnerungen',
    scheduleTitle: 'Erinnerungen Ihrer Kommune',
    pending: 'Ausstehend',
    due: 'Jetzt zu senden (verspätet oder erneuter Versuch)',
    failed: 'Fehlgeschlagen',
    sentLast7Days: 'In den letzten 7 Tagen gesendet',
    queueTitle: 'Versandwarteschlange (alle Kommunen)',
    queueWaiting: 'Versandbereit',
    queueDelayed: 'Geplant',
    queueActive: 'Wird gesendet',
    queueFailed: 'Fehlgeschlagen',
    queueUnavailable:
      'Die Versandwarteschlange (Redis) antwortet nicht. Die Erinnerungen bleiben gespeichert und werden versandt, sobald sie wieder verfügbar ist.',
    listTitle: 'Liste der Erinnerungen',
    statusFilter: 'Status',
    allStatuses: 'Alle',
    statuses: {
      pending: 'Ausstehend',
      sent: 'Gesendet',
      failed: 'Fehlgeschlagen',
      cancelled: 'Storniert',
      skipped: 'Nicht gesendet',
    },
    caption: 'Erinnerungen, von der neuesten zur ältesten',
    recipient: 'Empfänger:in',
    reminder: 'Erinnerung',
    subjectDate: 'Frist: {{date}}',
    notifyAt: 'Geplant für',
    status: 'Status',
    attempts: 'Versuche',
    error: 'Fehler oder Grund',
    actions: 'Aktion',
    retry: 'Erneut senden',
    retried: 'Die Erinnerung an {{name}} wird erneut gesendet: Sie ist wieder in der Versandwarteschlange.',
    empty: 'Keine Erinnerungen mit diesem Status.',
    loadMore: 'Mehr laden',
    sentAt: 'Gesendet am {{date}}',
  },
};
