import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { OutboxItem } from '../outbox/outbox-item';

/** The persisted query cache of the signed-in user, one record: restored before the app first renders. */
export interface PersistedQueries {
  readonly userId: string;
  readonly savedAt: number;
  /** `dehydrate`'s output: plain data, cloned as is by IndexedDB. */
  readonly state: unknown;
}

interface OfflineSchema extends DBSchema {
  /** Writes waiting to be sent, in the order they were made (`seq` grows). */
  outbox: { key: number; value: OutboxItem; indexes: { byUser: string } };
  queries: { key: 'current'; value: PersistedQueries };
}

export type OfflineDatabase = IDBPDatabase<OfflineSchema>;

const NAME = 'passerelle-offline';

/** The browser's database for what the app keeps for offline use (docs/offline.md). */
export function openOfflineDatabase(): Promise<OfflineDatabase> {
  return openDB<OfflineSchema>(NAME, 1, {
    upgrade(database) {
      const outbox = database.createObjectStore('outbox', { keyPath: 'seq', autoIncrement: true });
      outbox.createIndex('byUser', 'userId');
      database.createObjectStore('queries');
    },
  });
}

let opened: Promise<OfflineDatabase> | undefined;

/** This browser's offline database, opened once; undefined where the browser has no IndexedDB. */
export function browserOfflineDatabase(): Promise<OfflineDatabase> | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  opened ??= openOfflineDatabase();
  return opened;
}
