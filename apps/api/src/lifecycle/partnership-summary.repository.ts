import {
  assessmentValidUntil,
  summarisePartnership,
  type PartnershipAssessment,
  type PartnershipSnapshot,
} from '@passerelle/domain';
import type { EntityManager } from 'typeorm';
import type { PortfolioRowView } from './dto/portfolio-row.dto';
import { portfolioFacetsOf, portfolioRowsOf, type PortfolioFacets } from './portfolio-row';

/**
 * One partnership's summary as stored: each party's portfolio row and the facets, built from the domain's
 * summary facts (`summarisePartnership`), the assessment, what they were computed from, and until when.
 */
export interface PartnershipSummary {
  partnershipId: string;
  /** The partnership's revision it was computed from. */
  revision: number;
  organisationVersions: Record<string, number>;
  validUntil: Date;
  /** The instant the partnership was assessed at. */
  computedAt: Date;
  /** The whole assessment, as the JSON text the partnership page answers. */
  assessment: string;
  /** Each party's row of its portfolio, by organisation id. */
  portfolioRows: Record<string, PortfolioRowView>;
  /** What the portfolio filters, sorts and counts by, and the status and parties it was computed with. */
  portfolioFacets: PortfolioFacets;
}

/** The summary of `snapshot` (at `revision`) from its assessment at `now`. */
export function summaryOf(
  snapshot: PartnershipSnapshot,
  revision: number,
  organisationVersions: Record<string, number>,
  assessment: PartnershipAssessment,
  now: Date,
): PartnershipSummary {
  const facts = summarisePartnership(snapshot, assessment);
  return {
    partnershipId: snapshot.partnership.id,
    revision,
    organisationVersions,
    validUntil: assessmentValidUntil(snapshot, now),
    computedAt: now,
    assessment: JSON.stringify(assessment),
    portfolioRows: portfolioRowsOf(snapshot, facts),
    portfolioFacets: portfolioFacetsOf(snapshot, facts),
  };
}

/** What says whether a stored summary is current, as a query reads it beside its partnership. */
export interface StoredSummaryState {
  revision: number;
  organisationVersions: Record<string, number>;
  validUntil: Date;
  computedAt: Date;
  /** The status and parties the summary was computed with. */
  status: string;
  parties: readonly { organisationId: string; role: string }[];
}

/** The partnership as it is now, to hold a stored summary against. */
export interface CurrentPartnershipState {
  revision: number;
  status: string;
  parties: readonly { organisationId: string; role: string; organisationVersion: number }[];
}

/**
 * Whether a stored summary still describes the partnership as of `now`: computed from the current revision,
 * status, parties and organisation rows, and `now` within the span its assessment holds for.
 */
export function isSummaryCurrent(
  summary: StoredSummaryState,
  current: CurrentPartnershipState,
  now: Date,
): boolean {
  if (summary.revision !== current.revision || summary.status !== current.status) return false;
  if (!(summary.computedAt.getTime() <= now.getTime() && now.getTime() < summary.validUntil.getTime()))
    return false;
  if (summary.parties.length !== current.parties.length) return false;
  return current.parties.every(
    (party) =>
      summary.organisationVersions[party.organisationId] === party.organisationVersion &&
      summary.parties.some(
        (stored) => stored.organisationId === party.organisationId && stored.role === party.role,
      ),
  );
}

/** `SUMMARY_STATE_COLUMNS` as read: all null without a stored summary. */
export interface StoredSummaryColumns {
  summary_revision: number | null;
  summary_organisation_versions: Record<string, number> | null;
  summary_valid_until: Date | null;
  summary_computed_at: Date | null;
  /** Null too in summaries stored before facets were kept: those are out of date. */
  summary_facets: Pick<StoredSummaryState, 'status' | 'parties'> | null;
}

/** Whether the stored summary read with a partnership exists and is current (`isSummaryCurrent`). */
export function isStoredSummaryCurrent(
  row: StoredSummaryColumns,
  current: CurrentPartnershipState,
  now: Date,
): boolean {
  if (
    row.summary_revision === null ||
    row.summary_organisation_versions === null ||
    row.summary_valid_until === null ||
    row.summary_computed_at === null ||
    row.summary_facets === null
  )
    return false;
  const stored = {
    revision: row.summary_revision,
    organisationVersions: row.summary_organisation_versions,
    validUntil: row.summary_valid_until,
    computedAt: row.summary_computed_at,
    status: row.summary_facets.status,
    parties: row.summary_facets.parties,
  };
  return isSummaryCurrent(stored, current, now);
}

/** A summary as the upsert statements read it (`jsonb_to_record(set)` with `SUMMARY_RECORD_COLUMNS`). */
export function storedSummaryRecord(summary: PartnershipSummary) {
  return {
    partnership_id: summary.partnershipId,
    revision: summary.revision,
    organisation_versions: summary.organisationVersions,
    valid_until: summary.validUntil.toISOString(),
    computed_at: summary.computedAt.toISOString(),
    assessment: summary.assessment,
    // Each row as a JSON string value: jsonb keeps a string as it is, and `->>` gives it back unparsed.
    portfolio_rows: Object.fromEntries(
      Object.entries(summary.portfolioRows).map(([party, row]) => [party, JSON.stringify(row)]),
    ),
    portfolio_facets: JSON.stringify(summary.portfolioFacets),
  };
}

/** The columns of `storedSummaryRecord` for `jsonb_to_record(set)`. */
export const SUMMARY_RECORD_COLUMNS = `partnership_id uuid, revision integer, organisation_versions jsonb,
              valid_until timestamptz, computed_at timestamptz, assessment text, portfolio_rows jsonb,
              portfolio_facets text`;

/**
 * Upserts the summaries `source` selects as `s` (records of `SUMMARY_RECORD_COLUMNS`), never replacing one
 * computed from a later revision.
 */
export function summaryUpsert(source: string): string {
  return `INSERT INTO partnership_summary AS stored
         (partnership_id, revision, organisation_versions, valid_until, computed_at, assessment,
          portfolio_rows, portfolio_facets)
       SELECT s.partnership_id, s.revision, s.organisation_versions, s.valid_until, s.computed_at,
              s.assessment, s.portfolio_rows, s.portfolio_facets::json
         ${source}
       ON CONFLICT (partnership_id) DO UPDATE SET
         revision = EXCLUDED.revision,
         organisation_versions = EXCLUDED.organisation_versions,
         valid_until = EXCLUDED.valid_until,
         computed_at = EXCLUDED.computed_at,
         assessment = EXCLUDED.assessment,
         portfolio_rows = EXCLUDED.portfolio_rows,
         portfolio_facets = EXCLUDED.portfolio_facets
       WHERE stored.revision <= EXCLUDED.revision`;
}

/**
 * Writes partnerships' summaries (the portfolio's projection, docs/adr/0010-stored-portfolio-summary.md)
 * assessed outside a write. A summary is stored only if the partnership still has the revision it was
 * computed from, and never replaces one computed from a later revision: a read that assessed an older
 * revision while a write landed leaves the write's summary in place. A write stores its summary in its own
 * statement (`PartnershipRepository`).
 */
export class PartnershipSummaryRepository {
  async store(manager: EntityManager, summaries: readonly PartnershipSummary[]): Promise<void> {
    if (summaries.length === 0) return;
    await manager.query(
      summaryUpsert(`FROM jsonb_to_recordset($1::jsonb) AS s(${SUMMARY_RECORD_COLUMNS})
         JOIN partnership p ON p.id = s.partnership_id AND p.revision = s.revision`),
      [JSON.stringify(summaries.map(storedSummaryRecord))],
    );
  }
}
