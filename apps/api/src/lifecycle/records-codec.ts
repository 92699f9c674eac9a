/**
 * The domain keeps instants as `Date`. JSON has no dates, so they are stored tagged (`{"$date": "…"}`) and
 * revived on load; a text that merely looks like a date stays a text.
 *
 * Both directions walk the value once. They used to serialise it and parse it back with a replacer or a
 * reviver, which cost two passes over documents of 30 kB on average and up to 400 kB: the partnership page
 * spent a quarter of its time there at national scale (docs/benchmarks.md).
 */
export function encodeRecords(value: unknown): unknown {
  return encodeValue(value);
}

/**
 * Revives the tagged instants of a document `pg` has just parsed. It replaces them in place rather than
 * copying the whole document: the value must be the caller's own (a row just read), never shared.
 */
export function decodeRecords<T>(value: unknown): T {
  return reviveInPlace(value) as T;
}

function encodeValue(value: unknown): unknown {
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map(encodeValue);
  if (typeof value !== 'object' || value === null) return value;
  const encoded: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    // As JSON.stringify would: an absent optional field is not stored.
    if (field !== undefined) encoded[key] = encodeValue(field);
  }
  return encoded;
}

function reviveInPlace(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) value[index] = reviveInPlace(value[index]);
    return value;
  }
  if (isTaggedDate(value)) return new Date(value.$date);
  const fields = value as Record<string, unknown>;
  for (const key in fields) fields[key] = reviveInPlace(fields[key]);
  return value;
}

function isTaggedDate(value: object): value is { $date: string } {
  // Checked without Object.keys: this runs on every object of every document read.
  if (typeof (value as { $date?: unknown }).$date !== 'string') return false;
  let keys = 0;
  for (const _key in value) keys += 1;
  return keys === 1;
}
