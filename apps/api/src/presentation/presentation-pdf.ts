import PDFDocument from 'pdfkit';
import type { PresentationLanguage } from './dto/presentation.dto';
import { SECTION_HEADINGS, type SectionTexts } from './presentation-text';

const TITLES: Record<PresentationLanguage, { title: string; footer: (date: string) => string }> = {
  fr: { title: 'Présentation', footer: (date) => `Document établi avec Passerelle le ${date}` },
  en: { title: 'Presentation', footer: (date) => `Document produced with Passerelle on ${date}` },
};

/**
 * The presentation as a printable A4 PDF: the authority's name, then the four sections of the method.
 * Built in memory (a few kilobytes); the standard PDF fonts cover French and English text.
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
      info: { Title: `${TITLES[input.language].title} – ${input.organisationName}`, Producer: 'Passerelle' },
    });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(Buffer.concat(chunks)));
    document.on('error', reject);

    document
      .font('Helvetica')
      .fontSize(11)
      .fillColor('#4a5560')
      .text(TITLES[input.language].title.toUpperCase(), { characterSpacing: 1 });
    document
      .moveDown(0.3)
      .font('Helvetica-Bold')
      .fontSize(22)
      .fillColor('#1d4e89')
      .text(`${input.organisationName} (${input.countryCode})`);
    for (const [section, heading] of Object.entries(SECTION_HEADINGS[input.language]) as Array<
      [keyof SectionTexts, string]
    >) {
      const text = input.sections[section].trim();
      if (!text) continue;
      document.moveDown(1).font('Helvetica-Bold').fontSize(14).fillColor('#1b1f24').text(heading);
      document
        .moveDown(0.3)
        .font('Helvetica')
        .fontSize(11)
        .fillColor('#1b1f24')
        .text(text, { align: 'left', lineGap: 2 });
    }
    const date = input.now.toISOString().slice(0, 10);
    document
      .moveDown(2)
      .font('Helvetica-Oblique')
      .fontSize(9)
      .fillColor('#4a5560')
      .text(TITLES[input.language].footer(date));
    document.end();
  });
}
