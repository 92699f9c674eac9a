/**
 * The domain keeps instants as `Date`. JSON has no dates, so they are stored tagged (`{"$date": "…"}`) and
 * revived on load; a text that merely looks like a date stays a text.
 */
export function encodeRecords(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, function replacer(this: Record<string, unknown>, key: string, encoded: unknown) {
      const original = this[key];
      return original instanceof Date ? { $date: original.toISOString() } : encoded;
    }),
  );
}

export function decodeRecords<T>(value: unknown): T {
  return JSON.parse(JSON.stringify(value), (_key, decoded: unknown) =>
    isTaggedDate(decoded) ? new Date(decoded.$date) : decoded,
  ) as T;
}

function isTaggedDate(value: unknown): value is { $date: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.keys(value).length === 1 &&
    typeof (value as { $date?: unknown }).$date === 'string'
  );
}
