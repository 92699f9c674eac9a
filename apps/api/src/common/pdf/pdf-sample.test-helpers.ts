import PDFDocument from 'pdfkit';
import { registerPdfFonts } from './pdf-fonts';
import { writePdfText } from './pdf-paragraph';

/** One text in each script the PDFs must print, as a partner authority would write it. */
export const SCRIPT_SAMPLES = {
  french: 'Coopération décentralisée : 157\u202F175 habitants, œuvre, façade, été',
  bambara: 'Ɲɔgɔndɛmɛ sababu : an bɛ baara kɛ ŋaniya la',
  arabic: 'التعاون اللامركزي بين المدن منذ عام 2026',
  vietnamese: 'Hợp tác phi tập trung giữa các thành phố Việt Nam',
} as const;

/** Where a line was written, in PDF points from the page's top. */
export interface LineBand {
  top: number;
  bottom: number;
}

export const SAMPLE_PAGE = { width: 595.28, height: 841.89, margin: 56 } as const;

/** A one-page A4 PDF with each text on its own line, in the given order, and where each was written. */
export function renderScriptSamples(lines: readonly string[]): Promise<{ pdf: Buffer; bands: LineBand[] }> {
  const bands: LineBand[] = [];
  return new Promise((resolve, reject) => {
    const document = new PDFDocument({ size: 'A4', margin: SAMPLE_PAGE.margin });
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve({ pdf: Buffer.concat(chunks), bands }));
    document.on('error', reject);
    registerPdfFonts(document);
    for (const line of lines) {
      const top = document.y;
      writePdfText(document, line, { style: 'regular', size: 16, color: '#1b1f24' });
      bands.push({ top, bottom: document.y });
      document.moveDown(1);
    }
    document.end();
  });
}
