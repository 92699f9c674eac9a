import { PRESENTATION_SECTIONS, type PresentationSection } from '@passerelle/domain';
import {
  PRESENTATION_LANGUAGES,
  type Presentation,
  type PresentationLanguage,
  type PresentationTexts,
} from '../api/get-presentation';

/** The text being edited, per language. */
export type TextsByLanguage = Record<PresentationLanguage, PresentationTexts>;

export function textsOf(presentation: Presentation): TextsByLanguage {
  return { fr: { ...presentation.fr }, en: { ...presentation.en } };
}

/** The languages the saved presentation has some text in: the only ones worth printing or sharing. */
export function languagesWithText(presentation: Presentation): PresentationLanguage[] {
  return PRESENTATION_LANGUAGES.filter((language) =>
    PRESENTATION_SECTIONS.some((section) => presentation[language][section].trim() !== ''),
  );
}

/** The sections the API says are still empty in the French text, in the method's order. */
export function missingSectionsOf(presentation: Presentation): PresentationSection[] {
  return PRESENTATION_SECTIONS.filter((section) => presentation.missing.includes(section));
}

/** Fills the empty sections of `texts` from `draft`; returns the new texts and the sections it filled. */
export function fillFromDraft(
  texts: PresentationTexts,
  draft: PresentationTexts,
): { texts: PresentationTexts; filled: PresentationSection[] } {
  const filled = PRESENTATION_SECTIONS.filter(
    (section) => texts[section].trim() === '' && draft[section].trim() !== '',
  );
  const next = { ...texts };
  for (const section of filled) next[section] = draft[section];
  return { texts: next, filled };
}

/** The sections as the API takes them: each one trimmed. */
export function trimmed(texts: PresentationTexts): PresentationTexts {
  return {
    motivations: texts.motivations.trim(),
    territory_and_actors: texts.territory_and_actors.trim(),
    stakes: texts.stakes.trim(),
    contributions: texts.contributions.trim(),
  };
}
