import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateOrganisation1764000000000 implements MigrationInterface {
  name = 'CreateOrganisation1764000000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "organisation" (
        "id" uuid NOT NULL DEFAULT gen_random_uuid(),
        "name" character varying(200) NOT NULL,
        "kind" character varying(40) NOT NULL,
        "country_code" character(2) NOT NULL,
        "population" integer,
        "languages" text array NOT NULL DEFAULT '{}',
        "time_zone" character varying(64) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "version" integer NOT NULL,
        CONSTRAINT "PK_organisation" PRIMARY KEY ("id")
      )`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "organisation"`);
  }
}
