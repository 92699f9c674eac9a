import {
  addDays,
  addMonths,
  compareCalendarDates,
  daysBetween,
  isCalendarDate,
  maxCalendarDate,
} from './calendar-date';

describe('calendar dates', () => {
  it('accepts real YYYY-MM-DD dates and rejects impossible or malformed ones', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-13-01')).toBe(false);
    expect(isCalendarDate('2025-1-01')).toBe(false);
    expect(isCalendarDate('01/02/2025')).toBe(false);
  });

  it('adds days across month, year and DST boundaries without drifting', () => {
    expect(addDays('2025-03-29', 2)).toBe('2025-03-31');
    expect(addDays('2025-10-25', 2)).toBe('2025-10-27');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
  });

  it('adds months clamping to the end of shorter months', () => {
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2025-06-15', 36)).toBe('2028-06-15');
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
  });

  it('counts whole days between dates, negative backwards', () => {
    expect(daysBetween('2025-03-29', '2025-04-01')).toBe(3);
    expect(daysBetween('2025-04-01', '2025-03-29')).toBe(-3);
  });

  it('compares and finds the latest date', () => {
    expect(compareCalendarDates('2025-01-01', '2025-01-02')).toBe(-1);
    expect(compareCalendarDates('2025-01-02', '2025-01-02')).toBe(0);
    expect(maxCalendarDate(['2025-01-02', '2025-03-01', '2024-12-31'])).toBe('2025-03-01');
    expect(maxCalendarDate([])).toBeNull();
  });

  it('throws on a malformed date given to arithmetic (a programming error, not a business refusal)', () => {
    expect(() => addDays('2025/01/01', 1)).toThrow(RangeError);
  });
});
