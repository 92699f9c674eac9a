import type { StepId } from '@passerelle/domain';

/** Anchors of the step 1 page's sections (French, like the addresses): the stepper links to them. */
export const COMMITMENT_SECTION_IDS = {
  motivations: 'motivations',
  stakes: 'enjeux',
  contributions: 'contributions',
  territoryActors: 'acteurs-du-territoire',
} as const;

export type CommitmentSection = keyof typeof COMMITMENT_SECTION_IDS;

export function partnershipPath(partnershipId: string): string {
  return `/partenariats/${encodeURIComponent(partnershipId)}`;
}

/** The partnership's step 1 page (« Construire l’engagement »), at one of its sections if given. */
export function commitmentPath(partnershipId: string, section?: CommitmentSection): string {
  const path = `${partnershipPath(partnershipId)}/engagement`;
  return section ? `${path}#${COMMITMENT_SECTION_IDS[section]}` : path;
}

/** Anchors of the step 2 page (« Rechercher des partenaires »): the stepper links to the pipeline. */
export const PARTNER_SEARCH_SECTION_IDS = {
  candidates: 'candidates',
  suggestions: 'partenaires-suggeres',
} as const;

export type PartnerSearchSection = keyof typeof PARTNER_SEARCH_SECTION_IDS;

/** The partnership's step 2 page (« Rechercher des partenaires »), at one of its sections if given. */
export function partnerSearchPath(partnershipId: string, section?: PartnerSearchSection): string {
  const path = `${partnershipPath(partnershipId)}/partenaires`;
  return section ? `${path}#${PARTNER_SEARCH_SECTION_IDS[section]}` : path;
}

/** Anchors of the step 3 page (« Savoir se présenter »): the stepper links to the text. */
export const PRESENTATION_SECTION_IDS = {
  text: 'texte',
  shareLinks: 'liens-de-partage',
} as const;

export type PresentationPageSection = keyof typeof PRESENTATION_SECTION_IDS;

/** The partnership's step 3 page (« Savoir se présenter »), at one of its sections if given. */
export function presentationPath(partnershipId: string, section?: PresentationPageSection): string {
  const path = `${partnershipPath(partnershipId)}/presentation`;
  return section ? `${path}#${PRESENTATION_SECTION_IDS[section]}` : path;
}

/** The print view of the authority's presentation, in `language` (`?langue=fr`). */
export function presentationPrintPath(partnershipId: string, language: 'fr' | 'en'): string {
  return `${partnershipPath(partnershipId)}/presentation/impression?${new URLSearchParams({ langue: language }).toString()}`;
}

/** Anchors of the step 4 page (« Initier la relation »): the stepper links to the visits. */
export const VISITS_SECTION_IDS = {
  visits: 'missions',
} as const;

export type VisitsPageSection = keyof typeof VISITS_SECTION_IDS;

/** The partnership's step 4 page (« Initier la relation »): delegation visits, at one of its sections if given. */
export function visitsPath(partnershipId: string, section?: VisitsPageSection): string {
  const path = `${partnershipPath(partnershipId)}/missions`;
  return section ? `${path}#${VISITS_SECTION_IDS[section]}` : path;
}

/** The portfolio dashboard (« Tableau de bord »): where signed-in users land. */
export const PORTFOLIO_PATH = '/tableau-de-bord';

export const MOTIVATION_REVIEWS_PATH = '/motivations-a-relire';

/** The directory of authorities and their partner requests, for every signed-in user. */
export const DIRECTORY_PATH = '/annuaire';

/** The administrator's page for the authority's own profile in the directory. */
export const DIRECTORY_PROFILE_PATH = '/organisation/annuaire';

/** The organisation's directory of territory actors (associations, schools…), reused by its partnerships. */
export const TERRITORY_ACTORS_PATH = '/organisation/acteurs';

/** The partnership's dialogue page (step 5, « Dialogue entre les partenaires »). */
export function dialoguePath(partnershipId: string): string {
  return `${partnershipPath(partnershipId)}/dialogue`;
}

/** Step 5, both parties' shared motivations side by side, the elected officials' reviews and the agreed priorities. */
export function motivationsSideBySidePath(partnershipId: string): string {
  return `${partnershipPath(partnershipId)}/motivations-croisees`;
}

/** Anchors of the convention page (step 5): the stepper links to them. */
export const CONVENTION_SECTION_IDS = {
  text: 'texte',
  approvals: 'approbations',
  signature: 'signature',
} as const;

export type ConventionPageSection = keyof typeof CONVENTION_SECTION_IDS;

/** Step 5, the convention: versions and their differences, approvals, signature, life until its end. */
export function conventionPath(partnershipId: string, section?: ConventionPageSection): string {
  const path = `${partnershipPath(partnershipId)}/convention`;
  return section ? `${path}#${CONVENTION_SECTION_IDS[section]}` : path;
}

/** Step 6, the partnership's joint actions (list and the form to create one). */
export function actionsPath(partnershipId: string): string {
  return `${partnershipPath(partnershipId)}/actions`;
}

/** Anchors of an action's page: the stepper links to them. */
export const ACTION_SECTION_IDS = {
  oda: 'apd',
  budget: 'budget',
  indicators: 'indicateurs',
  log: 'journal',
} as const;

export type ActionPageSection = keyof typeof ACTION_SECTION_IDS;

/** One joint action: budget and funders, indicators and measurements, evaluations, its log. */
export function actionPath(partnershipId: string, actionId: string, section?: ActionPageSection): string {
  const path = `${actionsPath(partnershipId)}/${encodeURIComponent(actionId)}`;
  return section ? `${path}#${ACTION_SECTION_IDS[section]}` : path;
}

/** The accessibility statement, public. */
export const ACCESSIBILITY_PATH = '/accessibilite';

/** The signed-in person's inbox: what waits for them across their authority's partnerships. */
export const INBOX_PATH = '/a-faire';

/** The signed-in user's in-app notifications (delivered reminders). */
export const NOTIFICATIONS_PATH = '/notifications';

/** The signed-in user's reminder settings: which reminders they receive, and their calendar feed address. */
export const REMINDER_SETTINGS_PATH = '/compte/rappels';

/** The annual declaration of the authority's official development assistance, and what it still needs. */
export const ODA_DECLARATION_PATH = '/organisation/declaration-apd';

/** The calls for projects the authority follows (its actions apply to them from their page). */
export const FUNDING_CALLS_PATH = '/organisation/appels-a-projets';
/** The authority's sheet for the national atlas of decentralised cooperation: contacts and project sheets. */
export const ATLAS_SHEET_PATH = '/organisation/fiche-atlas';

/** The handover dossier of every partnership, for a new team or a new officer. */
export const HANDOVER_DOSSIER_PATH = '/organisation/dossier-de-passation';

/** The administrator's view of the reminders sent to the authority's people, and of their delivery. */
export const ORGANISATION_REMINDERS_PATH = '/organisation/rappels';

/** The partnership's own page for a step (step 5's convention page links its two other pages). */
export function stepPathOf(partnershipId: string, step: StepId): string {
  switch (step) {
    case 'COMMITMENT':
      return commitmentPath(partnershipId);
    case 'PARTNER_SEARCH':
      return partnerSearchPath(partnershipId);
    case 'PRESENTATION':
      return presentationPath(partnershipId);
    case 'INITIATION':
      return visitsPath(partnershipId);
    case 'CONVENTION':
      return conventionPath(partnershipId);
    case 'ACTIONS':
      return actionsPath(partnershipId);
    default: {
      const _exhaustive: never = step;
      return _exhaustive;
    }
  }
}

/** The partnership pages of each step, by the address segment after `/partenariats/:id/`. */
const STEP_OF_PAGE: Readonly<Record<string, StepId>> = {
  engagement: 'COMMITMENT',
  partenaires: 'PARTNER_SEARCH',
  presentation: 'PRESENTATION',
  missions: 'INITIATION',
  'motivations-croisees': 'CONVENTION',
  convention: 'CONVENTION',
  dialogue: 'CONVENTION',
  actions: 'ACTIONS',
};

/**
 * The partnership an address shows and the step its page belongs to (`/partenariats/p-1/dialogue` → p-1,
 * step 5); none for an address outside a partnership, no step for its overview.
 */
export function partnershipPageOf(pathname: string): { partnershipId: string; step?: StepId } | undefined {
  const match = /^\/partenariats\/([^/]+)(?:\/([^/]+))?/.exec(pathname);
  if (!match?.[1]) return undefined;
  const step = match[2] ? STEP_OF_PAGE[match[2]] : undefined;
  return { partnershipId: decodeURIComponent(match[1]), ...(step ? { step } : {}) };
}

/** The authority's IATI activity file: what it carries, what is missing, the download. */
export const IATI_PATH = '/organisation/iati';

/** What the signed-in user recorded on this device and is waiting to be sent (docs/offline.md). */
export const OUTBOX_PATH = '/a-envoyer';
