import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { STEP_IDS, type PartnershipSummaryFacts, type StepId } from '@passerelle/domain';
import { DataSource, In } from 'typeorm';
import type { Actor } from '../auth/actor';
import { CLOCK, type Clock } from '../common/clock/clock';
import { PartnershipSummaryEntity } from '../lifecycle/partnership-summary.entity';
import { currentStoredSummary, type StoredSummaryColumns } from '../lifecycle/partnership-summary.repository';
import { SummaryRebuilds, type StaleSummary } from '../lifecycle/summary-rebuilds';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartnershipAccess } from '../tenancy/partnership-access';
import type {
  PortfolioMapPartnerView,
  PortfolioQueryDto,
  PortfolioRowView,
  PortfolioView,
} from './dto/portfolio.dto';

/**
 * An authority's partnerships at a glance. Each row comes from the partnership's stored summary
 * (docs/adr/0010-stored-portfolio-summary.md) when it still matches the partnership's version, parties and
 * organisations and the day; the others are loaded, assessed by the domain and their summaries stored
 * again. Filtering and sorting happen in memory, up to this bound.
 */
export const PORTFOLIO_MAX_PARTNERSHIPS = 2000;

interface VisibleRow extends StoredSummaryColumns {
  id: string;
  title: string;
  status: string;
  version: number;
}

interface PartyRow {
  partnership_id: string;
  organisation_id: string;
  role: string;
  name: string;
  country_code: string;
  version: number;
}

interface PartnerName {
  name: string;
  countryCode: string;
}

@Injectable()
export class PortfolioService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PartnershipAccess,
    private readonly rebuilds: SummaryRebuilds,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async view(actor: Actor, query: PortfolioQueryDto, now = this.clock.now()): Promise<PortfolioView> {
    const rows = await this.rows(actor, now);
    const home = await this.dataSource.manager.findOneBy(OrganisationEntity, { id: actor.organisationId });
    return assemblePortfolioView(rows, query, home?.countryCode ?? '');
  }

  /**
   * The visible partnerships with their summaries (one query) and their parties' names (one query); the
   * partnerships whose summary is missing or out of date are assessed as of `now` and their summaries stored.
   */
  private async rows(actor: Actor, now: Date): Promise<PortfolioRowView[]> {
    const manager = this.dataSource.manager;
    const visible = await this.access
      .visiblePartnerships(actor)
      .leftJoin(PartnershipSummaryEntity, 'summary', 'summary.partnership_id = partnership.id')
      .select('partnership.id', 'id')
      .addSelect('partnership.title', 'title')
      .addSelect('partnership.status', 'status')
      .addSelect('partnership.version', 'version')
      .addSelect('summary.version', 'summary_version')
      .addSelect('summary.organisation_versions', 'summary_organisation_versions')
      .addSelect('summary.valid_until', 'summary_valid_until')
      .addSelect('summary.facts', 'summary_facts')
      .addSelect('summary.computed_at', 'summary_computed_at')
      .orderBy('partnership.created_at', 'DESC')
      .limit(PORTFOLIO_MAX_PARTNERSHIPS)
      .getRawMany<VisibleRow>();
    if (visible.length === 0) return [];
    const parties: PartyRow[] = await manager.query(
      `SELECT pp.partnership_id, pp.organisation_id, pp.role, o.name, o.country_code, o.version
         FROM partnership_party pp JOIN organisation o ON o.id = pp.organisation_id
        WHERE pp.partnership_id = ANY($1::uuid[])`,
      [visible.map((row) => row.id)],
    );
    const names = new Map<string, PartnerName>();
    const partiesOf = new Map<string, PartyRow[]>();
    for (const party of parties) {
      names.set(party.organisation_id, { name: party.name, countryCode: party.country_code });
      partiesOf.set(party.partnership_id, [...(partiesOf.get(party.partnership_id) ?? []), party]);
    }

    const facts = new Map<string, PartnershipSummaryFacts>();
    const stale: StaleSummary[] = [];
    for (const row of visible) {
      const current = currentSummaryFacts(row, partiesOf.get(row.id) ?? [], now);
      if (current) facts.set(row.id, current);
      else stale.push({ partnershipId: row.id, version: row.version });
    }
    for (const summary of await this.rebuilds.rebuild(stale, now)) {
      facts.set(summary.partnershipId, summary.facts);
    }
    // Facts assessed just now may name a party that joined after the parties were read.
    const missing = [...facts.values()]
      .flatMap((fact) => fact.parties.map((party) => party.organisationId))
      .filter((id) => !names.has(id));
    if (missing.length > 0) {
      const organisations = await manager.findBy(OrganisationEntity, { id: In([...new Set(missing)]) });
      for (const organisation of organisations)
        names.set(organisation.id, { name: organisation.name, countryCode: organisation.countryCode });
    }
    return visible.flatMap((row) => {
      const fact = facts.get(row.id);
      return fact ? [toRow(row.id, row.title, fact, actor, names)] : [];
    });
  }
}

function currentSummaryFacts(
  row: VisibleRow,
  parties: readonly PartyRow[],
  now: Date,
): PartnershipSummaryFacts | null {
  return currentStoredSummary(
    row,
    {
      version: row.version,
      status: row.status,
      parties: parties.map((party) => ({
        organisationId: party.organisation_id,
        role: party.role,
        organisationVersion: party.version,
      })),
    },
    now,
  );
}

/** The answer of GET /api/portfolio from the rows of every visible partnership. */
export function assemblePortfolioView(
  rows: PortfolioRowView[],
  query: PortfolioQueryDto,
  homeCountryCode: string,
): PortfolioView {
  const filtered = sortRows(rows.filter(matches(query)), query.sort ?? 'title');
  return {
    rows: filtered,
    total: rows.length,
    byStatus: countBy(rows, (row) => row.status),
    byStep: countBy(rows, (row) => row.currentStep ?? 'DONE'),
    map: mapPartners(filtered),
    homeCountryCode,
  };
}

/** A summary as seen by the actor's authority: its role and shares, the other parties as partners. */
function toRow(
  id: string,
  title: string,
  facts: PartnershipSummaryFacts,
  actor: Actor,
  names: ReadonlyMap<string, PartnerName>,
): PortfolioRowView {
  const own = actor.organisationId;
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
