import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { CLOCK, type Clock } from '../common/clock/clock';
import { isUuid } from '../common/validation/uuid';
import { PartnershipAccess, partnershipNotFound } from '../tenancy/partnership-access';
import { isStoredSummaryCurrent, type StoredSummaryColumns } from './partnership-summary.repository';
import { STORED_ASSESSMENT_SQL } from './summary-statements';
import { SummaryRebuilds } from './summary-rebuilds';

/** The partnership, the actor's party in it, its stored summary and its parties' organisation versions. */
interface StoredAssessmentRow extends StoredSummaryColumns {
  revision: number;
  status: string;
  parties: Array<{ organisationId: string; role: string; organisationVersion: number }>;
  /** The stored assessment's JSON, UTF-8 encoded (see `STORED_ASSESSMENT_SQL`). */
  assessment: Buffer | null;
}

/**
 * The partnership page's assessment (GET /api/partnerships/:id/assessment) as the UTF-8 JSON it answers:
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

  async assessmentJson(actor: Actor, partnershipId: string): Promise<Buffer> {
    if (!isUuid(partnershipId) || !this.access.canReadPartnerships(actor))
      throw partnershipNotFound(partnershipId);
    const now = this.clock.now();
    const stored = await this.storedRow(actor, partnershipId);
    if (!stored) throw partnershipNotFound(partnershipId);
    if (stored.assessment !== null && isStoredSummaryCurrent(stored, stored, now)) return stored.assessment;
    const [summary] = await this.rebuilds.rebuild([{ partnershipId, revision: stored.revision }], now);
    if (!summary) throw partnershipNotFound(partnershipId);
    return Buffer.from(summary.assessment);
  }

  /** The row, if the actor's organisation is a party (joining its party is the tenancy check). */
  private async storedRow(actor: Actor, partnershipId: string): Promise<StoredAssessmentRow | undefined> {
    const rows: StoredAssessmentRow[] = await this.dataSource.query(STORED_ASSESSMENT_SQL, [
      partnershipId,
      actor.organisationId,
    ]);
    return rows[0];
  }
}
