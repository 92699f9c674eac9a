import type { StepId } from '@passerelle/domain';
import {
  commitmentPath,
  dialoguePath,
  partnerSearchPath,
  presentationPath,
  visitsPath,
} from '../../../lib/partnership-paths';

/** How the stepper names the link that fills a criterion (`stepper.fix.<name>`). */
export type FixLinkName =
  | 'dialogue'
  | 'motivations'
  | 'review'
  | 'share'
  | 'stakes'
  | 'contributions'
  | 'territoryActors'
  | 'candidates'
  | 'presentation'
  | 'visits';

/**
 * The criteria's `fixTarget` (stable names from the domain catalogue) that have a form in the app, and where
 * that form is. Targets of later steps get a link once their screens exist.
 */
const FIX_TARGETS: Record<string, { href: (partnershipId: string) => string; name: FixLinkName }> = {
  'commitment.motivations': { href: (id) => commitmentPath(id, 'motivations'), name: 'motivations' },
  'commitment.motivations.review': { href: (id) => commitmentPath(id, 'motivations'), name: 'review' },
  'commitment.motivations.share': { href: (id) => commitmentPath(id, 'motivations'), name: 'share' },
  'commitment.stakes': { href: (id) => commitmentPath(id, 'stakes'), name: 'stakes' },
  'commitment.contributions': { href: (id) => commitmentPath(id, 'contributions'), name: 'contributions' },
  'commitment.territory-actors': {
    href: (id) => commitmentPath(id, 'territoryActors'),
    name: 'territoryActors',
  },
  'dialogue.plan': { href: (id) => dialoguePath(id), name: 'dialogue' },
  'partner-search.candidates': { href: (id) => partnerSearchPath(id, 'candidates'), name: 'candidates' },
  presentation: { href: (id) => presentationPath(id, 'text'), name: 'presentation' },
  visits: { href: (id) => visitsPath(id, 'visits'), name: 'visits' },
};

export interface FixLink {
  href: string;
  name: FixLinkName;
}

/** Where to fill a missing criterion, if the app has a form for it (`territory_actors` reads as `territory-actors`). */
export function fixLinkOf(partnershipId: string, fixTarget: string): FixLink | undefined {
  const target = FIX_TARGETS[fixTarget] ?? FIX_TARGETS[fixTarget.replaceAll('_', '-')];
  return target && { href: target.href(partnershipId), name: target.name };
}

/** The partnership's own page for a step, for the steps that have one. */
export function stepPathOf(partnershipId: string, step: StepId): string | undefined {
  switch (step) {
    case 'COMMITMENT':
      return commitmentPath(partnershipId);
    case 'PARTNER_SEARCH':
      return partnerSearchPath(partnershipId);
    case 'PRESENTATION':
      return presentationPath(partnershipId);
    case 'INITIATION':
      return visitsPath(partnershipId);
    default:
      return undefined;
  }
}
