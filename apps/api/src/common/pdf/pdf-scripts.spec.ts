import { readPdf, type GrayImage } from './pdf-reading.test-helpers';
import { renderScriptSamples, SAMPLE_PAGE, SCRIPT_SAMPLES, type LineBand } from './pdf-sample.test-helpers';

const DPI = 72;

describe('PDFs in every script', () => {
  let text: string;
  let image: GrayImage;
  let bands: LineBand[];

  beforeAll(async () => {
    const rendered = await renderScriptSamples(Object.values(SCRIPT_SAMPLES));
    bands = rendered.bands;
    ({ text, firstPage: image } = readPdf(rendered.pdf, DPI));
  });

  it('prints French, Bambara and Vietnamese letters that a reader extracts as they were written', () => {
    const flat = text.replace(/\s+/g, ' ');
    // The narrow no-break space of French numbers is printed (and extracted) as a space.
    expect(flat).toContain(SCRIPT_SAMPLES.french.replace('\u202F', ' ').replace(/\s+/g, ' '));
    expect(flat).toContain(SCRIPT_SAMPLES.bambara);
    expect(flat).toContain(SCRIPT_SAMPLES.vietnamese);
  });

  it('prints Arabic as letters a reader extracts in reading order, not as blank boxes', () => {
    const arabicLine = text.split('\n').find((line) => /[\u0600-\u06FF]/.test(line)) ?? '';
    const words = arabicLine
      .replace(/[\u202A-\u202E]/g, '')
      .split(/\s+/)
      .filter(Boolean);
    const expected = SCRIPT_SAMPLES.arabic.split(' ');
    expect(words).toHaveLength(expected.length);
    // Poppler gives the letters of a ligature glyph (lam-alef "لا", yeh-noon "ين") in the reverse order: the
    // letters of each word are compared as a set there, the words without ligatures exactly.
    expect(words).toEqual(expect.arrayContaining(['التعاون', 'المدن', 'منذ', 'عام', '2026']));
    const letters = (word: string) => [...word].sort().join('');
    expect(words.map(letters).sort()).toEqual(expected.map(letters).sort());
  });

  it('draws every line where it was written, the Arabic one aligned on the right margin', () => {
    for (const band of bands) expect(inkIn(band, 0, image.width)).toBeGreaterThan(50);
    const arabic = bands[2]!;
    const margin = Math.round((SAMPLE_PAGE.margin * DPI) / 72);
    const middle = Math.round(image.width / 2);
    // Right-aligned: ink up to the right margin, none in the left third of the line.
    expect(inkIn(arabic, image.width - margin - 20, image.width - margin + 2)).toBeGreaterThan(0);
    expect(inkIn(arabic, 0, middle - 100)).toBe(0);
    // Left-aligned lines start at the left margin.
    expect(inkIn(bands[1]!, margin - 2, margin + 20)).toBeGreaterThan(0);
    // Nothing below the last line.
    expect(inkIn({ top: bands.at(-1)!.bottom + 10, bottom: SAMPLE_PAGE.height - 10 }, 0, image.width)).toBe(
      0,
    );
  });

  /** Dark pixels in a band of the page, between two columns. */
  function inkIn(band: LineBand, fromColumn: number, toColumn: number): number {
    const scale = DPI / 72;
    let count = 0;
    for (
      let row = Math.floor(band.top * scale);
      row < Math.min(image.height, Math.ceil(band.bottom * scale));
      row += 1
    ) {
      for (let column = Math.max(0, fromColumn); column < Math.min(image.width, toColumn); column += 1) {
        if (image.pixels[row * image.width + column]! < 128) count += 1;
      }
    }
    return count;
  }
});
