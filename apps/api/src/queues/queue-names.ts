/**
 * Every BullMQ queue and the payload of each of its jobs, in one place. Payloads carry a `version` so that
 * a worker can refuse (or migrate) a job enqueued by an older or newer API.
 */
export const QUEUES = {
  mail: 'mail',
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
