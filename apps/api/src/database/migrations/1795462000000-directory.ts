import type { MigrationInterface, QueryRunner } from 'typeorm';

export class Directory1795462000000 implements MigrationInterface {
  name = 'Directory1795462000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD "directory_listed" boolean NOT NULL DEFAULT false`,
    );
    await queryRunner.query(`ALTER TABLE "organisation" ADD "directory_summary" text NOT NULL DEFAULT ''`);
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD "themes_offered" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD "themes_sought" text array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_organisation_directory_country" ON "organisation" ("country_code") WHERE "directory_listed"`,
    );
    // Array containment (`themes_offered @> ARRAY[…]`) is answered by GIN indexes.
    await queryRunner.query(
      `CREATE INDEX "IDX_organisation_themes_offered" ON "organisation" USING gin ("themes_offered")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_organisation_themes_sought" ON "organisation" USING gin ("themes_sought")`,
    );
    await queryRunner.query(`CREATE TABLE "partner_request" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organisation_id" uuid NOT NULL,
      "title" character varying(200) NOT NULL,
      "description" text NOT NULL,
      "themes" text array NOT NULL DEFAULT '{}',
      "status" character varying(20) NOT NULL DEFAULT 'open',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "version" integer NOT NULL,
      CONSTRAINT "CHK_partner_request_status" CHECK ("status" IN ('open', 'closed')),
      CONSTRAINT "PK_partner_request" PRIMARY KEY ("id"),
      CONSTRAINT "FK_partner_request_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    )`);
    await queryRunner.query(
      `CREATE INDEX "IDX_partner_request_organisation" ON "partner_request" ("organisation_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_partner_request_status_created" ON "partner_request" ("status", "created_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_partner_request_themes" ON "partner_request" USING gin ("themes")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "partner_request"`);
    await queryRunner.query(`DROP INDEX "IDX_organisation_themes_sought"`);
    await queryRunner.query(`DROP INDEX "IDX_organisation_themes_offered"`);
    await queryRunner.query(`DROP INDEX "IDX_organisation_directory_country"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "themes_sought"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "themes_offered"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "directory_summary"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "directory_listed"`);
  }
}
