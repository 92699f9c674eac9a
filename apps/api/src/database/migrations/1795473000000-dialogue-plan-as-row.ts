import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A partnership's dialogue plan leaves the lifecycle document for a row of its own, with its own version
 * (docs/adr/0011-records-as-rows.md): proposing or approving the plan is checked against the version of the
 * plan read, so it no longer refuses, or is refused by, an edit of another part of the partnership (the
 * convention, a visit). A plan moved from a document starts at version 1.
 */
export class DialoguePlanAsRow1795473000000 implements MigrationInterface {
  name = 'DialoguePlanAsRow1795473000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "dialogue_plan" (
         "partnership_id" uuid NOT NULL,
         "version" integer NOT NULL,
         "audiences" jsonb NOT NULL,
         "tolerance_days" integer NOT NULL,
         "proposed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
         "approved_by" uuid array NOT NULL DEFAULT '{}',
         CONSTRAINT "PK_dialogue_plan" PRIMARY KEY ("partnership_id"),
         CONSTRAINT "FK_dialogue_plan_partnership" FOREIGN KEY ("partnership_id")
           REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION
       )`,
    );
    await queryRunner.query(
      `INSERT INTO "dialogue_plan" ("partnership_id", "version", "audiences", "tolerance_days", "proposed_at",
                                    "approved_by")
       SELECT id, 1, records->'dialoguePlan'->'audiences', (records->'dialoguePlan'->>'toleranceDays')::integer,
              (records->'dialoguePlan'->'proposedAt'->>'$date')::timestamptz,
              ARRAY(SELECT jsonb_array_elements_text(records->'dialoguePlan'->'approvedBy'))::uuid[]
         FROM "partnership"
        WHERE jsonb_typeof(records->'dialoguePlan') = 'object'`,
    );
    await queryRunner.query(
      `UPDATE "partnership" SET "records" = "records" - 'dialoguePlan' WHERE "records" ? 'dialoguePlan'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "partnership" SET "records" = "records" || jsonb_build_object('dialoguePlan', (
         SELECT jsonb_build_object(
                  'audiences', plan.audiences, 'toleranceDays', plan.tolerance_days,
                  'proposedAt', jsonb_build_object('$date', to_char(plan.proposed_at AT TIME ZONE 'UTC',
                                                                    'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
                  'approvedBy', to_jsonb(plan.approved_by))
           FROM "dialogue_plan" plan WHERE plan.partnership_id = partnership.id))`,
    );
    await queryRunner.query(`DROP TABLE "dialogue_plan"`);
  }
}
