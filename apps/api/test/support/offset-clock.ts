import type { Clock } from '../../src/common/clock/clock';

/**
 * A clock that runs at real speed from an instant the test chooses: `set()` jumps to "the morning a
 * reminder is due", and from there a few real milliseconds later is a few milliseconds later.
 */
export class OffsetClock implements Clock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  set(instant: Date): void {
    this.offsetMs = instant.getTime() - Date.now();
  }
}
