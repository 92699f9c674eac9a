/**
 * Every BullMQ queue and the payload of each of its jobs, in one place. Payloads carry a `version` so that
 * a worker can refuse (or migrate) a job enqueued by an older or newer API.
 */
export const QUEUES = {
  mail: 'mail',
  /** One delayed job per reminder row (`reminder-<rowId>`), delivered by the worker. */
  reminders: 'reminders',
  /** Periodic upkeep of the reminder schedule: reconciliation with Redis, rescheduling sweep. */
  reminderMaintenance: 'reminder-maintenance',
  /** The daily inbox digests: one job scheduler that looks for what is new in each person's inbox. */
  inboxDigest: 'inbox-digest',
  /** Periodic upkeep of partnerships: ending those whose rupture notice is over. */
  partnershipUpkeep: 'partnership-upkeep',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

export const MAIL_JOBS = {
  send: 'send-mail',
} as const;

export interface SendMailJobPayload {
  version: 1;
  to: string[];
  subject: string;
  text: string;
  html?: string;
}

export const REMINDER_JOBS = {
  deliver: 'deliver-reminder',
  reconcile: 'reconcile-reminders',
  reschedule: 'reschedule-reminders',
} as const;

/** Delivers one row of the `reminder` table; the row, not the payload, says what and to whom. */
export interface DeliverReminderJobPayload {
  version: 1;
  reminderId: string;
}

export interface ReminderMaintenanceJobPayload {
  version: 1;
}

export const INBOX_DIGEST_JOBS = {
  send: 'send-inbox-digests',
} as const;

export interface InboxDigestJobPayload {
  version: 1;
}

export const PARTNERSHIP_UPKEEP_JOBS = {
  endDueNotices: 'end-due-notices',
} as const;

export interface PartnershipUpkeepJobPayload {
  version: 1;
}
