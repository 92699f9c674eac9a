import bidiFactory from 'bidi-js';
import type { PdfScript } from './pdf-fonts';

/** Arabic letters, marks and presentation forms: the characters Noto Sans Arabic prints. */
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u0870-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

const bidi = bidiFactory();

/**
 * Invisible marks that only steer the bidirectional algorithm (LRM, RLM, ALM, embeddings, overrides,
 * isolates): `Intl` puts them around Arabic amounts ("‏42,000.000 د.ت.‏"). They count for the levels, then
 * are left out of what is drawn: no font has a glyph for them, so they would print as empty boxes.
 */
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/** One word of a paragraph: its text in logical order, the script that prints it, and its bidi level. */
export interface PdfWord {
  text: string;
  script: PdfScript;
  /** Odd: read right to left. */
  level: number;
}

export interface PdfParagraphWords {
  rightToLeft: boolean;
  words: PdfWord[];
}

export function hasRightToLeftText(text: string): boolean {
  return ARABIC.test(text);
}

/**
 * A paragraph cut into words with the Unicode bidirectional algorithm's levels (bidi-js): its base direction
 * follows its first strong letter, so an Arabic paragraph reads right to left, with Latin words and numbers
 * inside it left to right. A document written in Arabic sets the direction itself: its line that opens on a
 * French name ("• Ville d'Angers — …") still reads right to left.
 */
export function paragraphWords(
  paragraph: string,
  direction: 'ltr' | 'rtl' | 'auto' = 'auto',
): PdfParagraphWords {
  const embedding = bidi.getEmbeddingLevels(paragraph, direction === 'auto' ? 'auto' : direction);
  const words: PdfWord[] = [];
  for (const match of paragraph.matchAll(/\S+/g)) {
    const start = match.index;
    const drawn = Array.from(match[0], (char, index) => ({
      char,
      level: embedding.levels[start + index] ?? 0,
    })).filter(({ char }) => !BIDI_CONTROL.test(char));
    if (drawn.length === 0) continue;
    const text = drawn.map(({ char }) => char).join('');
    const levels = drawn.map(({ level }) => level);
    const script = ARABIC.test(text) ? 'arabic' : 'latin';
    words.push({
      text: script === 'arabic' ? mirroredWhereRightToLeft(text, levels) : text,
      script,
      // A word is read in the direction of its letters: Arabic punctuation next to it takes its level.
      level: Math.max(...levels),
    });
  }
  return { rightToLeft: (embedding.paragraphs[0]?.level ?? 0) % 2 === 1, words };
}

/**
 * An Arabic word as its font lays it out, right to left: a bracket or quote read right to left is drawn as its
 * mirror image (rule L4), or "(هذا" would open its bracket away from the word. Latin words are drawn left to
 * right as written, which already shows "(2026)" rightly inside Arabic text.
 */
function mirroredWhereRightToLeft(word: string, levels: readonly number[]): string {
  return Array.from(word, (char, index) =>
    (levels[index] ?? 0) % 2 === 1 ? (bidi.getMirroredCharacter(char) ?? char) : char,
  ).join('');
}

/**
 * The words of one line in the order they are drawn from left to right (rule L2 of the bidirectional
 * algorithm at the word level): from the highest level down to the lowest odd one, every run of words at
 * that level or above is reversed. Each word keeps its letters in logical order: the font's shaping lays out
 * an Arabic word right to left.
 */
export function visualOrder<T extends { level: number }>(line: readonly T[]): T[] {
  const ordered = [...line];
  const highest = Math.max(0, ...ordered.map((word) => word.level));
  const lowestOdd = Math.min(
    ...ordered.map((word) => word.level).filter((level) => level % 2 === 1),
    highest + 1,
  );
  for (let level = highest; level >= lowestOdd; level -= 1) {
    let index = 0;
    while (index < ordered.length) {
      if (ordered[index]!.level < level) {
        index += 1;
        continue;
      }
      let end = index;
      while (end < ordered.length && ordered[end]!.level >= level) end += 1;
      ordered.splice(index, end - index, ...ordered.slice(index, end).reverse());
      index = end;
    }
  }
  return ordered;
}
