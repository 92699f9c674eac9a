import type { MigrationInterface, QueryRunner } from 'typeorm';

export class StoredFiles1795465000000 implements MigrationInterface {
  name = 'StoredFiles1795465000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "stored_file" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "partnership_id" uuid NOT NULL,
      "organisation_id" uuid NOT NULL,
      "uploaded_by" uuid NOT NULL,
      "original_name" character varying(200) NOT NULL,
      "media_type" character varying(100) NOT NULL,
      "size_bytes" bigint NOT NULL,
      "sha256" character(64) NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      CONSTRAINT "PK_stored_file" PRIMARY KEY ("id"),
      CONSTRAINT "FK_stored_file_partnership" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
      CONSTRAINT "FK_stored_file_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisation"("id") ON DELETE RESTRICT ON UPDATE NO ACTION,
      CONSTRAINT "FK_stored_file_uploaded_by" FOREIGN KEY ("uploaded_by") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    )`);
    await queryRunner.query(`CREATE INDEX "IDX_stored_file_partnership" ON "stored_file" ("partnership_id")`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "stored_file"`);
  }
}
