import { type CommunicationChannel } from '../organisation/organisation';
import { type PartyId } from '../shared/ids';
import { type PersonRef, type PersonRole } from '../shared/person';

/** Each audience has its own frequency and channel, agreed between partners (method, step 5). */
export const DIALOGUE_AUDIENCES = ['elected_officials', 'technicians', 'territory_actors'] as const;
export type DialogueAudience = (typeof DIALOGUE_AUDIENCES)[number];

export const CADENCE_UNITS = ['day', 'week', 'month'] as const;
export type CadenceUnit = (typeof CADENCE_UNITS)[number];

export interface Cadence {
  readonly every: number;
  readonly unit: CadenceUnit;
}

export interface AudiencePlan {
  readonly audience: DialogueAudience;
  readonly cadence: Cadence;
  readonly channels: readonly CommunicationChannel[];
  /** People expected on each side; every party must have at least one. */
  readonly participants: readonly PersonRef[];
}

export interface DialoguePlan {
  readonly audiences: readonly AudiencePlan[];
  /** Days an audience may be overdue before the relation is said to be falling asleep. */
  readonly toleranceDays: number;
  readonly proposedAt: Date;
  readonly approvedBy: readonly PartyId[];
}

/** An exchange that took place (a call, a meeting, a video conference...). */
export interface DialogueEvent {
  readonly id: string;
  readonly audience: DialogueAudience;
  readonly occurredAt: Date;
  readonly channel: CommunicationChannel;
  readonly participants: readonly PersonRef[];
  readonly summary: string;
  readonly decisions: readonly string[];
  readonly recordedBy: PartyId;
}

export const DEFAULT_DIALOGUE_TOLERANCE_DAYS = 14;

/** A delegation visit is also an exchange for the audiences its members belong to. */
export function audienceOfRole(role: PersonRole): DialogueAudience {
  switch (role) {
    case 'elected':
      return 'elected_officials';
    case 'technician':
      return 'technicians';
    case 'territory_actor':
      return 'territory_actors';
    default: {
      const _exhaustive: never = role;
      return _exhaustive;
    }
  }
}

export function isPlanApprovedByAll(plan: DialoguePlan | null, partyIds: readonly PartyId[]): boolean {
  return plan !== null && partyIds.every((partyId) => plan.approvedBy.includes(partyId));
}

export function coversAllAudiences(plan: DialoguePlan | null): boolean {
  return (
    plan !== null &&
    DIALOGUE_AUDIENCES.every((audience) => plan.audiences.some((a) => a.audience === audience))
  );
}
