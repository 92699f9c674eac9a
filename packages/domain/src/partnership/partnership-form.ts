/**
 * The form of external action the partnership takes (seed 003, "Définitions" and "Les dates clés"). Ids are
 * stable: `emergency_aid` is the seed's "aide humanitaire et d'urgence", `external_action` its actions "qui ne
 * reposent pas nécessairement sur des engagements conventionnels" (economic promotion, cultural outreach).
 */
export const PARTNERSHIP_FORMS = [
  'decentralised_cooperation',
  'twinning',
  'cross_border',
  'inter_regional',
  'network',
  'emergency_aid',
  'external_action',
] as const;
export type PartnershipForm = (typeof PARTNERSHIP_FORMS)[number];

/**
 * What frames the relation in law, which decides the criteria it is assessed by: a convention (1992 law;
 * cross-border and inter-regional cooperation are forms of decentralised cooperation), emergency humanitarian
 * aid given without a convention (2007 law), or an external action that needs none.
 */
export const LEGAL_BASES = ['convention', 'emergency_aid', 'without_convention'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const LEGAL_BASIS_OF_FORM = {
  decentralised_cooperation: 'convention',
  twinning: 'convention',
  cross_border: 'convention',
  inter_regional: 'convention',
  network: 'convention',
  emergency_aid: 'emergency_aid',
  external_action: 'without_convention',
} as const satisfies Record<PartnershipForm, LegalBasis>;

export function legalBasisOf(form: PartnershipForm): LegalBasis {
  return LEGAL_BASIS_OF_FORM[form];
}
