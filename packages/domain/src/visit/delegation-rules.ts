import { type Warning, makeWarning } from '../assessment/catalogue';
import { type PartnershipSnapshot, partyIds } from '../partnership/partnership';
import { type CalendarDate, addDays } from '../shared/calendar-date';
import { type PartyId } from '../shared/ids';
import { type PersonRef } from '../shared/person';
import { type Visit, type VisitDirection, awaitsTravelApproval, hasTakenPlace } from './visit';

/** "Visits must not involve too many people, to allow direct contact" (method, step 4). Configurable. */
export const DEFAULT_MAX_DELEGATION_SIZE = 6;
/** Advisories change: re-check the destination within this many days before departure. */
export const DEFAULT_TRAVEL_ADVISORY_MAX_AGE_DAYS = 30;
/** After this many days back home, a visit without a report is flagged (and a reminder goes out). */
export const DEFAULT_VISIT_REPORT_GRACE_DAYS = 7;

export interface DelegationOptions {
  readonly maxDelegationSize: number;
}

/**
 * Which visit a warning is about, in words a reader can place (its direction and dates), not only its id:
 * a partnership's warnings are listed together, and several visits may raise the same one.
 */
function aboutVisit(visit: Visit) {
  return { visitId: visit.id, direction: visit.direction, startsOn: visit.startsOn, endsOn: visit.endsOn };
}

/** Small yet diverse: not only the two executives, but elected officials, technicians and territory actors. */
export function delegationWarnings(visit: Visit, options: DelegationOptions): readonly Warning[] {
  const warnings: Warning[] = [];
  const size = visit.delegation.length;
  if (size > options.maxDelegationSize) {
    warnings.push(
      makeWarning('INITIATION.DELEGATION_TOO_LARGE', {
        ...aboutVisit(visit),
        size,
        max: options.maxDelegationSize,
      }),
    );
  }
  const roles = new Set(visit.delegation.map((member) => member.role));
  if (size > 0 && roles.size < 2) {
    warnings.push(
      makeWarning('INITIATION.DELEGATION_NOT_DIVERSE', { ...aboutVisit(visit), roles: [...roles] }),
    );
  }
  return warnings;
}

export function visitsTakenPlace(snapshot: PartnershipSnapshot, today: CalendarDate): readonly Visit[] {
  return snapshot.visits.filter((visit) => hasTakenPlace(visit, today));
}

export function countVisits(
  visits: readonly Visit[],
  direction: VisitDirection,
  partnerPartyId?: PartyId,
): number {
  return visits.filter(
    (v) => v.direction === direction && (partnerPartyId === undefined || v.partnerPartyId === partnerPartyId),
  ).length;
}

/** Reciprocity: each partner that received (or sent) a delegation should also have sent (or received) one. */
export function reciprocityWarnings(snapshot: PartnershipSnapshot, today: CalendarDate): readonly Warning[] {
  const done = visitsTakenPlace(snapshot, today);
  const partners = [...new Set(done.map((visit) => visit.partnerPartyId))];
  return partners
    .map((partnerPartyId) => ({
      partnerPartyId,
      toPartner: countVisits(done, 'to_partner', partnerPartyId),
      fromPartner: countVisits(done, 'from_partner', partnerPartyId),
    }))
    .filter((counts) => counts.toPartner === 0 || counts.fromPartner === 0)
    .map((counts) => makeWarning('INITIATION.VISITS_NOT_RECIPROCAL', counts));
}

/** Everyone who visibly carries the relation, per side: delegations, hosts, dialogue plan and exchanges. */
export function peopleBySide(snapshot: PartnershipSnapshot): ReadonlyMap<PartyId, ReadonlySet<string>> {
  const people: PersonRef[] = [
    ...snapshot.visits.filter((v) => !v.cancelled).flatMap((v) => [...v.delegation, ...v.hosts]),
    ...snapshot.dialogueEvents.flatMap((event) => event.participants),
    ...(snapshot.dialoguePlan?.audiences.flatMap((audience) => audience.participants) ?? []),
  ];
  const bySide = new Map<PartyId, Set<string>>(partyIds(snapshot).map((id) => [id, new Set<string>()]));
  for (const person of people) bySide.get(person.partyId)?.add(person.personId);
  return bySide;
}

/** "Prevent the relation being captured by one person" (accaparement personnel): warn when one person carries a side. */
export function carriedByOnePersonWarnings(snapshot: PartnershipSnapshot): readonly Warning[] {
  return [...peopleBySide(snapshot)]
    .filter(([, people]) => people.size === 1)
    .map(([partyId, people]) =>
      makeWarning('INITIATION.RELATION_CARRIED_BY_ONE_PERSON', { partyId, personId: [...people][0] ?? '' }),
    );
}

export function travelAdvisoryWarnings(
  snapshot: PartnershipSnapshot,
  today: CalendarDate,
  maxAgeDays: number,
): readonly Warning[] {
  return snapshot.visits
    .filter((v) => !v.cancelled && v.startsOn >= today)
    .filter((v) => v.travelAdvisory !== null && v.travelAdvisory.checkedOn < addDays(today, -maxAgeDays))
    .map((v) =>
      makeWarning('INITIATION.TRAVEL_ADVISORY_OUTDATED', {
        ...aboutVisit(v),
        checkedOn: v.travelAdvisory?.checkedOn ?? '',
      }),
    );
}

/** A visit planned to an orange zone still waits for its elected approval: it may not take place without. */
export function orangeZoneApprovalWarnings(
  snapshot: PartnershipSnapshot,
  today: CalendarDate,
): readonly Warning[] {
  return snapshot.visits
    .filter((visit) => visit.startsOn > today && awaitsTravelApproval(visit))
    .map((visit) => makeWarning('INITIATION.ORANGE_ZONE_APPROVAL_MISSING', aboutVisit(visit)));
}

export function missingReportWarnings(
  snapshot: PartnershipSnapshot,
  today: CalendarDate,
  graceDays: number,
): readonly Warning[] {
  return visitsTakenPlace(snapshot, today)
    .filter((visit) => visit.report === null && addDays(visit.endsOn, graceDays) < today)
    .map((visit) => makeWarning('INITIATION.VISIT_REPORT_MISSING', aboutVisit(visit)));
}
