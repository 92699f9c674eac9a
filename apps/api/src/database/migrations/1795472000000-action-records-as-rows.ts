import type { MigrationInterface, QueryRunner } from 'typeorm';

/** What every append-only table of a partnership's records has (see `AppendOnlyTable`). */
function appendedColumns(table: string): string {
  return `"partnership_id" uuid NOT NULL,
         "recorded_by_organisation_id" uuid NOT NULL,
         "recorded_by_user_id" uuid,
         "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         "idempotency_key" character varying(255),
         "request_hash" character(64),
         CONSTRAINT "FK_${table}_partnership" FOREIGN KEY ("partnership_id")
           REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
         CONSTRAINT "FK_${table}_recorded_by_organisation" FOREIGN KEY ("recorded_by_organisation_id")
           REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
         CONSTRAINT "FK_${table}_recorded_by_user" FOREIGN KEY ("recorded_by_user_id")
           REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION`;
}

function idempotencyIndex(table: string): string {
  return `CREATE UNIQUE INDEX "UQ_${table}_idempotency_key" ON "${table}"
         ("partnership_id", "recorded_by_organisation_id", "idempotency_key") WHERE idempotency_key IS NOT NULL`;
}

/** A record's id as the document kept it, when it is a UUID; a new one otherwise. */
const UUID_OF = (field: string) =>
  `CASE WHEN ${field} ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
        THEN (${field})::uuid ELSE gen_random_uuid() END`;

/**
 * An action's measurements, log entries and joint evaluations leave the lifecycle document for rows of their
 * own (docs/adr/0011-records-as-rows.md), like dialogue exchanges before them: either party appends them
 * without the partnership's version, and a retried append with its `Idempotency-Key` stores one row.
 *
 * Every one stored in a document moves to a row and leaves the document. Who typed it was not kept; when it
 * was recorded is taken from what the record says (a log entry's instant, a measurement's or evaluation's
 * day). `down` puts them back as they were.
 */
export class ActionRecordsAsRows1795472000000 implements MigrationInterface {
  name = 'ActionRecordsAsRows1795472000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "indicator_measurement" (
         "id" uuid NOT NULL DEFAULT gen_random_uuid(),
         "action_id" character varying(100) NOT NULL,
         "indicator_id" character varying(100) NOT NULL,
         "measured_on" date NOT NULL,
         "value" double precision NOT NULL,
         ${appendedColumns('indicator_measurement')},
         CONSTRAINT "PK_indicator_measurement" PRIMARY KEY ("id")
       )`,
    );
    await queryRunner.query(
      `CREATE TABLE "action_log_entry" (
         "id" uuid NOT NULL,
         "action_id" character varying(100) NOT NULL,
         "at" TIMESTAMP WITH TIME ZONE NOT NULL,
         "kind" character varying(20) NOT NULL,
         "text" text NOT NULL,
         "attachment_ids" text array NOT NULL DEFAULT '{}',
         ${appendedColumns('action_log_entry')},
         CONSTRAINT "PK_action_log_entry" PRIMARY KEY ("id")
       )`,
    );
    await queryRunner.query(
      `CREATE TABLE "joint_evaluation" (
         "id" uuid NOT NULL,
         "action_id" character varying(100) NOT NULL,
         "evaluated_on" date NOT NULL,
         "parties" uuid array NOT NULL,
         "summary" text NOT NULL,
         ${appendedColumns('joint_evaluation')},
         CONSTRAINT "PK_joint_evaluation" PRIMARY KEY ("id")
       )`,
    );
    for (const table of ['indicator_measurement', 'joint_evaluation']) {
      await queryRunner.query(
        `CREATE INDEX "IDX_${table}_partnership" ON "${table}" ("partnership_id", "action_id")`,
      );
    }
    // An action's log is read a page at a time, newest first.
    await queryRunner.query(
      `CREATE INDEX "IDX_action_log_entry_partnership" ON "action_log_entry" ("partnership_id", "action_id", "at")`,
    );
    for (const table of ['indicator_measurement', 'action_log_entry', 'joint_evaluation']) {
      await queryRunner.query(idempotencyIndex(table));
    }
    await this.moveOutOfDocuments(queryRunner);
  }

  private async moveOutOfDocuments(queryRunner: QueryRunner): Promise<void> {
    const actions = `FROM "partnership", jsonb_array_elements(COALESCE(partnership.records->'actions', '[]'::jsonb))
                       AS action`;
    await queryRunner.query(
      `INSERT INTO "indicator_measurement" ("partnership_id", "action_id", "indicator_id", "measured_on", "value",
                                            "recorded_by_organisation_id", "recorded_at")
       SELECT partnership.id, action->>'id', indicator->>'id', (measurement->>'on')::date,
              (measurement->>'value')::double precision, (measurement->>'recordedBy')::uuid,
              (measurement->>'on')::date + ordinality * interval '1 microsecond'
         ${actions},
              jsonb_array_elements(COALESCE(action->'indicators', '[]'::jsonb)) AS indicator,
              jsonb_array_elements(COALESCE(indicator->'measurements', '[]'::jsonb))
                WITH ORDINALITY AS measured(measurement, ordinality)`,
    );
    await queryRunner.query(
      `INSERT INTO "action_log_entry" ("id", "partnership_id", "action_id", "at", "kind", "text", "attachment_ids",
                                       "recorded_by_organisation_id", "recorded_at")
       SELECT ${UUID_OF(`entry->>'id'`)}, partnership.id, action->>'id', (entry->'at'->>'$date')::timestamptz,
              entry->>'kind', entry->>'text',
              ARRAY(SELECT jsonb_array_elements_text(COALESCE(entry->'attachmentIds', '[]'::jsonb))),
              (entry->>'byParty')::uuid, (entry->'at'->>'$date')::timestamptz
         ${actions}, jsonb_array_elements(COALESCE(action->'log', '[]'::jsonb)) AS entry`,
    );
    await queryRunner.query(
      `INSERT INTO "joint_evaluation" ("id", "partnership_id", "action_id", "evaluated_on", "parties", "summary",
                                       "recorded_by_organisation_id", "recorded_at")
       SELECT ${UUID_OF(`evaluation->>'id'`)}, partnership.id, action->>'id', (evaluation->>'on')::date,
              ARRAY(SELECT jsonb_array_elements_text(evaluation->'parties'))::uuid[], evaluation->>'summary',
              -- The document does not say who typed it: the first party that took part.
              (evaluation->'parties'->>0)::uuid,
              (evaluation->>'on')::date + ordinality * interval '1 microsecond'
         ${actions},
              jsonb_array_elements(COALESCE(action->'evaluations', '[]'::jsonb))
                WITH ORDINALITY AS evaluated(evaluation, ordinality)`,
    );
    await queryRunner.query(
      `UPDATE "partnership" SET "records" = jsonb_set("records", '{actions}', (
         SELECT COALESCE(jsonb_agg((action - 'log' - 'evaluations') || jsonb_build_object('indicators', (
                  SELECT COALESCE(jsonb_agg(indicator - 'measurements' ORDER BY position), '[]'::jsonb)
                    FROM jsonb_array_elements(COALESCE(action->'indicators', '[]'::jsonb))
                         WITH ORDINALITY AS listed(indicator, position)))
                  ORDER BY action_position), '[]'::jsonb)
           FROM jsonb_array_elements("records"->'actions') WITH ORDINALITY AS actions(action, action_position)))
        WHERE jsonb_typeof("records"->'actions') = 'array'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "partnership" SET "records" = jsonb_set("records", '{actions}', (
         SELECT COALESCE(jsonb_agg(action || jsonb_build_object(
                  'indicators', (
                    SELECT COALESCE(jsonb_agg(indicator || jsonb_build_object('measurements', (
                             SELECT COALESCE(jsonb_agg(jsonb_build_object(
                                      'on', to_char(m.measured_on, 'YYYY-MM-DD'), 'value', m.value,
                                      'recordedBy', m.recorded_by_organisation_id)
                                      ORDER BY m.measured_on, m.recorded_at, m.id), '[]'::jsonb)
                               FROM "indicator_measurement" m
                              WHERE m.partnership_id = partnership.id AND m.action_id = action->>'id'
                                AND m.indicator_id = indicator->>'id'))
                             ORDER BY position), '[]'::jsonb)
                      FROM jsonb_array_elements(COALESCE(action->'indicators', '[]'::jsonb))
                           WITH ORDINALITY AS listed(indicator, position)),
                  'log', (
                    SELECT COALESCE(jsonb_agg(jsonb_build_object(
                             'id', e.id, 'at', jsonb_build_object('$date', to_char(e.at AT TIME ZONE 'UTC',
                                                                   'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
                             'byParty', e.recorded_by_organisation_id, 'kind', e.kind, 'text', e.text,
                             'attachmentIds', to_jsonb(e.attachment_ids))
                             ORDER BY e.at, e.id), '[]'::jsonb)
                      FROM "action_log_entry" e
                     WHERE e.partnership_id = partnership.id AND e.action_id = action->>'id'),
                  'evaluations', (
                    SELECT COALESCE(jsonb_agg(jsonb_build_object(
                             'id', v.id, 'on', to_char(v.evaluated_on, 'YYYY-MM-DD'), 'parties', to_jsonb(v.parties),
                             'summary', v.summary)
                             ORDER BY v.evaluated_on, v.recorded_at, v.id), '[]'::jsonb)
                      FROM "joint_evaluation" v
                     WHERE v.partnership_id = partnership.id AND v.action_id = action->>'id'))
                  ORDER BY action_position), '[]'::jsonb)
           FROM jsonb_array_elements("records"->'actions') WITH ORDINALITY AS actions(action, action_position)))
        WHERE jsonb_typeof("records"->'actions') = 'array'`,
    );
    await queryRunner.query(`DROP TABLE "joint_evaluation"`);
    await queryRunner.query(`DROP TABLE "action_log_entry"`);
    await queryRunner.query(`DROP TABLE "indicator_measurement"`);
  }
}
