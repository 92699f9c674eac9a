import { readFileSync } from 'node:fs';

/**
 * The fonts every PDF embeds, from maintained font packages (Google Fonts' files, OFL): Noto Sans covers Latin
 * with the letters of African languages (Bambara ɛ ɔ ŋ) and Vietnamese, IBM Plex Sans Arabic the Arabic
 * script. The PDF's standard fonts cover Windows-1252 only. pdfkit embeds only the glyphs a document uses.
 *
 * IBM Plex Sans Arabic rather than Noto Sans Arabic: Noto draws a letter's dots as marks over a skeleton
 * that several letters share (ر and ز), and a PDF maps each glyph to one text, so copying, searching or
 * reading the PDF aloud gave other letters. Plex has one glyph per letter and form.
 */
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  italic: '@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf',
  arabicRegular: '@expo-google-fonts/ibm-plex-sans-arabic/400Regular/IBMPlexSansArabic_400Regular.ttf',
  arabicBold: '@expo-google-fonts/ibm-plex-sans-arabic/700Bold/IBMPlexSansArabic_700Bold.ttf',
} as const;

export type PdfFontStyle = 'regular' | 'bold' | 'italic';
export type PdfScript = 'latin' | 'arabic';

/** The registered name of the font printing a script in a style; Arabic has no italic, so it stays upright. */
export function pdfFontName(script: PdfScript, style: PdfFontStyle): string {
  if (script === 'arabic') return style === 'bold' ? 'passerelle-arabic-bold' : 'passerelle-arabic';
  return `passerelle-${style}`;
}

const REGISTERED: ReadonlyArray<[name: string, file: keyof typeof FONT_FILES]> = [
  [pdfFontName('latin', 'regular'), 'regular'],
  [pdfFontName('latin', 'bold'), 'bold'],
  [pdfFontName('latin', 'italic'), 'italic'],
  [pdfFontName('arabic', 'regular'), 'arabicRegular'],
  [pdfFontName('arabic', 'bold'), 'arabicBold'],
];

/** Read once per process: a few hundred kilobytes each, shared by every document. */
let fontBytes: Map<string, Buffer> | undefined;

function loadFonts(): Map<string, Buffer> {
  fontBytes ??= new Map(
    REGISTERED.map(([name, file]) => [name, readFileSync(require.resolve(FONT_FILES[file]))]),
  );
  return fontBytes;
}

/** Registers the embedded fonts on a document, under the names `pdfFontName` gives. */
export function registerPdfFonts(document: PDFKit.PDFDocument): void {
  for (const [name, bytes] of loadFonts()) document.registerFont(name, bytes);
}
