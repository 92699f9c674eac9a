import PDFDocument from 'pdfkit';
import { registerPdfFonts } from '../common/pdf/pdf-fonts';
import { writePdfText } from '../common/pdf/pdf-paragraph';
import type { PresentationLanguage } from './dto/presentation.dto';
import { formatPdfDate, printablePdfText } from './pdf-text';
import { SECTION_HEADINGS, type SectionTexts } from './presentation-text';

const TITLES: Record<PresentationLanguage, { title: string; footer: (date: string) => string }> = {
  fr: { title: 'Présentation', footer: (date) => `Document établi avec Passerelle le ${date}` },
  en: { title: 'Presentation', footer: (date) => `Document produced with Passerelle on ${date}` },
};

/**
 * The presentation as a printable A4 PDF: the authority's name, then the four sections of the method.
 * Built in memory; the embedded fonts (common/pdf) print the authority's name and texts in any script a
 * partner writes in, Arabic right to left included.
 */
export function renderPresentationPdf(input: {
  organisationName: string;
  countryCode: string;
  language: PresentationLanguage;
  sections: SectionTexts;
  now: Date;
}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({
      size: 'A4',
      margin: 56,
      info: {
        Title: printablePdfText(`${TITLES[input.language].title} – ${input.organisationName}`),
        Producer: 'Passerelle',
      },
    });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);

    registerPdfFonts(document);
    writePdfText(document, printablePdfText(TITLES[input.language].title.toUpperCase()), {
      style: 'regular',
      size: 11,
      color: '#4a5560',
      characterSpacing: 1,
    });
    document.moveDown(0.3);
    writePdfText(document, printablePdfText(`${input.organisationName} (${input.countryCode})`), {
      style: 'bold',
      size: 22,
      color: '#1d4e89',
    });
    for (const [section, heading] of Object.entries(SECTION_HEADINGS[input.language]) as Array<
      [keyof SectionTexts, string]
    >) {
      const text = input.sections[section].trim();
      if (!text) continue;
      document.moveDown(1);
      writePdfText(document, printablePdfText(heading), { style: 'bold', size: 14, color: '#1b1f24' });
      document.moveDown(0.3);
      writePdfText(document, printablePdfText(text), {
        style: 'regular',
        size: 11,
        color: '#1b1f24',
        lineGap: 2,
      });
    }
    const date = formatPdfDate(input.now, input.language);
    document.moveDown(2);
    writePdfText(document, printablePdfText(TITLES[input.language].footer(date)), {
      style: 'italic',
      size: 9,
      color: '#4a5560',
    });
    document.end();
  });
}
