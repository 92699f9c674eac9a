import type { MigrationInterface, QueryRunner } from 'typeorm';

export class LifecycleRecords1795460000000 implements MigrationInterface {
  name = 'LifecycleRecords1795460000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD "internet_reliability" character varying(20) NOT NULL DEFAULT 'good'`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD "phone_reliability" character varying(20) NOT NULL DEFAULT 'good'`,
    );
    await queryRunner.query(
      `ALTER TABLE "organisation" ADD "usual_channels" text array NOT NULL DEFAULT '{email,phone,video_call,in_person}'`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership" ADD "target_countries" character(2) array NOT NULL DEFAULT '{}'`,
    );
    await queryRunner.query(`ALTER TABLE "partnership" ADD "themes" text array NOT NULL DEFAULT '{}'`);
    await queryRunner.query(`ALTER TABLE "partnership" ADD "records" jsonb NOT NULL DEFAULT '{}'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partnership" DROP COLUMN "records"`);
    await queryRunner.query(`ALTER TABLE "partnership" DROP COLUMN "themes"`);
    await queryRunner.query(`ALTER TABLE "partnership" DROP COLUMN "target_countries"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "usual_channels"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "phone_reliability"`);
    await queryRunner.query(`ALTER TABLE "organisation" DROP COLUMN "internet_reliability"`);
  }
}
