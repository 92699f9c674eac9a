import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A reminder's delivery claims its row, and commits the claim, before talking to the mail server
 * (docs/reminders.md): `claim_token` names the delivery, `claimed_until` is when another may take the row
 * over if that delivery's worker died. Existing rows are unclaimed. A sent reminder keeps no error from an
 * earlier failed attempt: the ones that did are cleared, and a check keeps it so.
 */
export class ReminderDeliveryClaims1795476300000 implements MigrationInterface {
  name = 'ReminderDeliveryClaims1795476300000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "reminder" ADD "claim_token" uuid, ADD "claimed_until" TIMESTAMP WITH TIME ZONE`,
    );
    await queryRunner.query(`UPDATE "reminder" SET "last_error" = NULL WHERE "status" = 'sent'`);
    await queryRunner.query(
      `ALTER TABLE "reminder"
         ADD CONSTRAINT "CHK_reminder_claim" CHECK (("claim_token" IS NULL) = ("claimed_until" IS NULL)),
         ADD CONSTRAINT "CHK_reminder_sent_without_error" CHECK ("status" <> 'sent' OR "last_error" IS NULL)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "reminder" DROP CONSTRAINT "CHK_reminder_sent_without_error",
         DROP CONSTRAINT "CHK_reminder_claim"`,
    );
    await queryRunner.query(`ALTER TABLE "reminder" DROP COLUMN "claimed_until", DROP COLUMN "claim_token"`);
  }
}
