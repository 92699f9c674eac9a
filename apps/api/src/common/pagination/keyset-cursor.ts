import { ProblemException } from '../problem/problem';

/** An opaque "continue after this row" cursor for lists sorted newest first by (time, id). */
export interface KeysetPosition {
  at: string;
  id: string;
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify(position)).toString('base64url');
}

export function decodeCursor(cursor: string): KeysetPosition {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<KeysetPosition>;
    if (typeof value.at === 'string' && typeof value.id === 'string' && !Number.isNaN(Date.parse(value.at))) {
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
