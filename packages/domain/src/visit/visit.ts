import { type CalendarDate } from '../shared/calendar-date';
import { type PartyId } from '../shared/ids';
import { type PersonRef } from '../shared/person';

/** Relative to the initiator: "to_partner" = the initiator's delegation travels to a partner's territory. */
export const VISIT_DIRECTIONS = ['to_partner', 'from_partner'] as const;
export type VisitDirection = (typeof VISIT_DIRECTIONS)[number];

/** Travel advisory levels (France Diplomatie colours: green, yellow, orange, red). */
export const TRAVEL_ADVISORY_LEVELS = [
  'normal_vigilance',
  'increased_vigilance',
  'advised_against_except_essential',
  'formally_advised_against',
] as const;
export type TravelAdvisoryLevel = (typeof TRAVEL_ADVISORY_LEVELS)[number];

export interface TravelAdvisory {
  readonly level: TravelAdvisoryLevel;
  readonly source: string;
  readonly checkedOn: CalendarDate;
}

/**
 * An elected official's explicit approval to send a delegation into an orange zone ("déconseillé sauf raison
 * impérative"), with the imperative reason. Approvals recorded before the reason was asked (red-zone visits
 * approved under the former rule, kept as history) have no reason.
 */
export interface TravelApproval {
  readonly approvedBy: PersonRef;
  readonly approvedAt: Date;
  readonly reason: string | null;
  readonly decisionRef: string | null;
}

/** What the officer can do instead of sending a delegation into a red zone (seed 000 §3: no travel there). */
export const RED_ZONE_ALTERNATIVES = ['third_place', 'remote_exchange'] as const;
export type RedZoneAlternative = (typeof RED_ZONE_ALTERNATIVES)[number];

/** A task the visit left someone with: the method's follow-ups keep the relation moving after the return. */
export interface VisitFollowUp {
  readonly id: string;
  readonly title: string;
  readonly owner: PersonRef;
  readonly dueOn: CalendarDate;
  readonly doneOn: CalendarDate | null;
}

export interface VisitReport {
  readonly writtenAt: Date;
  readonly summary: string;
  readonly outcomes: readonly string[];
  /** People met who were not in the delegation or among the hosts (names and capacity, free text). */
  readonly peopleMet: readonly string[];
  readonly followUps: readonly VisitFollowUp[];
}

export interface Visit {
  readonly id: string;
  readonly direction: VisitDirection;
  /** The partner party visited (to_partner) or visiting (from_partner). */
  readonly partnerPartyId: PartyId;
  readonly startsOn: CalendarDate;
  readonly endsOn: CalendarDate;
  readonly purpose: string;
  /** The programme, one item per line. */
  readonly agenda: readonly string[];
  /** Members of the travelling delegation. */
  readonly delegation: readonly PersonRef[];
  /** People of the host side who received the delegation. */
  readonly hosts: readonly PersonRef[];
  readonly travelAdvisory: TravelAdvisory | null;
  readonly travelApproval: TravelApproval | null;
  readonly report: VisitReport | null;
  readonly cancelled: boolean;
}

/** Red: "formellement déconseillé". No delegation goes there. */
export function isRedZone(advisory: TravelAdvisory | null): boolean {
  return advisory?.level === 'formally_advised_against';
}

/** Orange: "déconseillé sauf raison impérative". A delegation goes only with an elected official's approval. */
export function isOrangeZone(advisory: TravelAdvisory | null): boolean {
  return advisory?.level === 'advised_against_except_essential';
}

/** An orange-zone visit may be planned before an elected official approves it, but not take place without it. */
export function awaitsTravelApproval(
  visit: Pick<Visit, 'travelAdvisory' | 'travelApproval' | 'cancelled'>,
): boolean {
  return !visit.cancelled && isOrangeZone(visit.travelAdvisory) && visit.travelApproval === null;
}

export function visitingPartyId(
  visit: Pick<Visit, 'direction' | 'partnerPartyId'>,
  initiatorId: PartyId,
): PartyId {
  return visit.direction === 'to_partner' ? initiatorId : visit.partnerPartyId;
}

export function hostPartyId(
  visit: Pick<Visit, 'direction' | 'partnerPartyId'>,
  initiatorId: PartyId,
): PartyId {
  return visit.direction === 'to_partner' ? visit.partnerPartyId : initiatorId;
}

/** A visit counts from its last day on (the delegation is on its way back), unless it was cancelled. */
export function hasTakenPlace(visit: Visit, today: CalendarDate): boolean {
  return !visit.cancelled && visit.endsOn <= today;
}
