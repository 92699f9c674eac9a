import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The authority's contacts for international relations, as the national atlas of decentralised cooperation
 * lists them (docs/atlas-and-handover.md): the elected official and the officer in charge, each with a
 * name, a title and an email, and the service's phone. Existing authorities have none stated yet: the
 * atlas sheet shows them as missing until the profile is completed.
 */
export class InternationalContacts1796586712378 implements MigrationInterface {
  name = 'InternationalContacts1796586712378';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisation"
         ADD "international_elected_name" character varying(200),
         ADD "international_elected_title" character varying(200),
         ADD "international_elected_email" character varying(254),
         ADD "international_officer_name" character varying(200),
         ADD "international_officer_title" character varying(200),
         ADD "international_officer_email" character varying(254),
         ADD "international_phone" character varying(40)`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisation"
         DROP COLUMN "international_phone",
         DROP COLUMN "international_officer_email",
         DROP COLUMN "international_officer_title",
         DROP COLUMN "international_officer_name",
         DROP COLUMN "international_elected_email",
         DROP COLUMN "international_elected_title",
         DROP COLUMN "international_elected_name"`,
    );
  }
}
