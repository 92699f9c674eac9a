/**
 * The rows a statement returned. TypeORM's PostgreSQL driver answers an UPDATE or DELETE … RETURNING with
 * `[rows, affectedCount]` and an INSERT or SELECT with the rows alone.
 */
export function returnedRows<T>(result: T[] | [T[], number]): T[] {
  return result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number'
    ? (result[0] as T[])
    : (result as T[]);
}
