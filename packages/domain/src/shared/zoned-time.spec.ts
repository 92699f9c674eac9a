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
});
