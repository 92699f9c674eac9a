import { createHash } from 'node:crypto';
import { ProblemException } from '../problem/problem';

/**
 * The `Idempotency-Key` request header (IETF httpapi draft "The Idempotency-Key HTTP Header Field"): a
 * client sends the same key again when it retries an append whose answer it did not get, and the server
 * stores one record. Keys are opaque; a UUID is what the web app sends.
 */
export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';

const VALID_KEY = /^[\x21-\x7e]{1,255}$/;

/** The key as sent (absent: the append is not retried safely), or a problem naming the header. */
export function idempotencyKeyOf(header: string | string[] | undefined): string | null {
  if (header === undefined) return null;
  const key = Array.isArray(header) ? header[0] : header;
  if (key !== undefined && VALID_KEY.test(key)) return key;
  throw new ProblemException(
    'REQUEST.IDEMPOTENCY_KEY_INVALID',
    'The Idempotency-Key header must be 1 to 255 visible ASCII characters (a UUID, say).',
    { errors: [{ field: 'Idempotency-Key', rule: 'idempotencyKey', message: 'invalid idempotency key' }] },
  );
}

/**
 * A fingerprint of the request a key came with: the same key sent with another request is refused rather
 * than answered with a record that does not match it. Object keys are sorted, so the order a client
 * writes fields in does not matter.
 */
export function requestFingerprint(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const fields = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`);
    return `{${fields.join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The answer to a key already used with another request. */
export function idempotencyKeyReused(): ProblemException {
  return new ProblemException(
    'REQUEST.IDEMPOTENCY_KEY_REUSED',
    'This Idempotency-Key was already used with another request. Send a new key for a new record.',
  );
}

/** How the API documentation describes a route that appends a record. */
export const APPEND_DESCRIPTION =
  'Appended beside the partnership’s other records: no version is needed, and it never conflicts with ' +
  'another write. Send an `Idempotency-Key` to retry safely: the same key with the same request stores ' +
  'one record; with another request it is refused (422 `REQUEST.IDEMPOTENCY_KEY_REUSED`).';

/** The `Idempotency-Key` header in the API documentation. */
export const IDEMPOTENCY_KEY_DOC = {
  name: 'Idempotency-Key',
  required: false,
  description: 'A key of your own (a UUID) for this record, sent again with any retry of it.',
};
