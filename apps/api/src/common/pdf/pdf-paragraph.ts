import { pdfFontName, type PdfFontStyle } from './pdf-fonts';
import { hasRightToLeftText, paragraphWords, visualOrder, type PdfWord } from './pdf-bidi';

export interface PdfParagraphStyle {
  style: PdfFontStyle;
  size: number;
  color: string;
  lineGap?: number;
  characterSpacing?: number;
  /** A document's own direction; without it, each paragraph follows its first strong letter. */
  direction?: 'ltr' | 'rtl';
}

/**
 * Writes text in any script the embedded fonts cover, one paragraph per line of the text, at the document's
 * current position. Text without right-to-left letters goes through pdfkit's own layout, in Noto Sans; a
 * paragraph holding Arabic is laid out here, line by line, each word in its script's font, the words of a
 * line in bidirectional order, right-aligned when the paragraph reads right to left. pdfkit lays words out
 * from left to right only, and does not reorder them.
 */
export function writePdfText(document: PDFKit.PDFDocument, text: string, style: PdfParagraphStyle): void {
  document.fontSize(style.size).fillColor(style.color);
  if (!hasRightToLeftText(text) && style.direction !== 'rtl') {
    document.font(pdfFontName('latin', style.style)).text(text, {
      lineGap: style.lineGap ?? 0,
      characterSpacing: style.characterSpacing ?? 0,
    });
    return;
  }
  for (const paragraph of text.split(/\r?\n/)) writeBidiParagraph(document, paragraph, style);
}

function writeBidiParagraph(document: PDFKit.PDFDocument, paragraph: string, style: PdfParagraphStyle): void {
  const { rightToLeft, words } = paragraphWords(paragraph, style.direction ?? 'auto');
  const left = document.page.margins.left;
  const width = document.page.width - left - document.page.margins.right;
  const lineHeight = document.currentLineHeight(true) + (style.lineGap ?? 0);
  if (words.length === 0) {
    document.y += lineHeight;
    return;
  }
  for (const line of wrapWords(document, words, width, style)) {
    if (document.y + lineHeight > document.page.height - document.page.margins.bottom) document.addPage();
    const lineWidth = measureLine(document, line, style);
    let x = rightToLeft ? left + width - lineWidth : left;
    const y = document.y;
    for (const word of visualOrder(line)) {
      useFont(document, word, style);
      document.text(word.text, x, y, { lineBreak: false });
      x += document.widthOfString(word.text) + spaceWidth(document, style);
    }
    document.x = left;
    document.y = y + lineHeight;
  }
}

/** Lines of words, in logical order, each no wider than the text box (a longer word has a line of its own). */
function wrapWords(
  document: PDFKit.PDFDocument,
  words: readonly PdfWord[],
  width: number,
  style: PdfParagraphStyle,
): PdfWord[][] {
  const lines: PdfWord[][] = [];
  let line: PdfWord[] = [];
  for (const word of words) {
    if (line.length > 0 && measureLine(document, [...line, word], style) > width) {
      lines.push(line);
      line = [];
    }
    line.push(word);
  }
  if (line.length > 0) lines.push(line);
  return lines;
}

function measureLine(
  document: PDFKit.PDFDocument,
  line: readonly PdfWord[],
  style: PdfParagraphStyle,
): number {
  const words = line.reduce((total, word) => {
    useFont(document, word, style);
    return total + document.widthOfString(word.text);
  }, 0);
  return words + (line.length - 1) * spaceWidth(document, style);
}

function spaceWidth(document: PDFKit.PDFDocument, style: PdfParagraphStyle): number {
  return document.font(pdfFontName('latin', style.style)).widthOfString(' ');
}

function useFont(document: PDFKit.PDFDocument, word: PdfWord, style: PdfParagraphStyle): void {
  document.font(pdfFontName(word.script, style.style));
}
