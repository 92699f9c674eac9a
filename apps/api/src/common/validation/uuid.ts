const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Ids in paths are checked before they reach PostgreSQL, which would reject a malformed uuid with an
 * error: a malformed id is simply "not found", like any id the caller may not see.
 */
export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}
