import { inflateSync } from 'node:zlib';
import { renderPresentationPdf } from './presentation-pdf';
import { emptySections } from './presentation-text';

/**
 * The lines of text a PDF prints, read back from its compressed content streams: the standard fonts write
 * each character as one Windows-1252 byte, in hexadecimal pieces split by kerning.
 */
function printedLines(pdf: Buffer): string[] {
  const raw = pdf.toString('latin1');
  const lines: string[] = [];
  for (const [, stream] of raw.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)) {
    const content = inflateSync(Buffer.from(stream ?? '', 'latin1')).toString('latin1');
    for (const [, array] of content.matchAll(/\[([^\]]*)\] TJ/g)) {
      const hex = [...(array ?? '').matchAll(/<([0-9a-f]*)>/g)].map(([, piece]) => piece).join('');
      lines.push(Buffer.from(hex, 'hex').toString('latin1'));
    }
  }
  return lines;
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
    const lines = printedLines(await render('fr'));
    expect(lines).toContain('Angers (FR, 157\u00A0175 habitants).');
  });

  it('dates the document in its own language', async () => {
    expect(printedLines(await render('fr')).join('\n')).toContain(
      'Document établi avec Passerelle le 6 décembre 2026',
    );
    expect(printedLines(await render('en')).join('\n')).toContain(
      'Document produced with Passerelle on 6 December 2026',
    );
  });
});
