import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each party's portfolio row stored with the partnership's summary (same validity: see
 * docs/adr/0010-stored-portfolio-summary.md), as the JSON text the dashboard sends: a `jsonb` object of
 * strings, which keeps each text as written and hands it back without parsing it. Beside it, the facets the
 * dashboard filters, sorts and counts by (small `json`, read as written). Existing summaries start without
 * either: the next dashboard that reads one assesses its partnership again. The facts both are built from
 * are no longer kept: nothing reads them.
 */
export class StoredPortfolioRows1795470000000 implements MigrationInterface {
  name = 'StoredPortfolioRows1795470000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "partnership_summary" ADD "portfolio_rows" jsonb, ADD "portfolio_facets" json,
         DROP COLUMN "facts"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Summaries are a cache: emptied, they are rebuilt with their facts by the next reads.
    await queryRunner.query(`DELETE FROM "partnership_summary"`);
    await queryRunner.query(
      `ALTER TABLE "partnership_summary" DROP COLUMN "portfolio_facets", DROP COLUMN "portfolio_rows",
         ADD "facts" jsonb NOT NULL`,
    );
  }
}
