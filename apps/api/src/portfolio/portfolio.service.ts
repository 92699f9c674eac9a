import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { STEP_IDS, type StepId } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { documentLanguageOf, type Actor } from '../auth/actor';
import { CLOCK, type Clock } from '../common/clock/clock';
import {
  isStoredSummaryCurrent,
  type CurrentPartnershipState,
  type StoredSummaryColumns,
} from '../lifecycle/partnership-summary.repository';
import { SummaryRebuilds, type StaleSummary } from '../lifecycle/summary-rebuilds';
import { PORTFOLIO_HOME_SQL, PORTFOLIO_SQL } from '../lifecycle/summary-statements';
import { spreadsheetFile, type SpreadsheetFile } from '../common/spreadsheet/spreadsheet-file';
import { type SpreadsheetFormat } from '../common/spreadsheet/spreadsheet-table';
import { PartnershipAccess } from '../tenancy/partnership-access';
import { earliestDueOn, type PortfolioFacets } from '../lifecycle/portfolio-row';
import type {
  PortfolioExportQueryDto,
  PortfolioMapPartnerView,
  PortfolioQueryDto,
  PortfolioView,
} from './dto/portfolio.dto';
import { portfolioFileName, portfolioSpreadsheet } from './portfolio-spreadsheet';
import type { PortfolioPartnerView, PortfolioRowView } from '../lifecycle/dto/portfolio-row.dto';

/** A row of `PORTFOLIO_SQL`. */
interface VisibleRow extends StoredSummaryColumns {
  id: string;
  status: string;
  revision: number;
  parties: CurrentPartnershipState['parties'];
  summary_facets: PortfolioFacets | null;
  row_json: Buffer | null;
}

/** What the dashboard filters, sorts and counts one row by, and the row itself as the JSON text it sends. */
interface PortfolioEntry {
  id: string;
  title: string;
  status: string;
  currentStep: string | null;
  healthScore: number;
  fallingAsleep: boolean;
  /** The earliest date an exchange is due, if any. */
  nextDueOn: string | null;
  partners: readonly PortfolioPartnerView[];
  /** The row's JSON, UTF-8 encoded: joined into the answer as bytes, never decoded. */
  rowJson: Buffer;
}

/** The dashboard's answer before it is written out: the entries kept, in order, and the figures. */
interface AssembledPortfolio {
  entries: PortfolioEntry[];
  total: number;
  byStatus: Record<string, number>;
  byStep: Record<string, number>;
  map: PortfolioMapPartnerView[];
  homeCountryCode: string;
}

/**
 * An authority's partnerships at a glance. Each row is the reader's row stored with the partnership's
 * summary (docs/adr/0010-stored-portfolio-summary.md), sent as the stored text, when that summary still
 * matches the partnership's revision, parties and organisations and the day; the others are loaded,
 * assessed by the domain and their summaries stored again. Filtering and sorting happen in memory, on
 * columns read beside each row, up to `PORTFOLIO_MAX_PARTNERSHIPS`.
 */
@Injectable()
export class PortfolioService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PartnershipAccess,
    private readonly rebuilds: SummaryRebuilds,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The answer of GET /api/portfolio as the UTF-8 JSON it sends: each row's stored text, as bytes. */
  async viewJson(actor: Actor, query: PortfolioQueryDto, now = this.clock.now()): Promise<Buffer> {
    return portfolioJson(await this.assembled(actor, query, now));
  }

  /** The same answer as objects (the exports read its rows). */
  async view(actor: Actor, query: PortfolioQueryDto, now = this.clock.now()): Promise<PortfolioView> {
    return portfolioViewOf(await this.assembled(actor, query, now));
  }

  /** The table with the same filters as a spreadsheet, in the requested language or else the account's. */
  async export(
    actor: Actor,
    query: PortfolioExportQueryDto,
    format: SpreadsheetFormat,
  ): Promise<SpreadsheetFile> {
    const { language: requested, ...filters } = query;
    const language = documentLanguageOf(actor, requested);
    const { rows } = await this.view(actor, filters);
    return spreadsheetFile(
      portfolioSpreadsheet(rows, language),
      format,
      language,
      portfolioFileName(language),
    );
  }

  private async assembled(actor: Actor, query: PortfolioQueryDto, now: Date): Promise<AssembledPortfolio> {
    const [entries, home] = await Promise.all([
      this.entries(actor, now),
      this.dataSource.query<Array<{ country_code: string }>>(PORTFOLIO_HOME_SQL, [actor.organisationId]),
    ]);
    return assemblePortfolio(entries, query, home[0]?.country_code ?? '');
  }

  /**
   * The visible partnerships' entries, newest first (one statement); the partnerships whose summary is
   * missing or out of date are assessed as of `now` and their summaries stored.
   */
  private async entries(actor: Actor, now: Date): Promise<PortfolioEntry[]> {
    // Contributors will see the partnerships they are assigned to; until assignments exist, none.
    if (!this.access.canReadPartnerships(actor)) return [];
    const own = actor.organisationId;
    const visible: VisibleRow[] = await this.dataSource.query(PORTFOLIO_SQL, [own]);
    const entries = new Map<string, PortfolioEntry>();
    const stale: StaleSummary[] = [];
    for (const row of visible) {
      const entry = storedEntry(row, own, now);
      if (entry) entries.set(row.id, entry);
      else stale.push({ partnershipId: row.id, revision: row.revision });
    }
    for (const summary of await this.rebuilds.rebuild(stale, now)) {
      // A party that left since the statement has no row in the new summary, and no longer sees it.
      const row = summary.portfolioRows[own];
      if (row)
        entries.set(
          summary.partnershipId,
          entryOf(summary.partnershipId, summary.portfolioFacets, own, Buffer.from(JSON.stringify(row))),
        );
    }
    return visible.flatMap((row) => entries.get(row.id) ?? []);
  }
}

/** The reader's stored row and the summary's facets, if the summary is current. */
function storedEntry(row: VisibleRow, own: string, now: Date): PortfolioEntry | null {
  if (row.row_json === null || row.summary_facets === null || !isStoredSummaryCurrent(row, row, now))
    return null;
  return entryOf(row.id, row.summary_facets, own, row.row_json);
}

function entryOf(id: string, facets: PortfolioFacets, own: string, rowJson: Buffer): PortfolioEntry {
  return {
    id,
    title: facets.title,
    status: facets.status,
    currentStep: facets.currentStep,
    healthScore: facets.healthScore,
    fallingAsleep: facets.fallingAsleep,
    nextDueOn: facets.nextDueOn,
    partners: facets.parties
      .filter((party) => party.organisationId !== own)
      .map((party) => ({ id: party.organisationId, name: party.name, countryCode: party.countryCode })),
    rowJson,
  };
}

/** The entry of a row built from a document (the reference the stored rows must reproduce). */
function portfolioEntryOf(row: PortfolioRowView): PortfolioEntry {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    currentStep: row.currentStep,
    healthScore: row.health.score,
    fallingAsleep: row.fallingAsleep,
    nextDueOn: earliestDueOn(row.dialogueDue),
    partners: row.partners,
    rowJson: Buffer.from(JSON.stringify(row)),
  };
}

/** The answer of GET /api/portfolio from the rows of every visible partnership. */
export function assemblePortfolioView(
  rows: PortfolioRowView[],
  query: PortfolioQueryDto,
  homeCountryCode: string,
): PortfolioView {
  return portfolioViewOf(assemblePortfolio(rows.map(portfolioEntryOf), query, homeCountryCode));
}

function assemblePortfolio(
  entries: PortfolioEntry[],
  query: PortfolioQueryDto,
  homeCountryCode: string,
): AssembledPortfolio {
  const kept = sortEntries(entries.filter(matches(query)), query.sort ?? 'title');
  return {
    entries: kept,
    total: entries.length,
    byStatus: countBy(entries, (entry) => entry.status),
    byStep: countBy(entries, (entry) => entry.currentStep ?? 'DONE'),
    map: mapPartners(kept),
    homeCountryCode,
  };
}

/** The answer: the rows as stored, then the figures (the keys in `PortfolioView`'s order). */
function portfolioJson({ entries, ...figures }: AssembledPortfolio): Buffer {
  // Bytes, not a string: joining and encoding some hundred kB of non-ASCII text costs a millisecond or two
  // per answer, copying bytes a tenth of that.
  const parts: Buffer[] = [Buffer.from('{"rows":[')];
  entries.forEach((entry, index) => parts.push(...(index === 0 ? [] : [COMMA]), entry.rowJson));
  parts.push(Buffer.from(`],${JSON.stringify(figures).slice(1)}`));
  return Buffer.concat(parts);
}

const COMMA = Buffer.from(',');

function portfolioViewOf({ entries, ...figures }: AssembledPortfolio): PortfolioView {
  return {
    rows: entries.map((entry) => JSON.parse(entry.rowJson.toString('utf8')) as PortfolioRowView),
    ...figures,
  };
}

function matches(query: PortfolioQueryDto) {
  const words = (query.q ?? '').toLocaleLowerCase('fr').split(/\s+/).filter(Boolean);
  return (row: PortfolioEntry): boolean => {
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

function sortEntries(rows: PortfolioEntry[], sort: string): PortfolioEntry[] {
  const byTitle = (a: PortfolioEntry, b: PortfolioEntry) => a.title.localeCompare(b.title, 'fr');
  const compare: Record<string, (a: PortfolioEntry, b: PortfolioEntry) => number> = {
    title: byTitle,
    // Weakest first: the dashboard is where officers look for the partnerships that need them.
    health: (a, b) => a.healthScore - b.healthScore || byTitle(a, b),
    step: (a, b) => stepRank(a) - stepRank(b) || byTitle(a, b),
    next_due: (a, b) => nextDue(a).localeCompare(nextDue(b)) || byTitle(a, b),
  };
  return [...rows].sort(compare[sort] ?? byTitle);
}

function stepRank(row: PortfolioEntry): number {
  return row.currentStep === null ? STEP_IDS.length : (STEP_ORDER.get(row.currentStep) ?? 0);
}

function nextDue(row: PortfolioEntry): string {
  return row.nextDueOn ?? '9999-12-31';
}

function countBy(rows: PortfolioEntry[], key: (row: PortfolioEntry) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const row of rows) counts[key(row)] = (counts[key(row)] ?? 0) + 1;
  return counts;
}

/** One entry per partner authority, with the best health among the partnerships shared with it. */
function mapPartners(rows: PortfolioEntry[]): PortfolioMapPartnerView[] {
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
      entry.healthScore = Math.max(entry.healthScore ?? 0, row.healthScore);
      byPartner.set(partner.id, entry);
    }
  }
  // Partners of the same name keep the order of the rows they first appear in.
  return [...byPartner.values()].sort((a, b) => a.name.localeCompare(b.name, 'fr'));
}
