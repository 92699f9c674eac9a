import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The portfolio's stored projection (docs/adr/0010-stored-portfolio-summary.md): one row per partnership,
 * written by every lifecycle write and by reads that find it missing or out of date, so that the dashboard
 * reads small facts instead of decoding every lifecycle document. Existing partnerships start without one:
 * the first read computes it.
 */
export class PartnershipSummary1795468000000 implements MigrationInterface {
  name = 'PartnershipSummary1795468000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "partnership_summary" ("partnership_id" uuid NOT NULL, "version" integer NOT NULL, "organisation_versions" jsonb NOT NULL, "valid_until" TIMESTAMP WITH TIME ZONE NOT NULL, "facts" jsonb NOT NULL, "computed_at" TIMESTAMP WITH TIME ZONE NOT NULL, CONSTRAINT "PK_partnership_summary" PRIMARY KEY ("partnership_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_summary" ADD CONSTRAINT "FK_partnership_summary_partnership" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "partnership_summary"`);
  }
}
