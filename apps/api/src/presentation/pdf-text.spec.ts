import { formatPdfCount, formatPdfDate, printablePdfText } from './pdf-text';

describe('text printed in a presentation PDF', () => {
  it('turns spaces the standard fonts lack into the no-break or plain space they have', () => {
    expect(printablePdfText('157\u202F175 habitants')).toBe('157\u00A0175 habitants');
    expect(printablePdfText('1\u2007000')).toBe('1\u00A0000');
    expect(printablePdfText('a\u2009b\u2003c\u2028d')).toBe('a b c d');
    expect(printablePdfText('zero\u200Bwidth')).toBe('zerowidth');
    expect(printablePdfText('Déjà vu – « oui » ’')).toBe('Déjà vu – « oui » ’');
  });

  it('writes counts and dates in the document’s language, never the ISO form', () => {
    expect(formatPdfCount(157175, 'fr')).toBe('157\u00A0175');
    expect(formatPdfCount(157175, 'en')).toBe('157,175');
    const day = new Date('2026-12-06T10:00:00Z');
    expect(formatPdfDate(day, 'fr')).toBe('6 décembre 2026');
    expect(formatPdfDate(day, 'en')).toBe('6 December 2026');
  });
});
