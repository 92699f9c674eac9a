import { type Action, isIndicatorCoValidated } from '../action/action';
import { motivationsOf } from '../commitment/commitment-rules';
import { type PartnershipSnapshot, initiatorId, partyIds } from '../partnership/partnership';
import { type CalendarDate } from '../shared/calendar-date';
import { type PartyId } from '../shared/ids';
import { countVisits, visitsTakenPlace } from '../visit/delegation-rules';
import { hostPartyId, visitingPartyId } from '../visit/visit';

/** Figures per party for the asymmetries seed 002 names: themes, location, travel, indicators, motivations. */
export interface PartyAsymmetry {
  readonly partyId: PartyId;
  /** Actions this party proposed (`Action.proposal`, a fact either side states), not those it typed in. */
  readonly actionsInitiated: number;
  /** Share of actions this party proposed, 0..1; null when there is no action. */
  readonly actionsInitiatedShare: number | null;
  /** Of those, how many the other side confirmed. */
  readonly actionsInitiatedConfirmed: number;
  readonly actionsLocated: number;
  /** Share of actions taking place (also) on this party's territory, 0..1; null when there is no action. */
  readonly actionsLocatedShare: number | null;
  readonly visitsMade: number;
  readonly visitsHosted: number;
  readonly indicatorsProposed: number;
  readonly motivationsStated: number;
  readonly motivationsShared: number;
}

/**
 * Initiative crossed with location (seed 002: "pas d'activités au Nord à l'initiative du Sud"): the actions one
 * party proposed that take place (also) on a given party's territory, for every pair of parties.
 */
export interface InitiativeByTerritory {
  readonly proposedBy: PartyId;
  readonly territoryOf: PartyId;
  readonly actions: number;
}

export interface Asymmetry {
  readonly parties: readonly PartyAsymmetry[];
  readonly initiativeByTerritory: readonly InitiativeByTerritory[];
  readonly actionsCount: number;
  readonly visitsToPartner: number;
  readonly visitsFromPartner: number;
  readonly indicatorsCount: number;
  readonly indicatorsCoValidated: number;
  readonly indicatorsCoValidatedShare: number | null;
}

export function share(part: number, total: number): number | null {
  return total === 0 ? null : part / total;
}

/** Cancelled actions do not count: they say nothing about who carries the cooperation. */
export function countedActions(snapshot: PartnershipSnapshot): readonly Action[] {
  return snapshot.actions.filter((action) => action.status !== 'cancelled');
}

export function computeAsymmetry(snapshot: PartnershipSnapshot, today: CalendarDate): Asymmetry {
  const actions = countedActions(snapshot);
  const visits = visitsTakenPlace(snapshot, today);
  const initiator = initiatorId(snapshot);
  const parties = partyIds(snapshot);
  const indicators = actions.flatMap((action) => action.indicators);
  const coValidated = indicators.filter((indicator) => isIndicatorCoValidated(indicator, parties)).length;
  return {
    parties: parties.map((partyId) => {
      const proposed = actions.filter((a) => a.proposal.proposedBy === partyId);
      const initiated = proposed.length;
      const located = actions.filter((a) => a.locatedIn.includes(partyId)).length;
      const motivations = motivationsOf(snapshot, partyId);
      return {
        partyId,
        actionsInitiated: initiated,
        actionsInitiatedShare: share(initiated, actions.length),
        actionsInitiatedConfirmed: proposed.filter((a) => a.proposal.confirmedBy !== null).length,
        actionsLocated: located,
        actionsLocatedShare: share(located, actions.length),
        visitsMade: visits.filter((v) => visitingPartyId(v, initiator) === partyId).length,
        visitsHosted: visits.filter((v) => hostPartyId(v, initiator) === partyId).length,
        indicatorsProposed: indicators.filter((i) => i.proposedBy === partyId).length,
        motivationsStated: motivations.length,
        motivationsShared: motivations.filter((m) => m.shared).length,
      };
    }),
    initiativeByTerritory: parties.flatMap((proposedBy) =>
      parties.map((territoryOf) => ({
        proposedBy,
        territoryOf,
        actions: actions.filter(
          (a) => a.proposal.proposedBy === proposedBy && a.locatedIn.includes(territoryOf),
        ).length,
      })),
    ),
    actionsCount: actions.length,
    visitsToPartner: countVisits(visits, 'to_partner'),
    visitsFromPartner: countVisits(visits, 'from_partner'),
    indicatorsCount: indicators.length,
    indicatorsCoValidated: coValidated,
    indicatorsCoValidatedShare: share(coValidated, indicators.length),
  };
}
