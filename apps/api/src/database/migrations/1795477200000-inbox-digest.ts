import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * What each person's daily inbox digest already told them (docs/inbox.md): one row per person and inbox
 * item key, noticed when the digest job first saw the item, `mailed_at` once a digest listed it. Items
 * themselves are not stored: they are read from the partnerships' records. Starts empty, so the first run
 * sends each person one digest of what waits for them. `inbox_digest` keeps
 * when each person's last digest went, so that none gets two on one day.
 */
export class InboxDigest1795477200000 implements MigrationInterface {
  name = 'InboxDigest1795477200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "inbox_notice" (
         "user_id" uuid NOT NULL,
         "item_key" character varying(400) NOT NULL,
         "partnership_id" uuid NOT NULL,
         "noticed_at" TIMESTAMP WITH TIME ZONE NOT NULL,
         "mailed_at" TIMESTAMP WITH TIME ZONE,
         CONSTRAINT "PK_inbox_notice" PRIMARY KEY ("user_id", "item_key"),
         CONSTRAINT "FK_inbox_notice_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE,
         CONSTRAINT "FK_inbox_notice_partnership" FOREIGN KEY ("partnership_id")
           REFERENCES "partnership"("id") ON DELETE CASCADE
       )`,
    );
    await queryRunner.query(
      `CREATE TABLE "inbox_digest" (
         "user_id" uuid NOT NULL,
         "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL,
         CONSTRAINT "PK_inbox_digest" PRIMARY KEY ("user_id"),
         CONSTRAINT "FK_inbox_digest_user" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE
       )`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "inbox_digest"`);
    await queryRunner.query(`DROP TABLE "inbox_notice"`);
  }
}
