import type { Schemas } from '../api/client';

export type UserRole = Schemas['UserDto']['role'];

/** Roles a user holds in their organisation, most powerful first (the API's `USER_ROLES`). */
export const USER_ROLES = [
  'admin',
  'officer',
  'elected',
  'contributor',
  'viewer',
] as const satisfies readonly UserRole[];

/**
 * What each role may do, mirroring the API's table. The server enforces it; the UI only hides what a role
 * cannot do.
 */
const CAPABILITIES = {
  'organisation.manage': ['admin'],
  'audit.read': ['admin'],
  'partnership.read': ['admin', 'officer', 'elected', 'viewer'],
  'partnership.run': ['admin', 'officer'],
  'partnership.internal.read': ['admin', 'officer', 'elected', 'viewer'],
  'partnership.internal.write': ['admin', 'officer', 'elected'],
  /** Step 1: state motivations, stakes, contributions, territory actors; share approved motivations. */
  'commitment.write': ['admin', 'officer', 'elected'],
  /** Answering a proposed rupture, for one's own side. */
  'rupture.respond': ['admin', 'officer', 'elected'],
  /** Recording the elected body's deliberation that ends a partnership (docs/domain.md). */
  'rupture.decide': ['officer', 'elected'],
  /** Warning signs of rupture: staff who run the partnership and elected officials, not viewers. */
  'rupture-signal.record': ['admin', 'officer', 'elected'],
  /** The queue of motivations waiting for an elected review. */
  'motivation.review': ['elected'],
  /** A side's political reviews: its elected officials, or whoever leads a side with an appointed executive. */
  'review.give': ['admin', 'officer', 'elected'],
  /** A council's approval of a convention version: recorded by elected officials, or staff. */
  'convention.approve': ['admin', 'officer', 'elected'],
} as const satisfies Record<string, readonly UserRole[]>;

export type Capability = keyof typeof CAPABILITIES;

export function roleCan(role: UserRole | undefined, capability: Capability): boolean {
  return role !== undefined && (CAPABILITIES[capability] as readonly UserRole[]).includes(role);
}

export function isUserRole(value: string): value is UserRole {
  return (USER_ROLES as readonly string[]).includes(value);
}
