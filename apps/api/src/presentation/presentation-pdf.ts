import PDFDocument from 'pdfkit';
import type { PresentationLanguage } from './dto/presentation.dto';
import { formatPdfDate, printablePdfText } from './pdf-text';
import { SECTION_HEADINGS, type SectionTexts } from './presentation-text';

const TITLES: Record<PresentationLanguage, { title: string; footer: (date: string) => string }> = {
  fr: { title: 'Présentation', footer: (date) => `Document établi avec Passerelle le ${date}` },
  en: { title: 'Presentation', footer: (date) => `Document produced with Passerelle on ${date}` },
};

/**
 * The presentation as a printable A4 PDF: the authority's name, then the four sections of the method.
 * Built in memory (a few kilobytes); the standard PDF fonts cover French and English text, once the spaces
 * they lack are replaced (`printablePdfText`, through which every printed text goes).
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

    document
      .font('Helvetica')
      .fontSize(11)
      .fillColor('#4a5560')
      .text(printablePdfText(TITLES[input.language].title.toUpperCase()), { characterSpacing: 1 });
    document
      .moveDown(0.3)
      .font('Helvetica-Bold')
      .fontSize(22)
      .fillColor('#1d4e89')
      .text(printablePdfText(`${input.organisationName} (${input.countryCode})`));
    for (const [section, heading] of Object.entries(SECTION_HEADINGS[input.language]) as Array<
      [keyof SectionTexts, string]
    >) {
      const text = input.sections[section].trim();
      if (!text) continue;
      document
        .moveDown(1)
        .font('Helvetica-Bold')
        .fontSize(14)
        .fillColor('#1b1f24')
        .text(printablePdfText(heading));
      document
        .moveDown(0.3)
        .font('Helvetica')
        .fontSize(11)
        .fillColor('#1b1f24')
        .text(printablePdfText(text), { align: 'left', lineGap: 2 });
    }
    const date = formatPdfDate(input.now, input.language);
    document
      .moveDown(2)
      .font('Helvetica-Oblique')
      .fontSize(9)
      .fillColor('#4a5560')
      .text(printablePdfText(TITLES[input.language].footer(date)));
    document.end();
  });
}
