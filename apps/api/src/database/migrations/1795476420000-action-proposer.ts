import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who proposed an action becomes a fact either side enters and the other confirms (docs/domain.md, "Who
 * proposes"). Existing actions only knew the side whose user typed them in: that side is taken as the
 * proposer, stated by itself and unconfirmed, so the figures read as before until a side corrects or
 * confirms. Stored summaries and assessments are dropped and recomputed on the next read.
 *
 * `down` removes the field: `initiatedBy`, which it copies, is left as it was.
 */
export class ActionProposer1795476420000 implements MigrationInterface {
  name = 'ActionProposer1795476420000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "joint_action"
          SET "content" = "content" || jsonb_build_object('proposal', jsonb_build_object(
                'proposedBy', "content"->'initiatedBy',
                'statedBy', "content"->'initiatedBy',
                'confirmedBy', NULL))
        WHERE NOT "content" ? 'proposal'`,
    );
    await queryRunner.query(`DELETE FROM "partnership_summary"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "joint_action" SET "content" = "content" - 'proposal'`);
    await queryRunner.query(`DELETE FROM "partnership_summary"`);
  }
}
