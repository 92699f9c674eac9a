import type { Clock } from '../../src/common/clock/clock';

/** A clock that stays where the test puts it. */
export class SetClock implements Clock {
  constructor(private instant: Date) {}

  now(): Date {
    return new Date(this.instant);
  }

  set(instant: Date): void {
    this.instant = instant;
  }
}
