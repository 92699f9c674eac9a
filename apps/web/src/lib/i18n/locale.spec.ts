import { localeOf } from './locale';

describe('the locale of a reader’s language', () => {
  it('writes English dates the European way and Arabic numbers in Latin digits', () => {
    const day = new Date('2026-12-07T12:00:00Z');
    const long = (language: string) =>
      day.toLocaleDateString(localeOf(language), { dateStyle: 'long', timeZone: 'UTC' });
    expect(long('en')).toBe('7 December 2026');
    expect(long('fr')).toBe('7 décembre 2026');
    expect((1234.5).toLocaleString(localeOf('ar'))).toMatch(/^1[,٬]234[.٫]5$/);
  });

  it('leaves a language the interface does not speak as it is', () => {
    expect(localeOf('it')).toBe('it');
  });
});
