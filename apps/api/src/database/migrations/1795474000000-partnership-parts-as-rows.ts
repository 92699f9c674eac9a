import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The parts of a partnership kept as lists, each record a row of its own table: the document's field, the
 * table, and what identifies a record in its list (a presentation is the one of its party).
 * Written out here rather than imported: a migration keeps what the schema was when it ran.
 */
const LISTED = [
  { field: 'motivations', table: 'motivation', key: 'id' },
  { field: 'stakes', table: 'stake', key: 'id' },
  { field: 'contributions', table: 'contribution', key: 'id' },
  { field: 'territoryActors', table: 'associated_territory_actor', key: 'id' },
  { field: 'candidates', table: 'partner_candidate', key: 'id' },
  { field: 'presentations', table: 'presentation', key: 'partyId' },
  { field: 'visits', table: 'visit', key: 'id' },
  { field: 'actions', table: 'joint_action', key: 'id' },
  { field: 'conventionHistory', table: 'past_convention', key: 'id' },
] as const;

/** The parts that are one record per partnership. */
const SINGLE = [
  { field: 'convention', table: 'convention' },
  { field: 'politicalDialogue', table: 'political_dialogue' },
] as const;

const partnershipForeignKey = (table: string) =>
  `CONSTRAINT "FK_${table}_partnership" FOREIGN KEY ("partnership_id")
     REFERENCES "partnership"("id") ON DELETE CASCADE ON UPDATE NO ACTION`;

/**
 * The last parts of a partnership's lifecycle document become rows (docs/adr/0011-records-as-rows.md):
 * motivations, stakes, contributions, associated territory actors, candidates, presentations, visits,
 * actions and past conventions one row per record, the convention and the political dialogue one row per
 * partnership, each with its own version; the partnership's suspension and termination become columns of
 * its row, and the document goes. A write now versions only the record it edits: the partner recording its
 * presentation and an officer revising the convention no longer refuse each other.
 *
 * A record keeps, in `content`, what the document kept of it (instants tagged as the document had them),
 * and its place in its list; every record moved starts at version 1. `down` rebuilds the documents.
 */
export class PartnershipPartsAsRows1795474000000 implements MigrationInterface {
  name = 'PartnershipPartsAsRows1795474000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    for (const { field, table, key } of LISTED) {
      await queryRunner.query(
        `CREATE TABLE "${table}" (
           "partnership_id" uuid NOT NULL,
           "record_key" character varying(100) NOT NULL,
           "position" integer NOT NULL,
           "version" integer NOT NULL DEFAULT 1,
           "content" jsonb NOT NULL,
           CONSTRAINT "PK_${table}" PRIMARY KEY ("partnership_id", "record_key"),
           ${partnershipForeignKey(table)}
         )`,
      );
      await queryRunner.query(
        `INSERT INTO "${table}" ("partnership_id", "record_key", "position", "version", "content")
         SELECT partnership.id, record.value->>'${key}', record.ordinality - 1, 1, record.value
           FROM "partnership"
                CROSS JOIN LATERAL jsonb_array_elements(
                  CASE WHEN jsonb_typeof(partnership.records->'${field}') = 'array'
                       THEN partnership.records->'${field}' ELSE '[]'::jsonb END
                ) WITH ORDINALITY AS record(value, ordinality)`,
      );
    }
    for (const { field, table } of SINGLE) {
      await queryRunner.query(
        `CREATE TABLE "${table}" (
           "partnership_id" uuid NOT NULL,
           "version" integer NOT NULL DEFAULT 1,
           "content" jsonb NOT NULL,
           CONSTRAINT "PK_${table}" PRIMARY KEY ("partnership_id"),
           ${partnershipForeignKey(table)}
         )`,
      );
      await queryRunner.query(
        `INSERT INTO "${table}" ("partnership_id", "version", "content")
         SELECT id, 1, records->'${field}' FROM "partnership" WHERE jsonb_typeof(records->'${field}') = 'object'`,
      );
    }
    await queryRunner.query(`ALTER TABLE "partnership" ADD "suspension" jsonb, ADD "termination" jsonb`);
    await queryRunner.query(
      `UPDATE "partnership"
          SET "suspension" = CASE WHEN jsonb_typeof(records->'suspension') = 'object' THEN records->'suspension' END,
              "termination" = CASE WHEN jsonb_typeof(records->'termination') = 'object' THEN records->'termination' END`,
    );
    await queryRunner.query(`ALTER TABLE "partnership" DROP COLUMN "records"`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "partnership" ADD "records" jsonb NOT NULL DEFAULT '{}'`);
    const listed = LISTED.map(
      ({ field, table }) =>
        `'${field}', COALESCE((SELECT jsonb_agg(part.content ORDER BY part.position) FROM "${table}" part
                                WHERE part.partnership_id = partnership.id), '[]'::jsonb)`,
    ).join(', ');
    const single = SINGLE.map(
      ({ field, table }) =>
        `COALESCE((SELECT jsonb_build_object('${field}', part.content) FROM "${table}" part
                    WHERE part.partnership_id = partnership.id), '{}'::jsonb)`,
    ).join(' || ');
    await queryRunner.query(
      `UPDATE "partnership" SET "records" = jsonb_build_object(${listed}) || ${single}
              || jsonb_build_object('suspension', suspension, 'termination', termination)`,
    );
    await queryRunner.query(`ALTER TABLE "partnership" DROP COLUMN "suspension", DROP COLUMN "termination"`);
    for (const { table } of [...SINGLE, ...LISTED].reverse())
      await queryRunner.query(`DROP TABLE "${table}"`);
  }
}
