import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The partnership page's assessment stored beside the portfolio summary it comes from (same validity: see
 * docs/adr/0010-stored-portfolio-summary.md), as the JSON text the API answers. Existing summaries start
 * without one: the first read of the page computes it.
 */
export class StoredAssessment1795469000000 implements MigrationInterface {
  name = 'StoredAssessment1795469000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partnership_summary" ADD "assessment" text`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partnership_summary" DROP COLUMN "assessment"`);
  }
}
