import { countryOptions } from './country-select';
import { timeZoneGroups } from './time-zone-select';

describe('the country picker', () => {
  it('names every country in the reader’s language, in that language’s order', () => {
    const french = countryOptions('fr');
    expect(french).toContainEqual({ code: 'ML', name: 'Mali' });
    expect(french).toContainEqual({ code: 'DE', name: 'Allemagne' });
    const names = french.map((option) => option.name);
    // Accented initials sort with their letter, not after Z.
    expect(names.indexOf('Égypte')).toBeLessThan(names.indexOf('Espagne'));
    expect(countryOptions('en')).toContainEqual({ code: 'DE', name: 'Germany' });
  });
});

describe('the time zone picker', () => {
  const winter = new Date('2026-01-15T12:00:00Z');

  it('labels a zone by its city, its name in the reader’s language and its offset', () => {
    const africa = timeZoneGroups('fr', 'Europe/Paris', winter).find((group) => group.area === 'Africa');
    expect(africa?.options).toContainEqual({
      zone: 'Africa/Bamako',
      label: 'Bamako — heure moyenne de Greenwich, UTC+00:00',
    });
    const america = timeZoneGroups('en', 'America/Argentina/Buenos_Aires', winter).find(
      (group) => group.area === 'America',
    );
    expect(
      america?.options.find((option) => option.zone === 'America/Argentina/Buenos_Aires')?.label,
    ).toMatch(/^Buenos Aires \(Argentina\) — .+, UTC-03:00$/);
  });

  it('keeps a zone saved earlier choosable even when the runtime lists it under another name', () => {
    const zones = timeZoneGroups('fr', 'Asia/Calcutta', winter).flatMap((group) =>
      group.options.map((option) => option.zone),
    );
    expect(zones).toContain('Asia/Calcutta');
    expect(new Set(zones).size).toBe(zones.length);
  });
});
