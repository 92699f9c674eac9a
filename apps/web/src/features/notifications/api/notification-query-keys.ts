/** Every query of the signed-in user's inbox starts with this, so that one invalidation reaches them all. */
export const NOTIFICATIONS_QUERY_KEY = ['notifications'] as const;

export const NOTIFICATION_LIST_QUERY_KEY = [...NOTIFICATIONS_QUERY_KEY, 'list'] as const;

export const UNREAD_NOTIFICATION_COUNT_QUERY_KEY = [...NOTIFICATIONS_QUERY_KEY, 'unread-count'] as const;
