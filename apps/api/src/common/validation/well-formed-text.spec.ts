import { isWellFormedText, malformedTextFields } from './well-formed-text';

describe('well-formed text', () => {
  it('accepts any text PostgreSQL can store, paired surrogates (emoji) included', () => {
    expect(isWellFormedText('Coopération 🤝 تعاون\n\t')).toBe(true);
  });

  it('refuses a NUL character and surrogates without their other half', () => {
    expect(isWellFormedText('a\u0000b')).toBe(false);
    expect(isWellFormedText('a\uD800b')).toBe(false);
    expect(isWellFormedText('a\uDC00')).toBe(false);
    expect(isWellFormedText('\uD83E')).toBe(false);
  });

  it('names every malformed string of a request by its path, keys included', () => {
    const body = {
      title: 'ok',
      stakes: [{ label: 'ok' }, { label: 'bad\u0000' }],
      terms: { 'key\uD800': 1 },
    };
    expect(malformedTextFields(body).map((error) => error.field)).toEqual([
      'stakes.1.label',
      'terms.key\uD800',
    ]);
    expect(malformedTextFields(body)[0]).toMatchObject({ rule: 'wellFormedText' });
  });

  it('finds nothing in values without strings', () => {
    expect(malformedTextFields(undefined)).toEqual([]);
    expect(malformedTextFields({ count: 3, on: true, none: null })).toEqual([]);
  });
});
