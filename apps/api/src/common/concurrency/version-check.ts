import { ProblemException } from '../problem/problem';

/**
 * Refuses an edit made from a stale copy: the client sends the version it read, and if the record moved
 * on since, nothing is written and the answer says which version is current.
 */
export function assertCurrentVersion(entity: { version: number }, expected: number, what: string): void {
  if (entity.version !== expected) {
    throw new ProblemException(
      'RESOURCE.CONFLICT',
      `This ${what} was changed by someone else (version ${entity.version}, yours ${expected}). Reload it and try again.`,
      { currentVersion: entity.version },
    );
  }
}
