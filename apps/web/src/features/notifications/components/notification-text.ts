import type { ReminderKind } from '@passerelle/domain';
import type { TFunction } from 'i18next';
import { formatCalendarDate } from '../../../components/ui/format-date';
import {
  actionsPath,
  conventionPath,
  dialoguePath,
  partnershipPath,
  visitsPath,
} from '../../../lib/partnership-paths';
import { inboxSubjectLabel } from '../../inbox/components/inbox-subject-label';
import type { Notification } from '../api/get-notifications';

/**
 * What a notification says, in the interface's language: the API sends data (kind, audience, visit,
 * subject date, inbox item), never a sentence, so that switching the language rewords the whole list.
 */
export function notificationText(t: TFunction, notification: Notification, language: string): string {
  return notification.inboxItem
    ? inboxItemText(t, notification, notification.inboxItem, language)
    : reminderText(t, notification, language);
}

/** « Motivation à relire : « … », échéance le … », and « (fait depuis) » once it no longer waits. */
function inboxItemText(
  t: TFunction,
  notification: Notification,
  item: NonNullable<Notification['inboxItem']>,
  language: string,
): string {
  const why = t(`inbox.kind.${notification.kind}`, { defaultValue: t('notifications.inboxGeneric') });
  const label = inboxSubjectLabel(t, notification.kind, item.subjectLabel);
  const what = label === notification.partnership.title ? why : t('notifications.inboxWhat', { why, label });
  const text = item.dueOn
    ? t('notifications.inboxDue', { what, date: formatCalendarDate(item.dueOn, language) })
    : what;
  return item.stillWaiting ? text : `${text} ${t('notifications.inboxDone')}`;
}

/**
 * A reminder's notification: the API sends `source: 'reminder'` with a reminder kind (a few words are both
 * reminder and inbox kinds, hence the source first).
 */
function reminderKindOf(notification: Notification): ReminderKind {
  return notification.kind as ReminderKind;
}

function reminderText(t: TFunction, notification: Notification, language: string): string {
  const date = formatCalendarDate(notification.subjectDate ?? notification.createdAt.slice(0, 10), language);
  const audience = notification.audience ?? 'unknown';
  const visit = notification.visit;
  const kind = reminderKindOf(notification);
  switch (kind) {
    case 'dialogue-due':
      return t(`notifications.dialogueDue.${audience}`, { date });
    case 'dialogue-overdue':
      return t(`notifications.dialogueOverdue.${audience}`, { date });
    case 'visit-upcoming':
      return withCancellation(t, visitUpcomingText(t, notification, date), notification);
    case 'visit-report-missing':
      return withCancellation(
        t,
        visit
          ? t('notifications.visitReportMissing', { purpose: visit.purpose, date })
          : t('notifications.visitReportMissingUnknown', { date }),
        notification,
      );
    case 'convention-expiring':
      return t('notifications.conventionExpiring', { date });
    case 'convention-tacit-renewal':
      return t('notifications.conventionTacitRenewal', { date });
    case 'funding-call-closing':
      return t('notifications.fundingCallClosing', { date });
    case 'funding-report-due':
      return t('notifications.fundingReportDue', { date });
    default:
      return unknownKind(kind, t('notifications.generic', { date }));
  }
}

/** « Mission « … » dans 7 jours, à partir du … »: the delay is the one the reminder was set for. */
function visitUpcomingText(t: TFunction, notification: Notification, date: string): string {
  const visit = notification.visit;
  if (!visit) return t('notifications.visitUpcomingUnknown', { date });
  const offsetDays = notification.offsetDays ?? 0;
  if (offsetDays <= 0) return t('notifications.visitStarting', { purpose: visit.purpose, date });
  return t('notifications.visitUpcoming', { purpose: visit.purpose, count: offsetDays, date });
}

/** A visit cancelled after the reminder went out: the reminder stays in the inbox, saying so. */
function withCancellation(t: TFunction, text: string, notification: Notification): string {
  return notification.visit?.cancelled ? `${text} ${t('notifications.visitCancelled')}` : text;
}

/**
 * Where a notification is acted upon: an inbox item's own page, or the partnership's dialogue, visits,
 * convention or actions page for a reminder.
 */
export function notificationPath(notification: Notification): string {
  if (notification.inboxItem) return notification.inboxItem.path;
  const partnershipId = notification.partnership.id;
  const kind = reminderKindOf(notification);
  switch (kind) {
    case 'dialogue-due':
    case 'dialogue-overdue':
      return dialoguePath(partnershipId);
    case 'visit-upcoming':
    case 'visit-report-missing':
      return visitsPath(partnershipId);
    case 'convention-expiring':
    case 'convention-tacit-renewal':
      return conventionPath(partnershipId);
    case 'funding-call-closing':
    case 'funding-report-due':
      return actionsPath(partnershipId);
    default:
      return unknownKind(kind, partnershipPath(partnershipId));
  }
}

/**
 * Every kind is handled (the typecheck fails otherwise); a kind the API learned after this build still
 * shows, plainly, rather than breaking the whole inbox.
 */
function unknownKind<Fallback>(_kind: never, fallback: Fallback): Fallback {
  return fallback;
}
