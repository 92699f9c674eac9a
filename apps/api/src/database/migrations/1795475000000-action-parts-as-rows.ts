import type { MigrationInterface, QueryRunner } from 'typeorm';

const actionForeignKey = (table: string) =>
  `CONSTRAINT "FK_${table}_action" FOREIGN KEY ("partnership_id", "action_key")
     REFERENCES "joint_action"("partnership_id", "record_key") ON DELETE CASCADE ON UPDATE NO ACTION`;

/** The columns every record of an action's part has: its action, its key, its place and its version. */
const RECORD_COLUMNS = `"partnership_id" uuid NOT NULL,
           "action_key" character varying(100) NOT NULL,
           "record_key" character varying(100) NOT NULL,
           "position" integer NOT NULL,
           "version" integer NOT NULL DEFAULT 1`;

/** An action's list from its row's content, each record with its place (none when the list is absent). */
const recordsOf = (field: string) =>
  `FROM "joint_action" action
        CROSS JOIN LATERAL jsonb_array_elements(
          CASE WHEN jsonb_typeof(action.content->'${field}') = 'array' THEN action.content->'${field}'
               ELSE '[]'::jsonb END
        ) WITH ORDINALITY AS record(value, ordinality)`;

/**
 * An action's budget lines and indicators leave its row's `content` for rows of their own, with columns
 * (docs/adr/0011-records-as-rows.md): the funding and official reports sum amounts by funder, currency and
 * status across every partnership of an authority, and each indicator is validated by every side under a
 * version of its own, so that the partner validating one indicator and our officer adding a budget line to
 * the same action no longer refuse each other. Every record moved starts at version 1; `down` puts them
 * back into the action's content.
 */
export class ActionPartsAsRows1795475000000 implements MigrationInterface {
  name = 'ActionPartsAsRows1795475000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "action_budget_line" (
         ${RECORD_COLUMNS},
         "funder" character varying(40) NOT NULL,
         "funder_name" text NOT NULL,
         "party_id" uuid,
         "amount" numeric(16,2) NOT NULL,
         "currency" character(3) NOT NULL,
         "status" character varying(20) NOT NULL,
         CONSTRAINT "PK_action_budget_line" PRIMARY KEY ("partnership_id", "action_key", "record_key"),
         ${actionForeignKey('action_budget_line')}
       )`,
    );
    await queryRunner.query(
      `CREATE TABLE "action_indicator" (
         ${RECORD_COLUMNS},
         "name" text NOT NULL,
         "unit" text NOT NULL,
         "baseline" double precision NOT NULL,
         "target" double precision NOT NULL,
         "proposed_by" uuid NOT NULL,
         "validated_by" uuid array NOT NULL DEFAULT '{}',
         CONSTRAINT "PK_action_indicator" PRIMARY KEY ("partnership_id", "action_key", "record_key"),
         ${actionForeignKey('action_indicator')}
       )`,
    );
    await queryRunner.query(
      `INSERT INTO "action_budget_line" ("partnership_id", "action_key", "record_key", "position", "funder",
                                         "funder_name", "party_id", "amount", "currency", "status")
       SELECT action.partnership_id, action.record_key, record.value->>'id', record.ordinality - 1,
              record.value->>'funder', record.value->>'funderName', (record.value->>'partyId')::uuid,
              (record.value->>'amount')::numeric, record.value->>'currency', record.value->>'status'
         ${recordsOf('budget')}`,
    );
    await queryRunner.query(
      `INSERT INTO "action_indicator" ("partnership_id", "action_key", "record_key", "position", "name", "unit",
                                       "baseline", "target", "proposed_by", "validated_by")
       SELECT action.partnership_id, action.record_key, record.value->>'id', record.ordinality - 1,
              record.value->>'name', record.value->>'unit', (record.value->>'baseline')::double precision,
              (record.value->>'target')::double precision, (record.value->>'proposedBy')::uuid,
              ARRAY(SELECT jsonb_array_elements_text(coalesce(record.value->'validatedBy', '[]'::jsonb)))::uuid[]
         ${recordsOf('indicators')}`,
    );
    await queryRunner.query(`UPDATE "joint_action" SET "content" = "content" - 'budget' - 'indicators'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "joint_action" action SET "content" = action.content || jsonb_build_object(
         'budget', coalesce((SELECT jsonb_agg(jsonb_build_object(
                      'id', line.record_key, 'funder', line.funder, 'funderName', line.funder_name,
                      'partyId', line.party_id, 'amount', line.amount, 'currency', line.currency,
                      'status', line.status) ORDER BY line.position)
                    FROM "action_budget_line" line
                   WHERE line.partnership_id = action.partnership_id AND line.action_key = action.record_key),
                  '[]'::jsonb),
         'indicators', coalesce((SELECT jsonb_agg(jsonb_build_object(
                      'id', indicator.record_key, 'name', indicator.name, 'unit', indicator.unit,
                      'baseline', indicator.baseline, 'target', indicator.target,
                      'proposedBy', indicator.proposed_by, 'validatedBy', to_jsonb(indicator.validated_by))
                      ORDER BY indicator.position)
                    FROM "action_indicator" indicator
                   WHERE indicator.partnership_id = action.partnership_id
                     AND indicator.action_key = action.record_key),
                  '[]'::jsonb))`,
    );
    await queryRunner.query(`DROP TABLE "action_indicator"`);
    await queryRunner.query(`DROP TABLE "action_budget_line"`);
  }
}
