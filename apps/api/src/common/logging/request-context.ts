import { AsyncLocalStorage } from 'node:async_hooks';

/** What every log line of a request or a job carries, without passing it through every call. */
export interface LogContext {
  requestId?: string;
  jobId?: string;
}

export const logContext = new AsyncLocalStorage<LogContext>();
