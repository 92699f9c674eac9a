// The statements of the notification bell, free of framework imports so that the benchmark's baseline runs
// the very same SQL.

/**
 * How many notifications user $1 has not read: what every screen's bell asks, so one plain count written by
 * hand (TypeORM's `countBy` builds its query on every call and counts distinct ids, which costs a sort).
 */
export const UNREAD_COUNT_SQL = `SELECT count(*)::int AS unread FROM notification
    WHERE user_id = $1 AND read_at IS NULL`;
