import { en } from './en';
import { fr } from './fr';

function leafKeys(messages: object, prefix = ''): string[] {
  return Object.entries(messages).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? leafKeys(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  );
}

function placeholders(text: string): string[] {
  return [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1] ?? '').sort();
}

describe('translations', () => {
  it('have the same keys in French and English', () => {
    expect(leafKeys(en).sort()).toEqual(leafKeys(fr).sort());
  });

  it('use the same placeholders in both languages', () => {
    const lookup = (messages: object, key: string) =>
      key
        .split('.')
        .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
    for (const key of leafKeys(fr)) {
      expect([key, placeholders(lookup(en, key))]).toEqual([key, placeholders(lookup(fr, key))]);
    }
  });
});
