import fc from 'fast-check';
import { calendarDateAt, instantAt, isValidTimeZone, wallClockAt } from './zoned-time';

describe('zoned time', () => {
  it('recognises IANA zones and rejects unknown ones', () => {
    expect(isValidTimeZone('Europe/Paris')).toBe(true);
    expect(isValidTimeZone('Africa/Bamako')).toBe(true);
    expect(isValidTimeZone('Mars/Olympus')).toBe(false);
    expect(isValidTimeZone('')).toBe(false);
  });

  it('reads the local calendar day of an instant in each zone', () => {
    const lateEvening = new Date('2025-03-30T22:30:00Z');
    expect(calendarDateAt(lateEvening, 'Europe/Paris')).toBe('2025-03-31');
    expect(calendarDateAt(lateEvening, 'Africa/Bamako')).toBe('2025-03-30');
    expect(calendarDateAt(lateEvening, 'America/Montreal')).toBe('2025-03-30');
    expect(calendarDateAt(lateEvening, 'Asia/Tokyo')).toBe('2025-03-31');
  });

  it('keeps 09:00 local in Paris before and after the March DST change', () => {
    expect(instantAt('2025-03-29', '09:00', 'Europe/Paris').toISOString()).toBe('2025-03-29T08:00:00.000Z');
    expect(instantAt('2025-03-30', '09:00', 'Europe/Paris').toISOString()).toBe('2025-03-30T07:00:00.000Z');
  });

  it('keeps 09:00 local in Paris before and after the October DST change', () => {
    expect(instantAt('2025-10-25', '09:00', 'Europe/Paris').toISOString()).toBe('2025-10-25T07:00:00.000Z');
    expect(instantAt('2025-10-26', '09:00', 'Europe/Paris').toISOString()).toBe('2025-10-26T08:00:00.000Z');
  });

  it('moves a wall time skipped by spring-forward to after the gap', () => {
    // 02:30 does not exist in Paris on 2025-03-30: clocks jump from 02:00 to 03:00.
    const skipped = instantAt('2025-03-30', '02:30', 'Europe/Paris');
    expect(skipped.toISOString()).toBe('2025-03-30T01:30:00.000Z');
    expect(wallClockAt(skipped, 'Europe/Paris')).toMatchObject({ hour: 3, minute: 30 });
  });

  it('resolves a wall time repeated by fall-back to its first occurrence', () => {
    // 02:30 happens twice in Paris on 2025-10-26 (CEST then CET).
    expect(instantAt('2025-10-26', '02:30', 'Europe/Paris').toISOString()).toBe('2025-10-26T00:30:00.000Z');
  });

  it('handles zones without DST and zones on the other side of the world', () => {
    expect(instantAt('2025-03-30', '09:00', 'Africa/Bamako').toISOString()).toBe('2025-03-30T09:00:00.000Z');
    expect(instantAt('2025-03-30', '09:00', 'Asia/Tokyo').toISOString()).toBe('2025-03-30T00:00:00.000Z');
    expect(instantAt('2025-03-09', '09:00', 'America/Montreal').toISOString()).toBe(
      '2025-03-09T13:00:00.000Z',
    );
    expect(instantAt('2025-03-08', '09:00', 'America/Montreal').toISOString()).toBe(
      '2025-03-08T14:00:00.000Z',
    );
  });

  it('round-trips wall clock and instant for every hour of a DST day', () => {
    for (let hour = 0; hour < 24; hour += 1) {
      if (hour === 2) continue; // the skipped hour
      const time = `${String(hour).padStart(2, '0')}:15`;
      const at = instantAt('2025-03-30', time, 'Europe/Paris');
      expect(wallClockAt(at, 'Europe/Paris')).toEqual({ date: '2025-03-30', hour, minute: 15, second: 0 });
    }
  });

  it('rejects malformed local times and dates', () => {
    expect(() => instantAt('2025-03-30', '9:00', 'Europe/Paris')).toThrow(RangeError);
    expect(() => instantAt('2025-02-30', '09:00', 'Europe/Paris')).toThrow(RangeError);
  });

  it('reads the same wall clock as Intl at any instant, transitions included', () => {
    const zones = [
      'Europe/Paris',
      'America/Montreal',
      'Australia/Lord_Howe',
      'Africa/Casablanca',
      'Africa/Monrovia',
      'Asia/Kolkata',
    ];
    const intlClock = (instant: Date, timeZone: string) => {
      const parts = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        hourCycle: 'h23',
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
        hour: '2-digit',
        minute: '2-digit',
        second: '2-digit',
      }).formatToParts(instant);
      const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
      return [part('year'), part('month'), part('day'), part('hour'), part('minute'), part('second')].join(
        ' ',
      );
    };
    const ownClock = (instant: Date, timeZone: string) => {
      const clock = wallClockAt(instant, timeZone);
      const [year, month, day] = clock.date.split('-').map(Number);
      return [year, month, day, clock.hour, clock.minute, clock.second].join(' ');
    };
    // Around Paris's March 2025 change, Lord Howe's half-hour change, Casablanca's Ramadan change, and
    // Monrovia's 1972 move from -00:44:30 to UTC, at 00:44:30 UTC: not on a quarter of an hour.
    const transitions = [
      '2025-03-30T01:00:00Z',
      '2025-04-05T15:00:00Z',
      '2025-02-23T02:00:00Z',
      '1972-01-07T00:44:30Z',
    ].map(Date.parse);
    const nearTransition = fc
      .tuple(fc.constantFrom(...transitions), fc.integer({ min: -7_200_000, max: 7_200_000 }))
      .map(([at, shift]) => at + shift);
    const anywhere = fc.integer({ min: Date.parse('1960-01-01'), max: Date.parse('2060-01-01') });
    fc.assert(
      fc.property(fc.oneof(nearTransition, anywhere), fc.constantFrom(...zones), (ms, zone) => {
        const instant = new Date(ms);
        expect(ownClock(instant, zone)).toBe(intlClock(instant, zone));
      }),
      { numRuns: 2000 },
    );
  });
});
