import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dialogue exchanges leave the partnership's lifecycle document for rows of their own
 * (docs/adr/0011-records-as-rows.md): an exchange is appended without reading, rewriting or versioning
 * the document, so that both parties log at once without refusing each other, and an append retried with
 * its `Idempotency-Key` stores one row.
 *
 * `partnership.revision` counts every change to a partnership's records, appends included (`version`
 * stays the version of what clients edit under a version check); stored summaries are now held against
 * it, so their `version` column becomes `revision`. Both start at the current version, which keeps every
 * stored summary current.
 *
 * Every exchange stored in a document moves to a row, its instants from their tagged form
 * (`{"$date": "…"}`), and leaves the document. `down` puts them back as they were.
 */
export class DialogueExchangesAsRows1795471000000 implements MigrationInterface {
  name = 'DialogueExchangesAsRows1795471000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partnership" ADD "revision" integer NOT NULL DEFAULT 1`);
    await queryRunner.query(`UPDATE "partnership" SET "revision" = "version"`);
    await queryRunner.query(`ALTER TABLE "partnership_summary" RENAME COLUMN "version" TO "revision"`);
    await queryRunner.query(
      `CREATE TABLE "dialogue_exchange" (
         "id" uuid NOT NULL,
         "partnership_id" uuid NOT NULL,
         "audience" character varying(30) NOT NULL,
         "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL,
         "channel" character varying(30) NOT NULL,
         "participants" jsonb NOT NULL DEFAULT '[]',
         "summary" text NOT NULL,
         "decisions" text array NOT NULL DEFAULT '{}',
         "recorded_by_organisation_id" uuid NOT NULL,
         "recorded_by_user_id" uuid,
         "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         "idempotency_key" character varying(255),
         "request_hash" character(64),
         CONSTRAINT "PK_dialogue_exchange" PRIMARY KEY ("id"),
         CONSTRAINT "FK_dialogue_exchange_partnership" FOREIGN KEY ("partnership_id")
           REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
         CONSTRAINT "FK_dialogue_exchange_recorded_by_organisation" FOREIGN KEY ("recorded_by_organisation_id")
           REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
         CONSTRAINT "FK_dialogue_exchange_recorded_by_user" FOREIGN KEY ("recorded_by_user_id")
           REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION
       )`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_dialogue_exchange_partnership_occurred" ON "dialogue_exchange"
         ("partnership_id", "occurred_at", "id")`,
    );
    // The latest exchange of an audience: what the reminders' schedule reads.
    await queryRunner.query(
      `CREATE INDEX "IDX_dialogue_exchange_partnership_audience" ON "dialogue_exchange"
         ("partnership_id", "audience", "occurred_at")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_dialogue_exchange_idempotency_key" ON "dialogue_exchange"
         ("partnership_id", "recorded_by_organisation_id", "idempotency_key")
         WHERE idempotency_key IS NOT NULL`,
    );
    await queryRunner.query(
      `INSERT INTO "dialogue_exchange"
         ("id", "partnership_id", "audience", "occurred_at", "channel", "participants", "summary", "decisions",
          "recorded_by_organisation_id", "recorded_at")
       SELECT CASE WHEN exchange->>'id' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                   THEN (exchange->>'id')::uuid ELSE gen_random_uuid() END,
              partnership.id, exchange->>'audience', (exchange->'occurredAt'->>'$date')::timestamptz,
              exchange->>'channel', COALESCE(exchange->'participants', '[]'::jsonb), exchange->>'summary',
              ARRAY(SELECT jsonb_array_elements_text(COALESCE(exchange->'decisions', '[]'::jsonb))),
              (exchange->>'recordedBy')::uuid,
              -- When it was recorded was not kept: the closest known instant is when it took place.
              (exchange->'occurredAt'->>'$date')::timestamptz
         FROM "partnership",
              jsonb_array_elements(COALESCE(partnership.records->'dialogueEvents', '[]'::jsonb)) AS exchange`,
    );
    await queryRunner.query(
      `UPDATE "partnership" SET "records" = "records" - 'dialogueEvents' WHERE "records" ? 'dialogueEvents'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "partnership" SET "records" = "records" || jsonb_build_object('dialogueEvents', COALESCE(
         (SELECT jsonb_agg(jsonb_build_object(
                   'id', exchange.id, 'audience', exchange.audience,
                   'occurredAt', jsonb_build_object('$date', to_char(exchange.occurred_at AT TIME ZONE 'UTC',
                                                                     'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
                   'channel', exchange.channel, 'participants', exchange.participants,
                   'summary', exchange.summary, 'decisions', to_jsonb(exchange.decisions),
                   'recordedBy', exchange.recorded_by_organisation_id)
                   ORDER BY exchange.recorded_at, exchange.id)
            FROM "dialogue_exchange" exchange WHERE exchange.partnership_id = partnership.id),
         '[]'::jsonb))`,
    );
    await queryRunner.query(`DROP TABLE "dialogue_exchange"`);
    await queryRunner.query(`ALTER TABLE "partnership_summary" RENAME COLUMN "revision" TO "version"`);
    // A partnership's version is what its summaries were compared with: those stored since are out of date.
    await queryRunner.query(`DELETE FROM "partnership_summary"`);
    await queryRunner.query(`ALTER TABLE "partnership" DROP COLUMN "revision"`);
  }
}
