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

export function decodeCursor(cursor: string, sortedBy: 'time' | 'text' = 'time'): KeysetPosition {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<KeysetPosition>;
    const validSortValue =
      sortedBy === 'text' || (typeof value.at === 'string' && !Number.isNaN(Date.parse(value.at)));
    if (typeof value.at === 'string' && typeof value.id === 'string' && validSortValue) {
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
