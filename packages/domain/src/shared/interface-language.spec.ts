import { firstSpokenLanguage, interfaceLanguageOf, textDirectionOf } from './interface-language';

describe('interface language', () => {
  it('keeps a language the product speaks, whatever its region or case', () => {
    expect(interfaceLanguageOf('en-US')).toBe('en');
    expect(interfaceLanguageOf('EN')).toBe('en');
    expect(interfaceLanguageOf('fr_CA')).toBe('fr');
  });

  it('falls back to French for a language it does not speak, or none', () => {
    expect(interfaceLanguageOf('bm')).toBe('fr');
    expect(interfaceLanguageOf('')).toBe('fr');
    expect(interfaceLanguageOf(null)).toBe('fr');
  });

  it("takes the first of a browser's languages that it speaks", () => {
    expect(firstSpokenLanguage(['bm-ML', 'en-GB', 'fr'])).toBe('en');
    expect(firstSpokenLanguage(['wo', 'bm'])).toBeNull();
  });

  it('writes the spoken languages left to right', () => {
    expect(textDirectionOf('fr')).toBe('ltr');
    expect(textDirectionOf('en')).toBe('ltr');
  });
});
