import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A partnership's orderly rupture (negotiation, deliberation, notice: docs/domain.md) is kept beside its
 * suspension and termination. Partnerships terminated before it existed keep their termination, told as a
 * rupture that ended (no deliberation recorded then). Those whose notice had not run out yet were ended on
 * the day of the decision: they return to the status they can only have had then (active), serving their
 * notice, and the daily job ends them on their effective date. Their convention stays as the termination
 * left it (its earlier state is not known).
 */
export class OrderlyRupture1795477230000 implements MigrationInterface {
  name = 'OrderlyRupture1795477230000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partnership" ADD "rupture" jsonb`);
    await queryRunner.query(
      `UPDATE "partnership" p
          SET "rupture" = jsonb_build_object(
                'stage', CASE WHEN (p.termination->>'effectiveOn')::date > CURRENT_DATE
                              THEN 'notice' ELSE 'ended' END,
                'reason', p.termination->'reason',
                'proposedBy', (SELECT party.organisation_id FROM partnership_party party
                                WHERE party.partnership_id = p.id AND party.role = 'initiator'),
                'proposedOn', p.termination->'noticeGivenOn',
                'responses', '[]'::jsonb,
                'deliberation', 'null'::jsonb,
                'decidedAt', COALESCE(p.termination->'decidedAt', 'null'::jsonb),
                'noticeGivenOn', p.termination->'noticeGivenOn',
                'effectiveOn', p.termination->'effectiveOn',
                'actionDecisions', COALESCE(p.termination->'actionDecisions', '[]'::jsonb),
                'withdrawal', 'null'::jsonb)
        WHERE p.status = 'terminated' AND p.termination IS NOT NULL`,
    );
    await queryRunner.query(
      `UPDATE "partnership"
          SET "status" = 'active', "termination" = NULL,
              "version" = "version" + 1, "revision" = "revision" + 1
        WHERE "status" = 'terminated' AND "rupture"->>'stage' = 'notice'`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    // Partnerships serving a notice were terminated at the decision before: they become so again.
    await queryRunner.query(
      `UPDATE "partnership"
          SET "status" = 'terminated',
              "termination" = jsonb_build_object(
                'reason', "rupture"->'reason', 'noticeGivenOn', "rupture"->'noticeGivenOn',
                'effectiveOn', "rupture"->'effectiveOn', 'actionDecisions', "rupture"->'actionDecisions',
                'decidedAt', jsonb_build_object('$date', to_jsonb(now()))),
              "version" = "version" + 1, "revision" = "revision" + 1
        WHERE "rupture"->>'stage' = 'notice'`,
    );
    await queryRunner.query(`ALTER TABLE "partnership" DROP COLUMN "rupture"`);
  }
}
