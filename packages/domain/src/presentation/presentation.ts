import { type PartyId } from '../shared/ids';

/** What the method says a presentation must make explicit (step 3, "savoir se présenter"). */
export const PRESENTATION_SECTIONS = [
  'motivations',
  'territory_and_actors',
  'stakes',
  'contributions',
] as const;
export type PresentationSection = (typeof PRESENTATION_SECTIONS)[number];

export type PresentationSections = Readonly<Partial<Record<PresentationSection, string>>>;

/** Languages a presentation is written in besides its main one, to reach partners abroad. */
export const PRESENTATION_TRANSLATION_LANGUAGES = ['en'] as const;
export type PresentationTranslationLanguage = (typeof PRESENTATION_TRANSLATION_LANGUAGES)[number];

export interface Presentation {
  readonly partyId: PartyId;
  /** In the authority's main language; completeness is judged on it. */
  readonly sections: PresentationSections;
  readonly translations: Readonly<Partial<Record<PresentationTranslationLanguage, PresentationSections>>>;
  /** Reference of the attractive document itself (file id), when there is one. */
  readonly documentRef: string | null;
  readonly updatedAt: Date;
}

export interface PresentationCompleteness {
  readonly partyId: PartyId;
  readonly covered: readonly PresentationSection[];
  readonly missing: readonly PresentationSection[];
  /** Share of sections covered, 0..1. */
  readonly ratio: number;
}

export function isSectionCovered(
  presentation: Presentation | undefined,
  section: PresentationSection,
): boolean {
  return (presentation?.sections[section] ?? '').trim() !== '';
}

export function presentationCompleteness(
  partyId: PartyId,
  presentation: Presentation | undefined,
): PresentationCompleteness {
  const covered = PRESENTATION_SECTIONS.filter((section) => isSectionCovered(presentation, section));
  const missing = PRESENTATION_SECTIONS.filter((section) => !isSectionCovered(presentation, section));
  return { partyId, covered, missing, ratio: covered.length / PRESENTATION_SECTIONS.length };
}
