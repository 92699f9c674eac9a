/**
 * Every query about the organisation's directory of territory actors starts with this key: the directory
 * page and step 1 (which files a new actor when it associates one by name) refresh them all.
 */
export const TERRITORY_ACTORS_QUERY_KEY = ['territory-actors'] as const;
