import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Early warnings of rupture (seed 000 §3–4: elections, budget cuts, a turn to self-interest, instability,
 * work handed to operators) get a table of their own: each is appended by an officer of either party and
 * never changed, like the dialogue's exchanges (docs/adr/0011-records-as-rows.md). Stored summaries are
 * dropped: they are recomputed on the next read, now with the signals and the health score they feed.
 */
export class RuptureSignals1796587376683 implements MigrationInterface {
  name = 'RuptureSignals1796587376683';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "rupture_signal" (
         "id" uuid NOT NULL,
         "partnership_id" uuid NOT NULL,
         "kind" character varying(30) NOT NULL,
         "concerns_organisation_id" uuid NOT NULL,
         "occurs_on" date NOT NULL,
         "note" text NOT NULL,
         "recorded_by_organisation_id" uuid NOT NULL,
         "recorded_by_user_id" uuid,
         "recorded_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
         "idempotency_key" character varying(255),
         "request_hash" character(64),
         CONSTRAINT "PK_rupture_signal" PRIMARY KEY ("id"),
         CONSTRAINT "FK_rupture_signal_partnership" FOREIGN KEY ("partnership_id")
           REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
         CONSTRAINT "FK_rupture_signal_concerns_organisation" FOREIGN KEY ("concerns_organisation_id")
           REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
         CONSTRAINT "FK_rupture_signal_recorded_by_organisation" FOREIGN KEY ("recorded_by_organisation_id")
           REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
         CONSTRAINT "FK_rupture_signal_recorded_by_user" FOREIGN KEY ("recorded_by_user_id")
           REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE NO ACTION
       )`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_rupture_signal_partnership_occurs" ON "rupture_signal"
         ("partnership_id", "occurs_on", "id")`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_rupture_signal_idempotency_key" ON "rupture_signal"
         ("partnership_id", "recorded_by_organisation_id", "idempotency_key")
         WHERE idempotency_key IS NOT NULL`,
    );
    await queryRunner.query(`DELETE FROM "partnership_summary"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "partnership_summary"`);
    await queryRunner.query(`DROP TABLE "rupture_signal"`);
  }
}
