import { ProblemException } from '../problem/problem';

/**
 * An opaque "continue after this row" cursor for keyset-paginated lists: the sort value of the last row
 * (`at`: an instant for lists by time, a text for lists by name) and its id.
 */
export interface KeysetPosition {
  at: string;
  id: string;
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

/** What the rows' ids are: checked here, since PostgreSQL would answer a malformed one with an error. */
type IdKind = 'uuid' | 'bigint' | 'text';

const ID_PATTERNS: Record<IdKind, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  bigint: /^[0-9]{1,19}$/,
  text: /^[\s\S]{1,200}$/,
};

/** As `Date.toISOString` writes it (which is how cursors are made). */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

export function decodeCursor(
  cursor: string,
  sortedBy: 'time' | 'text' = 'time',
  idKind: IdKind = 'uuid',
): KeysetPosition {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<KeysetPosition>;
    const validSortValue =
      sortedBy === 'text' ||
      (typeof value.at === 'string' && ISO_INSTANT.test(value.at) && !Number.isNaN(Date.parse(value.at)));
    const validId = typeof value.id === 'string' && ID_PATTERNS[idKind].test(value.id);
    if (typeof value.at === 'string' && typeof value.id === 'string' && validSortValue && validId) {
      return { at: value.at, id: value.id };
    }
  } catch {
    // Falls through to the problem below.
  }
  throw new ProblemException(
    'REQUEST.VALIDATION_FAILED',
    'The cursor is not valid: use `nextCursor` as given.',
    {
      errors: [{ field: 'cursor', rule: 'cursor', message: 'cursor is not valid' }],
    },
  );
}
