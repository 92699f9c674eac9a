import { datePattern, formatDateEntry, isIsoDay, parseDateEntry, parseTimeEntry } from './date-entry';

describe('a typed date', () => {
  it('is read in the order the user’s language writes it, whatever the browser’s', () => {
    expect(parseDateEntry('07/12/2026', 'fr')).toBe('2026-12-07');
    expect(parseDateEntry('07/12/2026', 'en')).toBe('2026-12-07');
    expect(parseDateEntry('7.12.2026', 'de')).toBe('2026-12-07');
    expect(parseDateEntry('7-12-2026', 'es')).toBe('2026-12-07');
    expect(parseDateEntry('07 12 2026', 'pt')).toBe('2026-12-07');
    expect(parseDateEntry('07/12/2026', 'ar')).toBe('2026-12-07');
  });

  it('takes the short ways people type: no separator, a two-digit year, an ISO day', () => {
    expect(parseDateEntry('07122026', 'fr')).toBe('2026-12-07');
    expect(parseDateEntry('7/12/26', 'fr')).toBe('2026-12-07');
    expect(parseDateEntry(' 2026-12-07 ', 'de')).toBe('2026-12-07');
  });

  it('reads the Arabic-Indic digits of an Arabic keyboard', () => {
    expect(parseDateEntry('٠٧/١٢/٢٠٢٦', 'ar')).toBe('2026-12-07');
    expect(parseDateEntry('۷/۱۲/۲۰۲۶', 'ar')).toBe('2026-12-07');
  });

  it('refuses a day that does not exist rather than rolling it into the next month', () => {
    expect(parseDateEntry('31/02/2026', 'fr')).toBeUndefined();
    expect(parseDateEntry('29/02/2025', 'fr')).toBeUndefined();
    expect(parseDateEntry('29/02/2028', 'fr')).toBe('2028-02-29');
    // An American order typed in French: there is no thirteenth month.
    expect(parseDateEntry('12/13/2026', 'fr')).toBeUndefined();
    expect(parseDateEntry('2026-02-30', 'fr')).toBeUndefined();
    expect(parseDateEntry('demain', 'fr')).toBeUndefined();
    expect(parseDateEntry('07/12', 'fr')).toBeUndefined();
    expect(parseDateEntry('007/12/2026', 'fr')).toBeUndefined();
  });

  it('is written back with the language’s own separator and two-digit day and month', () => {
    expect(formatDateEntry('2026-03-05', 'fr')).toBe('05/03/2026');
    expect(formatDateEntry('2026-03-05', 'de')).toBe('05.03.2026');
    expect(formatDateEntry('2026-03-05', 'ar')).toBe('05/03/2026');
    expect(datePattern('en')).toEqual({ order: ['day', 'month', 'year'], separator: '/' });
  });

  it('is told apart from an ISO day as the API takes it', () => {
    expect(isIsoDay('2026-12-07')).toBe(true);
    expect(isIsoDay('2026-2-7')).toBe(false);
    expect(isIsoDay('07/12/2026')).toBe(false);
    expect(isIsoDay('')).toBe(false);
  });
});

describe('a typed time', () => {
  it('is read on the 24-hour clock, as people write it', () => {
    expect(parseTimeEntry('15:30')).toBe('15:30');
    expect(parseTimeEntry('15h30')).toBe('15:30');
    expect(parseTimeEntry('15 h 30')).toBe('15:30');
    expect(parseTimeEntry('1530')).toBe('15:30');
    expect(parseTimeEntry('9.05')).toBe('09:05');
    expect(parseTimeEntry('9h')).toBe('09:00');
    expect(parseTimeEntry('15')).toBe('15:00');
  });

  it('refuses what is no time of day', () => {
    expect(parseTimeEntry('24:00')).toBeUndefined();
    expect(parseTimeEntry('15:60')).toBeUndefined();
    expect(parseTimeEntry('3 pm')).toBeUndefined();
    expect(parseTimeEntry('')).toBeUndefined();
  });
});
