import type { PartnershipSnapshot, PartnershipSummaryFacts } from '@passerelle/domain';
import type { PortfolioRowView } from './dto/portfolio-row.dto';

/**
 * What the dashboard filters, sorts and counts a partnership by, for any reader, and the status and parties
 * its summary was computed with. Stored beside the rows, small, so that a dashboard reads it without
 * decoding any row.
 */
export interface PortfolioFacets {
  title: string;
  status: string;
  /** In the order of the facts' parties. */
  parties: Array<{ organisationId: string; role: string; name: string; countryCode: string }>;
  currentStep: string | null;
  healthScore: number;
  fallingAsleep: boolean;
  /** The earliest date an exchange is due, if any. */
  nextDueOn: string | null;
}

/** The facets of a partnership's summary facts (names and countries from the snapshot's organisations). */
export function portfolioFacetsOf(
  snapshot: PartnershipSnapshot,
  facts: PartnershipSummaryFacts,
): PortfolioFacets {
  const names = namesOf(snapshot);
  return {
    title: snapshot.partnership.name,
    status: facts.status,
    parties: facts.parties.map((party) => ({
      organisationId: party.organisationId,
      role: party.role,
      name: names.get(party.organisationId)?.name ?? '',
      countryCode: names.get(party.organisationId)?.countryCode ?? '',
    })),
    currentStep: facts.currentStep,
    healthScore: facts.health.score,
    fallingAsleep: facts.fallingAsleep,
    nextDueOn: earliestDueOn(facts.dialogueDue),
  };
}

/** The earliest date an exchange is due, of a row's or the facts' dialogue (what `next_due` sorts by). */
export function earliestDueOn(dialogueDue: readonly { dueOn: string }[]): string | null {
  return dialogueDue.map((due) => due.dueOn).sort()[0] ?? null;
}

/**
 * Each party's row of the portfolio for one partnership, from its summary facts: what GET /api/portfolio
 * shows the party's authority (its role and shares, the other parties as partners). Computed when the
 * summary is stored, so that a dashboard sends the stored text of each row without decoding anything.
 */
export function portfolioRowsOf(
  snapshot: PartnershipSnapshot,
  facts: PartnershipSummaryFacts,
): Record<string, PortfolioRowView> {
  const names = namesOf(snapshot);
  return Object.fromEntries(
    facts.parties.map((party) => [
      party.organisationId,
      portfolioRowFor(snapshot.partnership.id, snapshot.partnership.name, facts, party.organisationId, names),
    ]),
  );
}

/** The summary as seen by the `own` organisation. */
function portfolioRowFor(
  id: string,
  title: string,
  facts: PartnershipSummaryFacts,
  own: string,
  names: ReadonlyMap<string, { name: string; countryCode: string }>,
): PortfolioRowView {
  const ownShares = facts.partyShares.find((party) => party.partyId === own);
  return {
    id,
    title,
    status: facts.status,
    yourRole: facts.parties.find((party) => party.organisationId === own)?.role ?? 'partner',
    currentStep: facts.currentStep,
    stepsDone: facts.stepsDone,
    health: {
      score: facts.health.score,
      components: facts.health.components.map((component) => ({
        id: component.id,
        weight: component.weight,
        value: component.value,
        points: component.points,
        explanationKey: component.explanationKey,
      })),
    },
    partners: facts.parties
      .filter((party) => party.organisationId !== own)
      .map((party) => ({
        id: party.organisationId,
        name: names.get(party.organisationId)?.name ?? '',
        countryCode: names.get(party.organisationId)?.countryCode ?? '',
      })),
    nextVisit: facts.nextVisit
      ? {
          visitId: facts.nextVisit.visitId,
          direction: facts.nextVisit.direction,
          startsOn: facts.nextVisit.startsOn,
          endsOn: facts.nextVisit.endsOn,
        }
      : null,
    dialogueDue: facts.dialogueDue.map((due) => ({
      audience: due.audience,
      dueOn: due.dueOn,
      status: due.status,
      lastExchangeOn: due.lastExchangeOn,
    })),
    fallingAsleep: facts.fallingAsleep,
    conventionState: facts.conventionState,
    conventionExpiresOn: facts.conventionExpiresOn,
    asymmetry: {
      visitsToPartner: facts.asymmetry.visitsToPartner,
      visitsFromPartner: facts.asymmetry.visitsFromPartner,
      actionsCount: facts.asymmetry.actionsCount,
      ownInitiatedShare: ownShares?.actionsInitiatedShare ?? null,
      ownLocatedShare: ownShares?.actionsLocatedShare ?? null,
      indicatorsCoValidatedShare: facts.asymmetry.indicatorsCoValidatedShare,
    },
    warningsCount: facts.warningsCount,
    ruptureSignals: facts.ruptureSignals.map((signal) => ({
      kind: signal.kind,
      occursOn: signal.occursOn,
      partyId: signal.partyId,
    })),
  };
}

function namesOf(snapshot: PartnershipSnapshot): Map<string, { name: string; countryCode: string }> {
  return new Map(
    snapshot.organisations.map((organisation) => [
      organisation.id,
      { name: organisation.name, countryCode: organisation.country },
    ]),
  );
}
