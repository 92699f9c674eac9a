import { paragraphWords, visualOrder } from './pdf-bidi';

const drawn = (paragraph: string) => visualOrder(paragraphWords(paragraph).words).map((word) => word.text);

describe('the bidirectional order of a line’s words', () => {
  it('keeps a left-to-right paragraph as it is written', () => {
    expect(paragraphWords('Ɲɔgɔndɛmɛ sababu').rightToLeft).toBe(false);
    expect(drawn('Ɲɔgɔndɛmɛ sababu 2026')).toEqual(['Ɲɔgɔndɛmɛ', 'sababu', '2026']);
  });

  it('draws an Arabic paragraph from its last word on the left to its first on the right', () => {
    const { rightToLeft, words } = paragraphWords('التعاون بين المدن');
    expect(rightToLeft).toBe(true);
    expect(words.map((word) => word.script)).toEqual(['arabic', 'arabic', 'arabic']);
    expect(drawn('التعاون بين المدن')).toEqual(['المدن', 'بين', 'التعاون']);
  });

  it('keeps Latin words and numbers inside Arabic text in their own left-to-right order', () => {
    expect(drawn('مدينة Angers Loire عام 2026')).toEqual(['2026', 'عام', 'Angers', 'Loire', 'مدينة']);
  });

  it('keeps an Arabic phrase inside a French sentence in its right-to-left order', () => {
    expect(drawn('Le mot التعاون المدن veut dire')).toEqual([
      'Le',
      'mot',
      'المدن',
      'التعاون',
      'veut',
      'dire',
    ]);
  });
});

describe('invisible bidirectional marks', () => {
  it('steer the order of an Arabic amount but are not drawn, as no font has a glyph for them', () => {
    const amount = new Intl.NumberFormat('ar', { style: 'currency', currency: 'TND' }).format(42000);
    expect(amount).toMatch(/\u200f/);
    const texts = paragraphWords(`المبلغ ${amount}`).words.map((word) => word.text);
    expect(texts.join('')).not.toMatch(/[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/);
    expect(texts).toContain('د.ت.');
  });

  it('leave no empty word behind when they stand alone', () => {
    expect(paragraphWords('Angers \u200f Kairouan').words.map((word) => word.text)).toEqual([
      'Angers',
      'Kairouan',
    ]);
  });
});

describe('brackets in right-to-left words', () => {
  it('mirrors the brackets an Arabic word carries, so that they face the words they enclose', () => {
    const { words } = paragraphWords('(هذا التقرير)');
    expect(words.map((word) => word.text)).toEqual([')هذا', 'التقرير(']);
  });

  it('leaves the brackets of numbers and Latin words inside Arabic text as written', () => {
    const { words } = paragraphWords('تقرير (2026) مدينة (Angers)');
    expect(words.map((word) => word.text)).toEqual(['تقرير', '(2026)', 'مدينة', '(Angers)']);
  });
});
