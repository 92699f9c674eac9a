import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { PartnershipSummaryFacts } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { CLOCK, type Clock } from '../common/clock/clock';
import { isUuid } from '../common/validation/uuid';
import { PartnershipAccess, partnershipNotFound } from '../tenancy/partnership-access';
import { isSummaryCurrent } from './partnership-summary.repository';
import { SummaryRebuilds } from './summary-rebuilds';

/** The partnership, the actor's party in it, its stored summary and its parties' organisation versions. */
interface StoredAssessmentRow {
  version: number;
  status: string;
  parties: Array<{ organisationId: string; role: string; organisationVersion: number }>;
  summary_version: number | null;
  organisation_versions: Record<string, number> | null;
  valid_until: Date | null;
  facts: PartnershipSummaryFacts | null;
  computed_at: Date | null;
  assessment: string | null;
}

/**
 * The partnership page's assessment (GET /api/partnerships/:id/assessment) as the JSON text it answers:
 * the one stored with the partnership's summary while that summary is current (docs/adr/0010), else
 * assessed from the lifecycle document now and stored for the next reader. A current one costs one query —
 * the tenancy check, the stored row and what decides whether it is current — and no decoding at all.
 */
@Injectable()
export class AssessmentReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PartnershipAccess,
    private readonly rebuilds: SummaryRebuilds,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async assessmentJson(actor: Actor, partnershipId: string): Promise<string> {
    if (!isUuid(partnershipId) || !this.access.canReadPartnerships(actor))
      throw partnershipNotFound(partnershipId);
    const now = this.clock.now();
    const stored = await this.storedRow(actor, partnershipId);
    if (!stored) throw partnershipNotFound(partnershipId);
    if (stored.assessment !== null && isCurrent(stored, now)) return stored.assessment;
    const [summary] = await this.rebuilds.rebuild([{ partnershipId, version: stored.version }], now);
    if (!summary) throw partnershipNotFound(partnershipId);
    return summary.assessment;
  }

  /** The row, if the actor's organisation is a party (joining its party is the tenancy check). */
  private async storedRow(actor: Actor, partnershipId: string): Promise<StoredAssessmentRow | undefined> {
    const rows: StoredAssessmentRow[] = await this.dataSource.query(
      `SELECT partnership.version, partnership.status,
              (SELECT json_agg(json_build_object('organisationId', party.organisation_id, 'role', party.role,
                                                 'organisationVersion', organisation.version))
                 FROM partnership_party party JOIN organisation ON organisation.id = party.organisation_id
                WHERE party.partnership_id = partnership.id) AS parties,
              summary.version AS summary_version, summary.organisation_versions, summary.valid_until,
              summary.facts, summary.computed_at, summary.assessment
         FROM partnership
         JOIN partnership_party own ON own.partnership_id = partnership.id AND own.organisation_id = $2
         LEFT JOIN partnership_summary summary ON summary.partnership_id = partnership.id
        WHERE partnership.id = $1`,
      [partnershipId, actor.organisationId],
    );
    return rows[0];
  }
}

function isCurrent(row: StoredAssessmentRow, now: Date): boolean {
  if (
    row.summary_version === null ||
    row.organisation_versions === null ||
    row.valid_until === null ||
    row.facts === null ||
    row.computed_at === null
  )
    return false;
  return isSummaryCurrent(
    {
      version: row.summary_version,
      organisationVersions: row.organisation_versions,
      validUntil: row.valid_until,
      facts: row.facts,
      computedAt: row.computed_at,
    },
    { version: row.version, status: row.status, parties: row.parties },
    now,
  );
}
