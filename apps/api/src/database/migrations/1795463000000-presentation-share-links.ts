import type { MigrationInterface, QueryRunner } from 'typeorm';

export class PresentationShareLinks1795463000000 implements MigrationInterface {
  name = 'PresentationShareLinks1795463000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "presentation_share_link" (
      "id" uuid NOT NULL DEFAULT gen_random_uuid(),
      "token_hash" character varying(64) NOT NULL,
      "partnership_id" uuid NOT NULL,
      "owner_organisation_id" uuid NOT NULL,
      "language" character varying(5) NOT NULL,
      "created_by_user_id" uuid NOT NULL,
      "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
      "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
      "revoked_at" TIMESTAMP WITH TIME ZONE,
      CONSTRAINT "PK_presentation_share_link" PRIMARY KEY ("id"),
      CONSTRAINT "FK_share_link_partnership" FOREIGN KEY ("partnership_id") REFERENCES "partnership"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
    )`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_share_link_token_hash" ON "presentation_share_link" ("token_hash")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_share_link_partnership_owner" ON "presentation_share_link" ("partnership_id", "owner_organisation_id")`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "presentation_share_link"`);
  }
}
