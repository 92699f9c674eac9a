/**
 * Where the current instant comes from. Reminder code asks this instead of `new Date()`, so that tests can
 * run the API and the worker at a chosen instant (a reminder due in three weeks is due "now" for them).
 */
export interface Clock {
  now(): Date;
}

/** Injection token of the clock (`@Inject(CLOCK)`). */
export const CLOCK = Symbol('CLOCK');

/** The machine's time: the only clock outside tests. */
export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}
