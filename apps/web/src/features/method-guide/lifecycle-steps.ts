import type { Messages } from '../../lib/i18n/fr';

/** The six steps of the method, in order, with the URL slug of each step's page. */
export const LIFECYCLE_STEPS = [
  { key: 'commitment', slug: 'engagement' },
  { key: 'partnerSearch', slug: 'partenaires' },
  { key: 'presentation', slug: 'presentation' },
  { key: 'initiation', slug: 'initiation' },
  { key: 'convention', slug: 'convention' },
  { key: 'actions', slug: 'actions' },
] as const satisfies ReadonlyArray<{ key: keyof Messages['steps']; slug: string }>;

export type LifecycleStep = (typeof LIFECYCLE_STEPS)[number];

export function findStepBySlug(
  slug: string | undefined,
): { step: LifecycleStep; number: number } | undefined {
  const index = LIFECYCLE_STEPS.findIndex((step) => step.slug === slug);
  const step = LIFECYCLE_STEPS[index];
  return step ? { step, number: index + 1 } : undefined;
}
