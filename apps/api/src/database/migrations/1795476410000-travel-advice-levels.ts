import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The reason the audit trail gives for the visits this migration cancels. */
const CANCEL_REASON =
  'Cancelled when red zones became refused: no delegation travels to a zone formally advised against ' +
  '(meet in a third place or exchange remotely instead).';

/**
 * Red zones are refused, orange zones need an elected approval with its reason (docs/domain.md, "Travel
 * advice"). What existing visits become:
 *
 * - each visit's `redZoneApproval` becomes `travelApproval`, with `reason: null` (no reason was asked then);
 *   a past red-zone visit keeps it as history of what was decided under the former rule;
 * - a red-zone visit not yet started and not cancelled can no longer take place: it is cancelled (version
 *   bumped), with a `lifecycle.VisitCancelled` entry in the audit trail of the initiating authority saying
 *   why, so the officer sees it and can plan a meeting in a third place or a remote exchange instead.
 *   "Not yet started" is judged on the UTC date the migration runs;
 * - an orange-zone visit still to come gets the warning that it waits for an approval (computed, not stored);
 * - stored summaries and assessments name the former warning `INITIATION.RED_ZONE_APPROVAL_MISSING`: they
 *   are dropped and recomputed on the next read, as earlier migrations did.
 *
 * `down` gives approvals back their former name; the cancellations stay (the audit trail says why).
 */
export class TravelAdviceLevels1795476410000 implements MigrationInterface {
  name = 'TravelAdviceLevels1795476410000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "visit"
          SET "content" = ("content" - 'redZoneApproval') || jsonb_build_object(
                'travelApproval',
                CASE WHEN jsonb_typeof("content"->'redZoneApproval') = 'object'
                     THEN ("content"->'redZoneApproval') || '{"reason": null}'::jsonb
                     ELSE 'null'::jsonb END)
        WHERE "content" ? 'redZoneApproval'`,
    );
    await queryRunner.query(
      `WITH cancelled AS (
         UPDATE "visit"
            SET "content" = jsonb_set("content", '{cancelled}', 'true'::jsonb), "version" = "version" + 1
          WHERE "content"->'travelAdvisory'->>'level' = 'formally_advised_against'
            AND ("content"->>'cancelled')::boolean IS NOT TRUE
            AND ("content"->>'startsOn')::date > (now() AT TIME ZONE 'UTC')::date
         RETURNING "partnership_id", "record_key"
       )
       INSERT INTO "audit_event" ("organisation_id", "actor_user_id", "entity_type", "entity_id", "action", "changes")
       SELECT party."organisation_id", NULL, 'partnership', cancelled."partnership_id"::text,
              'lifecycle.VisitCancelled',
              jsonb_build_object(
                'visitId', jsonb_build_object('before', NULL, 'after', cancelled."record_key"),
                'reason', jsonb_build_object('before', NULL, 'after', $1::text))
         FROM cancelled
         JOIN "partnership_party" party
           ON party."partnership_id" = cancelled."partnership_id" AND party."role" = 'initiator'`,
      [CANCEL_REASON],
    );
    await queryRunner.query(`DELETE FROM "partnership_summary"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "visit"
          SET "content" = ("content" - 'travelApproval') || jsonb_build_object(
                'redZoneApproval',
                CASE WHEN jsonb_typeof("content"->'travelApproval') = 'object'
                     THEN ("content"->'travelApproval') - 'reason'
                     ELSE 'null'::jsonb END)
        WHERE "content" ? 'travelApproval'`,
    );
    await queryRunner.query(`DELETE FROM "partnership_summary"`);
  }
}
