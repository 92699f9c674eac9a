import { instant } from '../testing/fixtures.test-helpers';
import { isInQuietHours, shiftOutOfQuietHours } from './quiet-hours';

const iso = (date: Date) => date.toISOString();

describe('quiet hours', () => {
  it('leaves an instant outside quiet hours unchanged', () => {
    const noonParis = instant('2025-06-02T10:00:00Z');
    expect(shiftOutOfQuietHours(noonParis, 'Europe/Paris')).toBe(noonParis);
    expect(isInQuietHours(instant('2025-06-02T18:59:59Z'), 'Europe/Paris')).toBe(false);
  });

  it('moves a late-evening instant to 08:00 the next morning, local time', () => {
    // 22:30 in Paris (CEST) -> 08:00 CEST next day = 06:00 UTC.
    expect(iso(shiftOutOfQuietHours(instant('2025-06-02T20:30:00Z'), 'Europe/Paris'))).toBe(
      '2025-06-03T06:00:00.000Z',
    );
  });

  it('moves an early-morning instant to 08:00 the same morning', () => {
    expect(iso(shiftOutOfQuietHours(instant('2025-06-02T01:00:00Z'), 'Europe/Paris'))).toBe(
      '2025-06-02T06:00:00.000Z',
    );
  });

  it('lands on 08:00 local across the spring-forward night in Paris', () => {
    // Saturday 29 March 23:00 CET (22:00 UTC) -> Sunday 30 March 08:00 CEST (06:00 UTC).
    expect(iso(shiftOutOfQuietHours(instant('2025-03-29T22:00:00Z'), 'Europe/Paris'))).toBe(
      '2025-03-30T06:00:00.000Z',
    );
  });

  it('lands on 08:00 local across the fall-back night in Paris', () => {
    // Saturday 25 October 22:00 CEST (20:00 UTC) -> Sunday 26 October 08:00 CET (07:00 UTC).
    expect(iso(shiftOutOfQuietHours(instant('2025-10-25T20:00:00Z'), 'Europe/Paris'))).toBe(
      '2025-10-26T07:00:00.000Z',
    );
  });

  it('uses the recipient zone: the same instant is quiet in Tokyo and not in Montreal', () => {
    const at = instant('2025-06-02T13:00:00Z'); // 22:00 in Tokyo, 09:00 in Montreal
    expect(iso(shiftOutOfQuietHours(at, 'Asia/Tokyo'))).toBe('2025-06-02T23:00:00.000Z');
    expect(shiftOutOfQuietHours(at, 'America/Montreal')).toBe(at);
    expect(iso(shiftOutOfQuietHours(instant('2025-06-02T22:00:00Z'), 'Africa/Bamako'))).toBe(
      '2025-06-03T08:00:00.000Z',
    );
  });

  it('supports windows that do not wrap midnight, and an empty window', () => {
    const lunch = { start: '12:00', end: '14:00' };
    expect(iso(shiftOutOfQuietHours(instant('2025-06-02T10:30:00Z'), 'Europe/Paris', lunch))).toBe(
      '2025-06-02T12:00:00.000Z',
    );
    const none = { start: '08:00', end: '08:00' };
    expect(isInQuietHours(instant('2025-06-02T06:00:00Z'), 'Europe/Paris', none)).toBe(false);
  });
});
