import type { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { ProblemException } from '../problem/problem';

/**
 * Refuses an edit made from a stale copy: the client sends the version it read, and if the record moved
 * on since, nothing is written and the answer says which version is current. A quick check before any
 * other rule; the write itself must still go through `updateAtVersion`, which is what decides a race.
 */
export function assertCurrentVersion(entity: { version: number }, expected: number, what: string): void {
  if (entity.version !== expected) throw staleVersion(what, entity.version, expected);
}

/** A row with a primary key `id` and a TypeORM `@VersionColumn` named `version`. */
type VersionedRow = ObjectLiteral & { id: string; version: number };

/**
 * Writes `changes` to one row and moves it to the next version, in a single
 * `UPDATE … WHERE id = $1 AND version = $n`: of concurrent edits made from the same version, PostgreSQL
 * lets exactly one match (the others wait for its row lock, then see the new version), so no edit is
 * silently overwritten. The version always moves on, even when the values did not change, so that every
 * accepted edit invalidates the copies read before it. Returns the row as stored; 409 `RESOURCE.CONFLICT`
 * when it was not at `expectedVersion` any more.
 */
export async function updateAtVersion<Row extends VersionedRow>(
  manager: EntityManager,
  target: EntityTarget<Row>,
  id: string,
  expectedVersion: number,
  changes: QueryDeepPartialEntity<Row>,
  what: string,
): Promise<Row> {
  const result = await manager
    .createQueryBuilder()
    .update(target)
    .set({ ...changes, version: () => 'version + 1' } as QueryDeepPartialEntity<Row>)
    .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
    .execute();
  const stored = await manager.findOneByOrFail(target, { id } as FindOptionsWhere<Row>);
  if (result.affected === 0) throw staleVersion(what, stored.version, expectedVersion);
  return stored;
}

function staleVersion(what: string, current: number, yours: number): ProblemException {
  return new ProblemException(
    'RESOURCE.CONFLICT',
    `This ${what} was changed by someone else (version ${current}, yours ${yours}). Reload it and try again.`,
    { currentVersion: current },
  );
}
