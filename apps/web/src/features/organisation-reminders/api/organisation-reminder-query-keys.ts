/** Every query of the admin's reminder page starts with this: a retry refreshes the list and the health. */
export const ORGANISATION_REMINDERS_QUERY_KEY = ['organisation', 'reminders'] as const;
