import type { MigrationInterface, QueryRunner } from 'typeorm';

export class TerritoryActorDirectory1795464000000 implements MigrationInterface {
  name = 'TerritoryActorDirectory1795464000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "territory_actor" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "organisation_id" uuid NOT NULL,
      "name" character varying(200) NOT NULL,
      "kind" character varying(30) NOT NULL,
      "contact" character varying(300) NOT NULL DEFAULT '',
      "notes" text NOT NULL DEFAULT '',
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "version" integer NOT NULL,
      CONSTRAINT "CHK_territory_actor_kind" CHECK ("kind" IN ('association', 'ngo', 'school', 'university', 'hospital', 'religious_body', 'diaspora_group', 'company', 'other')),
      CONSTRAINT "PK_territory_actor" PRIMARY KEY ("id"),
      CONSTRAINT "FK_territory_actor_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    )`);
    // Also the index of the organisation's list, sorted by name.
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_territory_actor_organisation_name" ON "territory_actor" ("organisation_id", lower("name"))`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "territory_actor"`);
  }
}
