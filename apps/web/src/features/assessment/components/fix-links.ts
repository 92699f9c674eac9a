import type { StepId } from '@passerelle/domain';
import { commitmentPath, type CommitmentSection } from '../../../lib/partnership-paths';

/** How the stepper names the link that fills a criterion (`stepper.fix.<name>`). */
export type FixLinkName = 'motivations' | 'review' | 'share' | 'stakes' | 'contributions' | 'territoryActors';

/**
 * The criteria's `fixTarget` (stable names from the domain catalogue) that have a form in the app, and the
 * step 1 section holding it. Targets of later steps get a link once their screens exist.
 */
const FIX_TARGETS: Record<string, { section: CommitmentSection; name: FixLinkName }> = {
  'commitment.motivations': { section: 'motivations', name: 'motivations' },
  'commitment.motivations.review': { section: 'motivations', name: 'review' },
  'commitment.motivations.share': { section: 'motivations', name: 'share' },
  'commitment.stakes': { section: 'stakes', name: 'stakes' },
  'commitment.contributions': { section: 'contributions', name: 'contributions' },
  'commitment.territory-actors': { section: 'territoryActors', name: 'territoryActors' },
};

export interface FixLink {
  href: string;
  name: FixLinkName;
}

/** Where to fill a missing criterion, if the app has a form for it (`territory_actors` reads as `territory-actors`). */
export function fixLinkOf(partnershipId: string, fixTarget: string): FixLink | undefined {
  const target = FIX_TARGETS[fixTarget] ?? FIX_TARGETS[fixTarget.replaceAll('_', '-')];
  return target && { href: commitmentPath(partnershipId, target.section), name: target.name };
}

/** The partnership's own page for a step, for the steps that have one. */
export function stepPathOf(partnershipId: string, step: StepId): string | undefined {
  return step === 'COMMITMENT' ? commitmentPath(partnershipId) : undefined;
}
