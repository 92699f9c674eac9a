import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InvitationCandidate1795461000000 implements MigrationInterface {
  name = 'InvitationCandidate1795461000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitation" ADD "candidate_id" character varying(64)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "invitation" DROP COLUMN "candidate_id"`);
  }
}
