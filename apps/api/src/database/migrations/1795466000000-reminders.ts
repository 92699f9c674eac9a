import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Dialogue reminders: the schedule (one row per reminder and recipient, which is also the record of what was
 * sent), the in-app notifications, each user's opt-outs and personal calendar feeds.
 */
export class Reminders1795466000000 implements MigrationInterface {
  name = 'Reminders1795466000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "reminder" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "key" character varying(300) NOT NULL,
      "recipient_id" uuid NOT NULL,
      "organisation_id" uuid NOT NULL,
      "partnership_id" uuid NOT NULL,
      "kind" character varying(40) NOT NULL,
      "audience" character varying(40),
      "visit_id" character varying(64),
      "convention_id" character varying(64),
      "subject_date" date NOT NULL,
      "offset_days" integer NOT NULL,
      "notify_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "send_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "status" character varying(20) NOT NULL DEFAULT 'pending',
      "attempts" integer NOT NULL DEFAULT 0,
      "last_error" text,
      "sent_at" TIMESTAMP WITH TIME ZONE,
      "closed_at" TIMESTAMP WITH TIME ZONE,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_reminder" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_reminder_key_recipient" UNIQUE ("key", "recipient_id"),
      CONSTRAINT "CHK_reminder_status" CHECK ("status" IN ('pending', 'sent', 'failed', 'cancelled', 'skipped')),
      CONSTRAINT "FK_reminder_recipient" FOREIGN KEY ("recipient_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "FK_reminder_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "FK_reminder_partnership" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_reminder_partnership_status" ON "reminder" ("partnership_id", "status")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_reminder_organisation_status" ON "reminder" ("organisation_id", "status")`,
    );
    // Reconciliation walks the pending schedule in send order.
    await queryRunner.query(
      `CREATE INDEX "IDX_reminder_pending_notify_at" ON "reminder" ("notify_at") WHERE "status" = 'pending'`,
    );

    await queryRunner.query(`CREATE TABLE "notification" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "user_id" uuid NOT NULL,
      "reminder_id" uuid NOT NULL,
      "partnership_id" uuid NOT NULL,
      "kind" character varying(40) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "read_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_notification" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_notification_reminder" UNIQUE ("reminder_id"),
      CONSTRAINT "FK_notification_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "FK_notification_reminder" FOREIGN KEY ("reminder_id") REFERENCES "reminder"("id") ON DELETE CASCADE ON UPDATE NO ACTION,
      CONSTRAINT "FK_notification_partnership" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_notification_user_created" ON "notification" ("user_id", "created_at")`,
    );

    await queryRunner.query(
      `ALTER TABLE "app_user" ADD "reminder_opt_outs" text array NOT NULL DEFAULT '{}'`,
    );

    await queryRunner.query(`CREATE TABLE "calendar_feed" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "user_id" uuid NOT NULL,
      "token_hash" character(64) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "revoked_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_calendar_feed" PRIMARY KEY ("id"),
      CONSTRAINT "UQ_calendar_feed_token_hash" UNIQUE ("token_hash"),
      CONSTRAINT "FK_calendar_feed_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE NO ACTION
    )`);
    await queryRunner.query(`CREATE INDEX "IDX_calendar_feed_user" ON "calendar_feed" ("user_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "calendar_feed"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP COLUMN "reminder_opt_outs"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TABLE "reminder"`);
  }
}
