import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An in-app notification is no longer only a delivered reminder: each new item of a person's inbox
 * (docs/inbox.md) is one too. Such a notification names its inbox item (its stable key), with what the bell
 * needs to word it without reading the records again: the record's label in its authors' words, the due day
 * and the page where it is acted on. A row is exactly one of the two sources. Existing rows are reminders'
 * and keep their reminder.
 */
export class InboxNotifications1796629564575 implements MigrationInterface {
  name = 'InboxNotifications1796629564575';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "reminder_id" DROP NOT NULL`);
    await queryRunner.query(
      `ALTER TABLE "notification"
         ADD COLUMN "inbox_item_key" character varying(400),
         ADD COLUMN "subject_label" text,
         ADD COLUMN "due_on" date,
         ADD COLUMN "path" character varying(400),
         ADD CONSTRAINT "CHK_notification_one_source"
           CHECK (("reminder_id" IS NULL) <> ("inbox_item_key" IS NULL))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "notification" WHERE "reminder_id" IS NULL`);
    await queryRunner.query(
      `ALTER TABLE "notification"
         DROP CONSTRAINT "CHK_notification_one_source",
         DROP COLUMN "path",
         DROP COLUMN "due_on",
         DROP COLUMN "subject_label",
         DROP COLUMN "inbox_item_key"`,
    );
    await queryRunner.query(`ALTER TABLE "notification" ALTER COLUMN "reminder_id" SET NOT NULL`);
  }
}
