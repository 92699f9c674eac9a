import type { PartnershipSnapshot, PartnershipSummaryFacts } from '@passerelle/domain';
import type { PortfolioRowView } from './dto/portfolio.dto';

/**
 * Each party's row of the portfolio for one partnership, from its summary facts: what GET /api/portfolio
 * shows the party's authority (its role and shares, the other parties as partners). Computed when the
 * summary is stored, so that a dashboard sends the stored text of each row without decoding anything.
 */
export function portfolioRowsOf(
  snapshot: PartnershipSnapshot,
  facts: PartnershipSummaryFacts,
): Record<string, PortfolioRowView> {
  const names = new Map(
    snapshot.organisations.map((organisation) => [
      organisation.id,
      { name: organisation.name, countryCode: organisation.country },
    ]),
  );
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
  };
}
