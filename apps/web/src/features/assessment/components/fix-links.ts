import {
  actionsPath,
  commitmentPath,
  conventionPath,
  dialoguePath,
  motivationsSideBySidePath,
  partnerSearchPath,
  presentationPath,
  visitsPath,
} from '../../../lib/partnership-paths';

export { stepPathOf } from '../../../lib/partnership-paths';

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
  | 'visits'
  | 'compatibility'
  | 'priorities'
  | 'convention'
  | 'actions'
  | 'budget'
  | 'indicators';

/**
 * The criteria's `fixTarget` (stable names from the domain catalogue) and where the form that fills each one
 * is. The step 6 criteria are about any action: they lead to the list, where each action opens.
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
  'convention.compatibility': { href: (id) => motivationsSideBySidePath(id), name: 'compatibility' },
  'convention.priorities': { href: (id) => motivationsSideBySidePath(id), name: 'priorities' },
  convention: { href: (id) => conventionPath(id, 'text'), name: 'convention' },
  actions: { href: (id) => actionsPath(id), name: 'actions' },
  'actions.budget': { href: (id) => actionsPath(id), name: 'budget' },
  'actions.indicators': { href: (id) => actionsPath(id), name: 'indicators' },
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
