import { checkCommandAllowed, checkParty, fail, firstFailure, succeed } from '../partnership/command-support';
import { type PartnershipSnapshot } from '../partnership/partnership';
import { type EventBase } from '../partnership/partnership-events';
import { type PartyId } from '../shared/ids';
import { type CommandResult } from '../shared/result';
import {
  type Presentation,
  type PresentationSections,
  type PresentationTranslationLanguage,
} from './presentation';

export interface UpdatePresentationCommand {
  readonly type: 'UpdatePresentation';
  readonly partyId: PartyId;
  /** Main-language sections to replace; sections left out are kept. */
  readonly sections: PresentationSections;
  /** Translated sections to replace, per language; likewise merged. */
  readonly translations?: Readonly<Partial<Record<PresentationTranslationLanguage, PresentationSections>>>;
  readonly documentRef: string | null;
}

export type PresentationEvent = EventBase & {
  readonly type: 'PresentationUpdated';
  readonly partyId: PartyId;
};

/** Replaces a side's presentation (one per party): sections left out are kept as they were. */
export function updatePresentation(
  snapshot: PartnershipSnapshot,
  command: UpdatePresentationCommand,
  now: Date,
): CommandResult<PartnershipSnapshot, PresentationEvent> {
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'UpdatePresentation'),
    () => checkParty(snapshot, command.partyId),
  ]);
  if (error) return fail(error);
  const previous = snapshot.presentations.find((p) => p.partyId === command.partyId);
  const presentation: Presentation = {
    partyId: command.partyId,
    sections: { ...previous?.sections, ...command.sections },
    translations: mergeTranslations(previous?.translations ?? {}, command.translations ?? {}),
    documentRef: command.documentRef ?? previous?.documentRef ?? null,
    updatedAt: now,
  };
  // Replaced where it stands: the other parties' presentations keep their place (and are not rewritten).
  const presentations = previous
    ? snapshot.presentations.map((p) => (p === previous ? presentation : p))
    : [...snapshot.presentations, presentation];
  return succeed({ ...snapshot, presentations }, [
    {
      type: 'PresentationUpdated',
      at: now,
      partnershipId: snapshot.partnership.id,
      partyId: command.partyId,
    },
  ]);
}

function mergeTranslations(
  previous: Presentation['translations'],
  update: NonNullable<UpdatePresentationCommand['translations']>,
): Presentation['translations'] {
  const merged: Partial<Record<PresentationTranslationLanguage, PresentationSections>> = { ...previous };
  for (const language of Object.keys(update) as PresentationTranslationLanguage[]) {
    merged[language] = { ...previous[language], ...update[language] };
  }
  return merged;
}
