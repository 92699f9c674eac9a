import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { PartnershipEntity } from '../partnership-records/partnership.entity';
import type { PortfolioFacets } from './portfolio-row';

/**
 * What the portfolio shows of one partnership (docs/adr/0010-stored-portfolio-summary.md), for any viewer:
 * computed by the domain from revision `revision` of the partnership, with the parties' organisations at
 * `organisationVersions`, and true until `validUntil` (the next midnight of its reference zone). A summary
 * that no longer matches is recomputed by the next read; it is never the source of any decision.
 */
@Entity({ name: 'partnership_summary' })
export class PartnershipSummaryEntity {
  @PrimaryColumn({ name: 'partnership_id', type: 'uuid', primaryKeyConstraintName: 'PK_partnership_summary' })
  partnershipId: string;

  @ManyToOne(() => PartnershipEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'partnership_id', foreignKeyConstraintName: 'FK_partnership_summary_partnership' })
  partnership?: PartnershipEntity;

  /** The partnership's revision (`partnership.revision`) the summary was computed from. */
  @Column({ type: 'integer' })
  revision: number;

  /** The version of each party's organisation row (time zone, channels) when the summary was computed. */
  @Column({ name: 'organisation_versions', type: 'jsonb' })
  organisationVersions: Record<string, number>;

  @Column({ name: 'valid_until', type: 'timestamptz' })
  validUntil: Date;

  @Column({ name: 'computed_at', type: 'timestamptz' })
  computedAt: Date;

  /**
   * The whole assessment the summary comes from, as the JSON text GET …/assessment answers (sent as it is).
   * Null in summaries stored before it was kept: the next read of the page computes it.
   */
  @Column({ type: 'text', nullable: true })
  assessment: string | null;

  /**
   * Each party's row of its portfolio, by organisation id: a string, the JSON text GET /api/portfolio sends
   * (jsonb keeps strings as written). Null in summaries stored before rows were kept: the next dashboard
   * assesses the partnership again.
   */
  @Column({ name: 'portfolio_rows', type: 'jsonb', nullable: true })
  portfolioRows: Record<string, string> | null;

  /** What the portfolio filters, sorts and counts by, and the status and parties it was computed with. */
  @Column({ name: 'portfolio_facets', type: 'json', nullable: true })
  portfolioFacets: PortfolioFacets | null;
}
