import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indicators over time (docs/domain.md, "Indicators over time"): an indicator's kind (how a period's actual
 * is read from its measurements), its reporting periods with their targets and the dimensions a measurement
 * may be split by; a measurement's breakdown and its evidence files. Existing indicators keep their baseline
 * and target as the whole action's and become `level` indicators without periods or dimensions — what their
 * single target meant until now; existing measurements carry no breakdown and no evidence.
 */
export class IndicatorsOverTime1796586945733 implements MigrationInterface {
  name = 'IndicatorsOverTime1796586945733';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "action_indicator"
         ADD "kind" character varying(10) NOT NULL DEFAULT 'level',
         ADD "frequency" character varying(20),
         ADD "periods" jsonb NOT NULL DEFAULT '[]',
         ADD "disaggregations" jsonb NOT NULL DEFAULT '[]',
         ADD CONSTRAINT "CHK_action_indicator_kind" CHECK ("kind" IN ('level', 'count'))`,
    );
    await queryRunner.query(
      `ALTER TABLE "indicator_measurement"
         ADD "breakdown" jsonb NOT NULL DEFAULT '[]',
         ADD "evidence_ids" text array NOT NULL DEFAULT '{}'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "indicator_measurement" DROP COLUMN "breakdown", DROP COLUMN "evidence_ids"`,
    );
    await queryRunner.query(
      `ALTER TABLE "action_indicator"
         DROP CONSTRAINT "CHK_action_indicator_kind",
         DROP COLUMN "kind", DROP COLUMN "frequency", DROP COLUMN "periods", DROP COLUMN "disaggregations"`,
    );
  }
}
