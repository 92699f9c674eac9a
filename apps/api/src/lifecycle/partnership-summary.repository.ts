import {
  assessmentValidUntil,
  summarisePartnership,
  type PartnershipAssessment,
  type PartnershipSnapshot,
  type PartnershipSummaryFacts,
} from '@passerelle/domain';
import type { EntityManager } from 'typeorm';

/** One partnership's summary as stored: the facts and what they were computed from, and until when. */
export interface PartnershipSummary {
  partnershipId: string;
  version: number;
  organisationVersions: Record<string, number>;
  validUntil: Date;
  facts: PartnershipSummaryFacts;
  /** The instant the partnership was assessed at. */
  computedAt: Date;
  /** The whole assessment, as the JSON text the partnership page answers. */
  assessment: string;
}

/** The summary of `snapshot` (at `version`) from its assessment at `now`. */
export function summaryOf(
  snapshot: PartnershipSnapshot,
  version: number,
  organisationVersions: Record<string, number>,
  assessment: PartnershipAssessment,
  now: Date,
): PartnershipSummary {
  return {
    partnershipId: snapshot.partnership.id,
    version,
    organisationVersions,
    validUntil: assessmentValidUntil(snapshot, now),
    facts: summarisePartnership(snapshot, assessment),
    computedAt: now,
    assessment: JSON.stringify(assessment),
  };
}

/**
 * Whether a stored summary still describes the partnership as of `now`: computed from the current version,
 * status, parties and organisation rows, and `now` within the span its assessment holds for.
 */
export function isSummaryCurrent(
  summary: Pick<
    PartnershipSummary,
    'version' | 'organisationVersions' | 'validUntil' | 'facts' | 'computedAt'
  >,
  current: {
    version: number;
    status: string;
    parties: readonly { organisationId: string; role: string; organisationVersion: number }[];
  },
  now: Date,
): boolean {
  if (summary.version !== current.version || summary.facts.status !== current.status) return false;
  if (!(summary.computedAt.getTime() <= now.getTime() && now.getTime() < summary.validUntil.getTime()))
    return false;
  if (summary.facts.parties.length !== current.parties.length) return false;
  return current.parties.every(
    (party) =>
      summary.organisationVersions[party.organisationId] === party.organisationVersion &&
      summary.facts.parties.some(
        (stored) => stored.organisationId === party.organisationId && stored.role === party.role,
      ),
  );
}

/** A stored summary as a query reads it beside its partnership: `summary_` columns, null without one. */
export interface StoredSummaryColumns {
  summary_version: number | null;
  summary_organisation_versions: Record<string, number> | null;
  summary_valid_until: Date | null;
  summary_facts: PartnershipSummaryFacts | null;
  summary_computed_at: Date | null;
}

/** The stored summary read with a partnership, if there is one and it is current (`isSummaryCurrent`). */
export function currentStoredSummary(
  row: StoredSummaryColumns,
  current: Parameters<typeof isSummaryCurrent>[1],
  now: Date,
): PartnershipSummaryFacts | null {
  const { summary_version, summary_organisation_versions, summary_valid_until, summary_facts } = row;
  if (
    summary_version === null ||
    summary_organisation_versions === null ||
    summary_valid_until === null ||
    summary_facts === null ||
    row.summary_computed_at === null
  )
    return null;
  const stored = {
    version: summary_version,
    organisationVersions: summary_organisation_versions,
    validUntil: summary_valid_until,
    facts: summary_facts,
    computedAt: row.summary_computed_at,
  };
  return isSummaryCurrent(stored, current, now) ? summary_facts : null;
}

/**
 * Writes partnerships' summaries (the portfolio's projection, docs/adr/0010-stored-portfolio-summary.md).
 * A summary is stored only if the partnership still has the version it was computed from, and never
 * replaces one computed from a later version: a read that assessed an older version while a write landed
 * leaves the write's summary in place.
 */
export class PartnershipSummaryRepository {
  async store(manager: EntityManager, summaries: readonly PartnershipSummary[]): Promise<void> {
    if (summaries.length === 0) return;
    const rows = summaries.map((summary) => ({
      partnership_id: summary.partnershipId,
      version: summary.version,
      organisation_versions: summary.organisationVersions,
      valid_until: summary.validUntil.toISOString(),
      facts: summary.facts,
      computed_at: summary.computedAt.toISOString(),
      assessment: summary.assessment,
    }));
    await manager.query(
      `INSERT INTO partnership_summary AS stored
         (partnership_id, version, organisation_versions, valid_until, facts, computed_at, assessment)
       SELECT s.partnership_id, s.version, s.organisation_versions, s.valid_until, s.facts, s.computed_at,
              s.assessment
         FROM jsonb_to_recordset($1::jsonb) AS s(partnership_id uuid, version integer,
              organisation_versions jsonb, valid_until timestamptz, facts jsonb, computed_at timestamptz,
              assessment text)
         JOIN partnership p ON p.id = s.partnership_id AND p.version = s.version
       ON CONFLICT (partnership_id) DO UPDATE SET
         version = EXCLUDED.version,
         organisation_versions = EXCLUDED.organisation_versions,
         valid_until = EXCLUDED.valid_until,
         facts = EXCLUDED.facts,
         computed_at = EXCLUDED.computed_at,
         assessment = EXCLUDED.assessment
       WHERE stored.version <= EXCLUDED.version`,
      [JSON.stringify(rows)],
    );
  }
}
