import {
  governanceOf,
  isMotivationApproved,
  PRESENTATION_SECTIONS,
  type Organisation,
  type PartnershipSnapshot,
  type PresentationSection,
} from '@passerelle/domain';
import type { PresentationLanguage } from './dto/presentation.dto';

export type SectionTexts = Record<PresentationSection, string>;

/** Headings of the presentation, in each language it is written in. */
export const SECTION_HEADINGS: Record<PresentationLanguage, SectionTexts> = {
  fr: {
    motivations: 'Nos motivations',
    territory_and_actors: 'Notre territoire et ses acteurs',
    stakes: 'Nos enjeux, et ceux où la coopération peut aider',
    contributions: 'Ce que nous pouvons apporter',
  },
  en: {
    motivations: 'Why we want to cooperate',
    territory_and_actors: 'Our territory and its actors',
    stakes: 'Our stakes, and where cooperation can help',
    contributions: 'What we can bring',
  },
};

const LABELS = {
  fr: { inhabitants: 'habitants', lever: 'la coopération peut être un levier', actors: 'Acteurs associés' },
  en: { inhabitants: 'inhabitants', lever: 'cooperation can be a lever', actors: 'Associated actors' },
} as const;

/** Whether the presentation has any text in a language: a PDF or a link in it would print a blank page. */
export function hasAnyText(sections: SectionTexts): boolean {
  return Object.values(sections).some((text) => text.trim() !== '');
}

export function emptySections(): SectionTexts {
  return Object.fromEntries(PRESENTATION_SECTIONS.map((section) => [section, ''])) as SectionTexts;
}

/**
 * A first draft written from the party's step-1 file: what the method says a presentation states. Only
 * approved motivations go in, since the presentation is meant to be sent out.
 */
export function draftFromCommitment(
  snapshot: PartnershipSnapshot,
  partyId: string,
  language: PresentationLanguage,
): SectionTexts {
  const labels = LABELS[language];
  const organisation = snapshot.organisations.find((candidate) => candidate.id === partyId);
  const own = <T extends { partyId: string }>(records: readonly T[]) =>
    records.filter((record) => record.partyId === partyId);
  const bullets = (lines: string[]) => lines.map((line) => `• ${line}`).join('\n');
  const actors = own(snapshot.territoryActors).map((actor) => actor.name);
  return {
    motivations: bullets(
      own(snapshot.motivations)
        .filter((motivation) => isMotivationApproved(motivation, governanceOf(snapshot, partyId)))
        .map((motivation) => motivation.text),
    ),
    territory_and_actors: [
      describeTerritory(organisation, language),
      actors.length ? `${labels.actors} : ${actors.join(', ')}.` : '',
    ]
      .filter(Boolean)
      .join('\n'),
    stakes: bullets(
      own(snapshot.stakes).map((stake) =>
        stake.cooperationCanBeLever ? `${stake.title} (${labels.lever})` : stake.title,
      ),
    ),
    contributions: bullets(own(snapshot.contributions).map((contribution) => contribution.title)),
  };
}

/** The population in the text's language (« 157 175 habitants », "157,175 inhabitants"). */
function describeTerritory(organisation: Organisation | undefined, language: PresentationLanguage): string {
  if (!organisation) return '';
  const count = organisation.population.toLocaleString(language === 'fr' ? 'fr-FR' : 'en-GB');
  const population = organisation.population > 0 ? `, ${count} ${LABELS[language].inhabitants}` : '';
  return `${organisation.name} (${organisation.country}${population}).`;
}
