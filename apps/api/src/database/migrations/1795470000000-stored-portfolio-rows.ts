import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Each party's portfolio row stored with the partnership's summary (same validity: see
 * docs/adr/0010-stored-portfolio-summary.md), as the JSON text the dashboard sends. `json`, not `jsonb`:
 * the text is kept as written, so the dashboard's answer is the stored text itself. Existing summaries
 * start without rows: the next dashboard that reads one assesses its partnership again.
 */
export class StoredPortfolioRows1795470000000 implements MigrationInterface {
  name = 'StoredPortfolioRows1795470000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partnership_summary" ADD "portfolio_rows" json`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partnership_summary" DROP COLUMN "portfolio_rows"`);
  }
}
