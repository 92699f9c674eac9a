import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Who leads each party's executive (docs/domain.md, "Legal variants"): every existing party is taken as
 * led by elected officials, as the product assumed until now. Partnerships keep the form chosen at their
 * creation (convention-based unless emergency aid was chosen); their revision moves so that the stored
 * assessment is made again, now naming the form and its legal basis and using the form's own criteria.
 */
export class PartyGovernance1796587181844 implements MigrationInterface {
  name = 'PartyGovernance1796587181844';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE "partnership_party" ADD "governance" character varying(20) NOT NULL DEFAULT 'elected_executive'`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_party" ADD CONSTRAINT "CHK_partnership_party_governance"
         CHECK ("governance" IN ('elected_executive', 'appointed_executive'))`,
    );
    await queryRunner.query(`UPDATE "partnership" SET "revision" = "revision" + 1`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // A partnership of the form added with the governance has no form the older code knows: it becomes the default.
    await queryRunner.query(
      `UPDATE "partnership" SET "form" = 'decentralised_cooperation', "version" = "version" + 1,
              "revision" = "revision" + 1
        WHERE "form" = 'external_action'`,
    );
    await queryRunner.query(
      `ALTER TABLE "partnership_party" DROP CONSTRAINT "CHK_partnership_party_governance"`,
    );
    await queryRunner.query(`ALTER TABLE "partnership_party" DROP COLUMN "governance"`);
  }
}
