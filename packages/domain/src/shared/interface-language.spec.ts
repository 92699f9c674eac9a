import {
  firstSpokenLanguage,
  interfaceLanguageOf,
  languageToWriteTo,
  textDirectionOf,
} from './interface-language';

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

  it('writes to an authority without an account in the language it shares with the writer, else in its own', () => {
    // Kairouan works in Arabic and French: a French officer writes in French, a German one in Arabic.
    expect(languageToWriteTo(['ar-TN', 'fr'], 'fr')).toBe('fr');
    expect(languageToWriteTo(['ar-TN', 'fr'], 'de')).toBe('ar');
    // Bamako's first language is not one the product speaks: its French is.
    expect(languageToWriteTo(['bm', 'fr-ML'], 'es')).toBe('fr');
    // None of the authority's languages is spoken: the writer's own.
    expect(languageToWriteTo(['wo', 'bm'], 'pt')).toBe('pt');
  });

  it('writes the spoken languages left to right', () => {
    expect(textDirectionOf('fr')).toBe('ltr');
    expect(textDirectionOf('en')).toBe('ltr');
  });
});
