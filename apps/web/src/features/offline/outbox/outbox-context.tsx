import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useApiClient } from '../../../lib/api/api-client-context';
import { registerServiceWorker } from '../register-service-worker';
import { browserOfflineDatabase } from '../storage/offline-database';
import type { OutboxDraft, OutboxItem } from './outbox-item';
import { OutboxStore } from './outbox-store';
import { queriesShowing } from './send-outbox-item';
import { syncOutbox } from './sync-outbox';

/** The latest sync that met a refusal: how many items it left refused; `id` tells two such syncs apart. */
export interface LastRefusal {
  readonly count: number;
  readonly id: number;
}

export interface Outbox {
  /** The signed-in user's items, oldest first: waiting ones, then any refused one where it was. */
  readonly items: readonly OutboxItem[];
  readonly syncing: boolean;
  /** Set by a sync of this session that refused items (a refusal kept from earlier is no news). */
  readonly lastRefusal: LastRefusal | null;
  queue(draft: OutboxDraft): Promise<OutboxItem>;
  /** Sends what waits now (one sync at a time; a request during a sync runs another after it). */
  sync(): Promise<void>;
  discard(seq: number): Promise<void>;
}

const OutboxContext = createContext<Outbox | null>(null);

/** How often a waiting outbox is tried again while the browser says it is online. */
const RETRY_INTERVAL_MS = 60_000;

let defaultStore: OutboxStore | undefined;

/** The browser's outbox, opened on first use; none where the browser has no IndexedDB. */
function browserOutboxStore(): OutboxStore | undefined {
  const database = browserOfflineDatabase();
  if (!database) return undefined;
  defaultStore ??= new OutboxStore(database);
  return defaultStore;
}

/**
 * Keeps the signed-in user's outbox and sends it: when the app starts, when the browser comes back online,
 * right after a write is queued while online, and when the user asks. `userId` is the session's user (no
 * outbox without one).
 */
export function OutboxProvider({
  userId,
  store = browserOutboxStore(),
  children,
}: {
  userId: string | undefined;
  store?: OutboxStore | undefined;
  children: ReactNode;
}) {
  const outbox = useOutboxOf(store && userId ? { store, userId } : undefined);
  useEffect(() => {
    if (userId) registerServiceWorker();
  }, [userId]);
  return <OutboxContext.Provider value={outbox}>{children}</OutboxContext.Provider>;
}

/** The outbox of the signed-in user in `store`; null without one (the same hooks run either way). */
function useOutboxOf(owner: { store: OutboxStore; userId: string } | undefined): Outbox | null {
  const client = useApiClient();
  const queryClient = useQueryClient();
  const store = owner?.store;
  const userId = owner?.userId ?? '';
  const listKey = useMemo(() => ['offline-outbox', userId] as const, [userId]);
  // The list read from IndexedDB: there whatever the network (`networkMode: 'always'`), read again on change.
  const list = useQuery({
    queryKey: listKey,
    queryFn: () => (store ? store.list(userId) : []),
    enabled: Boolean(store && userId),
    networkMode: 'always',
    staleTime: Infinity,
    retry: false,
  });
  const reload = useCallback(
    () => queryClient.invalidateQueries({ queryKey: listKey }),
    [listKey, queryClient],
  );
  // Whose sync it was: another user signing in on this device is not told of it.
  const [refusedBySync, setRefusedBySync] = useState<(LastRefusal & { userId: string }) | null>(null);
  const lastRefusal = useMemo<LastRefusal | null>(
    () => (refusedBySync?.userId === userId ? { count: refusedBySync.count, id: refusedBySync.id } : null),
    [refusedBySync, userId],
  );
  // One sync at a time, in the order asked: mutations of one scope run one after the other.
  const { mutateAsync: runSync, isPending: syncing } = useMutation({
    scope: { id: `offline-outbox-${userId}` },
    networkMode: 'always',
    mutationFn: async () => {
      if (!store || !userId) return;
      const { refused } = await syncOutbox({
        store,
        client,
        userId,
        onSent: (item) => void queryClient.invalidateQueries({ queryKey: queriesShowing(item) }),
        onChange: () => void reload(),
      });
      if (refused > 0) setRefusedBySync((last) => ({ userId, count: refused, id: (last?.id ?? 0) + 1 }));
    },
    onSettled: () => reload(),
  });
  const sync = useCallback(() => runSync().catch(() => undefined), [runSync]);

  useEffect(() => {
    const hasWaiting = () =>
      (queryClient.getQueryData<OutboxItem[]>(listKey) ?? []).some((item) => item.status === 'waiting');
    const syncIfWaiting = () => {
      if (navigator.onLine && hasWaiting()) void sync();
    };
    void reload().then(syncIfWaiting);
    window.addEventListener('online', syncIfWaiting);
    // A send that failed while the browser thought it was online is tried again now and then.
    const retry = window.setInterval(syncIfWaiting, RETRY_INTERVAL_MS);
    return () => {
      window.removeEventListener('online', syncIfWaiting);
      window.clearInterval(retry);
    };
  }, [listKey, queryClient, reload, sync]);

  const items = list.data;
  return useMemo<Outbox | null>(
    () =>
      store && userId
        ? {
            items: items ?? [],
            syncing,
            lastRefusal,
            sync,
            queue: async (draft) => {
              const item = await store.queue(userId, draft);
              await reload();
              if (navigator.onLine) void sync();
              return item;
            },
            discard: async (seq) => {
              await store.remove(seq);
              await reload();
            },
          }
        : null,
    [items, lastRefusal, reload, store, sync, syncing, userId],
  );
}

/** The outbox, or null where there is none (no IndexedDB, nobody signed in): forms then only send. */
export function useOutbox(): Outbox | null {
  return useContext(OutboxContext);
}
