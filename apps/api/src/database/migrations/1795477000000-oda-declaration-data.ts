import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What the annual declaration of official development assistance needs (docs/oda-declaration.md): a budget
 * line's period, channel, rate to the euro (recorded on the line) and what was committed and paid with their
 * dates, as columns that the declaration sums across partnerships; an action's description, objectives, DAC
 * sectors and policy markers in its record; the organisation's IATI identifier. Existing lines in euros or
 * in a currency pegged to the euro get their rate; every other figure stays unstated, for the review
 * screen to ask.
 */
export class OdaDeclarationData1795477000000 implements MigrationInterface {
  name = 'OdaDeclarationData1795477000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "action_budget_line"
         ADD "period_starts_on" date,
         ADD "period_ends_on" date,
         ADD "channel" character varying(20),
         ADD "eur_rate" numeric(20,8),
         ADD "committed_amount" numeric(16,2),
         ADD "committed_on" date,
         ADD "paid_amount" numeric(16,2),
         ADD "paid_on" date,
         ADD CONSTRAINT "CHK_action_budget_line_eur_rate" CHECK ("eur_rate" IS NULL OR "eur_rate" > 0)`,
    );
    await queryRunner.query(
      `UPDATE "action_budget_line" SET "eur_rate" = CASE "currency"
         WHEN 'EUR' THEN 1 WHEN 'XOF' THEN 655.957 WHEN 'XAF' THEN 655.957 WHEN 'KMF' THEN 491.96775 END`,
    );
    // The declaration reads an authority's lines paid in a year.
    await queryRunner.query(
      `CREATE INDEX "IDX_action_budget_line_party_paid" ON "action_budget_line" ("party_id", "paid_on")`,
    );
    await queryRunner.query(
      `UPDATE "joint_action" SET "content" =
         jsonb_build_object('description', '', 'objectives', '', 'sectors', '[]'::jsonb, 'markers', '{}'::jsonb)
         || "content"`,
    );
    await queryRunner.query(`ALTER TABLE "organisation" ADD "iati_identifier" character varying(100)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "iati_identifier"`);
    await queryRunner.query(
      `UPDATE "joint_action" SET "content" = "content" - 'description' - 'objectives' - 'sectors' - 'markers'`,
    );
    await queryRunner.query(`DROP INDEX "IDX_action_budget_line_party_paid"`);
    await queryRunner.query(
      `ALTER TABLE "action_budget_line"
         DROP CONSTRAINT "CHK_action_budget_line_eur_rate",
         DROP COLUMN "period_starts_on", DROP COLUMN "period_ends_on", DROP COLUMN "channel",
         DROP COLUMN "eur_rate", DROP COLUMN "committed_amount", DROP COLUMN "committed_on",
         DROP COLUMN "paid_amount", DROP COLUMN "paid_on"`,
    );
  }
}
