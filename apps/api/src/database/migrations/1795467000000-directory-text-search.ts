import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Directory text search from indexes instead of filtering every listed authority (docs/benchmarks.md):
 * `ILIKE '%…%'` can use a trigram GIN index (pg_trgm, shipped with PostgreSQL and the embedded binaries),
 * which answers rare terms in a couple of milliseconds; a common term ("ville" matches 60 % of the names)
 * is cheaper read in name order through the (name, id) index, which also serves the keyset pagination,
 * stopping at the page's 21st match. The planner picks between them from the trigram statistics. All three
 * are partial: only listed authorities are ever searched.
 */
export class DirectoryTextSearch1795467000000 implements MigrationInterface {
  name = 'DirectoryTextSearch1795467000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await queryRunner.query(
      `CREATE INDEX "IDX_organisation_directory_name_trgm" ON "organisation" USING gin ("name" gin_trgm_ops) WHERE "directory_listed"`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_organisation_directory_summary_trgm" ON "organisation" USING gin ("directory_summary" gin_trgm_ops) WHERE "directory_listed"`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_organisation_directory_name" ON "organisation" ("name", "id") WHERE "directory_listed"`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "IDX_organisation_directory_name"`);
    await queryRunner.query(`DROP INDEX "IDX_organisation_directory_summary_trgm"`);
    await queryRunner.query(`DROP INDEX "IDX_organisation_directory_name_trgm"`);
    // The extension stays: other databases objects may have come to depend on it.
  }
}
