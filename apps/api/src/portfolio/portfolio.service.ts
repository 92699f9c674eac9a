import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assessPartnership,
  STEP_IDS,
  type PartnershipAssessment,
  type PartnershipSnapshot,
  type StepId,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { PartnershipRepository } from '../lifecycle/partnership.repository';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartnershipAccess } from '../tenancy/partnership-access';
import type {
  PortfolioMapPartnerView,
  PortfolioQueryDto,
  PortfolioRowView,
  PortfolioView,
} from './dto/portfolio.dto';

/**
 * An authority's partnerships at a glance. Local authorities run a handful to a few hundred partnerships,
 * so every visible one is assessed by the domain on each request (three queries in all) and filtered in
 * memory; past this bound the list would need stored figures.
 */
export const PORTFOLIO_MAX_PARTNERSHIPS = 2000;

@Injectable()
export class PortfolioService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PartnershipAccess,
    private readonly repository: PartnershipRepository,
  ) {}

  async view(actor: Actor, query: PortfolioQueryDto, now = new Date()): Promise<PortfolioView> {
    const rows = await this.rows(actor, now);
    const filtered = sortRows(rows.filter(matches(query)), query.sort ?? 'title');
    const home = await this.dataSource.manager.findOneBy(OrganisationEntity, { id: actor.organisationId });
    return {
      rows: filtered,
      total: rows.length,
      byStatus: countBy(rows, (row) => row.status),
      byStep: countBy(rows, (row) => row.currentStep ?? 'DONE'),
      map: mapPartners(filtered),
      homeCountryCode: home?.countryCode ?? '',
    };
  }

  private async rows(actor: Actor, now: Date): Promise<PortfolioRowView[]> {
    const visible = await this.access
      .visiblePartnerships(actor)
      .select('partnership.id', 'id')
      .orderBy('partnership.created_at', 'DESC')
      .limit(PORTFOLIO_MAX_PARTNERSHIPS)
      .getRawMany<{ id: string }>();
    const loaded = await this.repository.loadMany(
      this.dataSource.manager,
      visible.map((row) => row.id),
    );
    return loaded.map(({ snapshot }) => toRow(snapshot, assessPartnership(snapshot, now), actor));
  }
}

function toRow(
  snapshot: PartnershipSnapshot,
  assessment: PartnershipAssessment,
  actor: Actor,
): PortfolioRowView {
  const own = actor.organisationId;
  const { health, asymmetry, dialogue, sleep } = assessment.figures;
  const ownFigures = asymmetry.parties.find((party) => party.partyId === own);
  const convention = snapshot.convention;
  const nextVisit = [...snapshot.visits]
    .filter((visit) => !visit.cancelled && visit.endsOn >= assessment.today)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0];
  return {
    id: snapshot.partnership.id,
    title: snapshot.partnership.name,
    status: snapshot.partnership.status,
    yourRole: snapshot.partnership.parties.find((party) => party.organisationId === own)?.role ?? 'partner',
    currentStep: assessment.currentStep,
    stepsDone: assessment.steps.filter((step) => step.status === 'done').length,
    health: {
      score: health.score,
      components: health.components.map((component) => ({ ...component })),
    },
    partners: snapshot.organisations
      .filter((organisation) => organisation.id !== own)
      .map((organisation) => ({
        id: organisation.id,
        name: organisation.name,
        countryCode: organisation.country,
      })),
    nextVisit: nextVisit
      ? {
          visitId: nextVisit.id,
          direction: nextVisit.direction,
          startsOn: nextVisit.startsOn,
          endsOn: nextVisit.endsOn,
        }
      : null,
    dialogueDue: (dialogue ?? []).map((due) => ({
      audience: due.audience,
      dueOn: due.dueOn,
      status: due.status,
      lastExchangeOn: due.lastExchangeOn,
    })),
    fallingAsleep: sleep?.fallingAsleep ?? false,
    conventionState: convention?.state ?? null,
    conventionExpiresOn: convention?.expiresOn ?? null,
    asymmetry: {
      visitsToPartner: asymmetry.visitsToPartner,
      visitsFromPartner: asymmetry.visitsFromPartner,
      actionsCount: asymmetry.actionsCount,
      ownInitiatedShare: ownFigures?.actionsInitiatedShare ?? null,
      ownLocatedShare: ownFigures?.actionsLocatedShare ?? null,
      indicatorsCoValidatedShare: asymmetry.indicatorsCoValidatedShare,
    },
    warningsCount: assessment.warnings.length,
  };
}

function matches(query: PortfolioQueryDto) {
  const words = (query.q ?? '').toLocaleLowerCase('fr').split(/\s+/).filter(Boolean);
  return (row: PortfolioRowView): boolean => {
    if (query.status && row.status !== query.status) return false;
    if (query.step && row.currentStep !== query.step) return false;
    if (query.country && !row.partners.some((partner) => partner.countryCode === query.country)) return false;
    if (query.fallingAsleep === 'true' && !row.fallingAsleep) return false;
    const haystack = [row.title, ...row.partners.map((partner) => partner.name)]
      .join(' ')
      .toLocaleLowerCase('fr');
    return words.every((word) => haystack.includes(word));
  };
}

const STEP_ORDER = new Map<string, number>(STEP_IDS.map((step: StepId, index) => [step, index]));

function sortRows(rows: PortfolioRowView[], sort: string): PortfolioRowView[] {
  const byTitle = (a: PortfolioRowView, b: PortfolioRowView) => a.title.localeCompare(b.title, 'fr');
  const compare: Record<string, (a: PortfolioRowView, b: PortfolioRowView) => number> = {
    title: byTitle,
    // Weakest first: the dashboard is where officers look for the partnerships that need them.
    health: (a, b) => a.health.score - b.health.score || byTitle(a, b),
    step: (a, b) => stepRank(a) - stepRank(b) || byTitle(a, b),
    next_due: (a, b) => nextDue(a).localeCompare(nextDue(b)) || byTitle(a, b),
  };
  return [...rows].sort(compare[sort] ?? byTitle);
}

function stepRank(row: PortfolioRowView): number {
  return row.currentStep === null ? STEP_IDS.length : (STEP_ORDER.get(row.currentStep) ?? 0);
}

function nextDue(row: PortfolioRowView): string {
  return row.dialogueDue.map((due) => due.dueOn).sort()[0] ?? '9999-12-31';
}

function countBy(rows: PortfolioRowView[], key: (row: PortfolioRowView) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[key(row)] = (counts[key(row)] ?? 0) + 1;
  return counts;
}

/** One entry per partner authority, with the best health among the partnerships shared with it. */
function mapPartners(rows: PortfolioRowView[]): PortfolioMapPartnerView[] {
  const byPartner = new Map<string, PortfolioMapPartnerView>();
  for (const row of rows) {
    for (const partner of row.partners) {
      const entry = byPartner.get(partner.id) ?? {
        countryCode: partner.countryCode,
        name: partner.name,
        partnershipCount: 0,
        healthScore: null,
      };
      entry.partnershipCount += 1;
      entry.healthScore = Math.max(entry.healthScore ?? 0, row.health.score);
      byPartner.set(partner.id, entry);
    }
  }
  return [...byPartner.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
