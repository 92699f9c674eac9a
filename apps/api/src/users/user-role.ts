/** Roles a user holds in their organisation (one each). */
export const USER_ROLES = ['admin', 'officer', 'elected', 'contributor', 'viewer'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/**
 * What each role may do, in one table. Features ask for a capability, never for a role, so that a new role
 * or a change of rights is one line here.
 */
export const CAPABILITIES = {
  /** Users, invitations, organisation profile. */
  'organisation.manage': ['admin'],
  'audit.read': ['admin'],
  /** Read every partnership the organisation is party to. Contributors only see those they are assigned to. */
  'partnership.read': ['admin', 'officer', 'elected', 'viewer'],
  'partnership.run': ['admin', 'officer'],
  'partnership.internal.read': ['admin', 'officer', 'elected', 'viewer'],
  'partnership.internal.write': ['admin', 'officer', 'elected'],
  /** Step 1: state motivations, stakes, contributions, territory actors; share motivations. */
  'commitment.write': ['admin', 'officer', 'elected'],
  /** A party answers a proposed rupture (seed 000 §3: no rupture without negotiation). */
  'rupture.respond': ['admin', 'officer', 'elected'],
  /**
   * Recording the elected body's deliberation that ends a partnership: an elected official, or the officer
   * who states the deliberation (docs/domain.md, "Ending a partnership").
   */
  'rupture.decide': ['officer', 'elected'],
  /**
   * Warning signs of rupture (elections, budget cuts…): the officers who run the partnership, and the
   * elected officials who often know first; not read-only viewers.
   */
  'rupture-signal.record': ['admin', 'officer', 'elected'],
  /** The queue of motivations waiting for an elected review. */
  'motivation.review': ['elected'],
  /**
   * Giving a side's political review (motivations, compatibility, a priority, an orange-zone visit): its
   * elected officials, or for a side led by an appointed executive, whoever leads it. The domain decides by
   * the reviewing side's governance (docs/adr, "appointed executives"); staff of an elected side are refused.
   */
  'review.give': ['admin', 'officer', 'elected'],
  /** A council's approval of a convention version: recorded by the elected officials who decide it, or staff. */
  'convention.approve': ['admin', 'officer', 'elected'],
} as const satisfies Record<string, readonly UserRole[]>;

export type Capability = keyof typeof CAPABILITIES;

export function roleCan(role: UserRole, capability: Capability): boolean {
  return (CAPABILITIES[capability] as readonly UserRole[]).includes(role);
}
