import { STEP_IDS, type StepId } from '@passerelle/domain';

/** URL slug of each step's page (French, like the product's default language). */
const STEP_SLUGS = {
  COMMITMENT: 'engagement',
  PARTNER_SEARCH: 'partenaires',
  PRESENTATION: 'presentation',
  INITIATION: 'initiation',
  CONVENTION: 'convention',
  ACTIONS: 'actions',
} as const satisfies Record<StepId, string>;

export interface LifecycleStep {
  id: StepId;
  slug: string;
  number: number;
}

/** The six steps of the method in the domain's order. */
export const LIFECYCLE_STEPS: readonly LifecycleStep[] = STEP_IDS.map((id, index) => ({
  id,
  slug: STEP_SLUGS[id],
  number: index + 1,
}));

export function findStepBySlug(slug: string | undefined): LifecycleStep | undefined {
  return LIFECYCLE_STEPS.find((step) => step.slug === slug);
}
