import { readPdf } from '../common/pdf/pdf-reading.test-helpers';
import { renderPresentationPdf } from './presentation-pdf';
import { emptySections } from './presentation-text';

/** The text a reader extracts from the PDF, one space for any run of spaces and line breaks. */
function printedText(pdf: Buffer): string {
  return readPdf(pdf).text.replace(/[ \n]+/g, ' ');
}

describe('the presentation PDF', () => {
  const render = (language: 'fr' | 'en') =>
    renderPresentationPdf({
      organisationName: 'Ville d’Angers',
      countryCode: 'FR',
      language,
      sections: { ...emptySections(), territory_and_actors: 'Angers (FR, 157\u202F175 habitants).' },
      now: new Date('2026-12-06T10:00:00Z'),
    });

  it('prints a French thousands separator as a no-break space, not a gap and a slash', async () => {
    // The no-break space shares the space's glyph in Noto Sans: a reader extracts either.
    expect(printedText(await render('fr'))).toMatch(/Angers \(FR, 157[ \u00A0]175 habitants\)\./);
  });

  it('dates the document in its own language', async () => {
    expect(printedText(await render('fr'))).toContain('Document établi avec Passerelle le 6 décembre 2026');
    expect(printedText(await render('en'))).toContain('Document produced with Passerelle on 6 December 2026');
  });

  it('prints a partner’s name and texts in Bambara and in Arabic, which the standard fonts lacked', async () => {
    const pdf = await renderPresentationPdf({
      organisationName: 'Sɛgu Mɛri',
      countryCode: 'ML',
      language: 'fr',
      sections: { ...emptySections(), motivations: 'Ɲɔgɔndɛmɛ\nالتعاون بين المدن' },
      now: new Date('2026-12-06T10:00:00Z'),
    });
    const text = printedText(pdf);
    expect(text).toContain('Sɛgu Mɛri (ML)');
    expect(text).toContain('Ɲɔgɔndɛmɛ');
    expect(text).toContain('التعاون');
    expect(text).toContain('المدن');
  });
});
