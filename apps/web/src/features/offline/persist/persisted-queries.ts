import {
  dehydrate,
  hydrate,
  type DehydratedState,
  type Query,
  type QueryClient,
} from '@tanstack/react-query';
import { SESSION_QUERY_KEY } from '../../../lib/query-client';
import type { Session } from '../../auth/api/get-session';
import type { OfflineDatabase } from '../storage/offline-database';

/**
 * The queries kept for a reload without a connection: who is signed in, and what the partnership pages show
 * (the partnership, its dialogue, its actions and their records, the code lists of the action page).
 */
const PERSISTED_ROOTS: ReadonlySet<string> = new Set([
  SESSION_QUERY_KEY[0],
  'partnerships',
  'oda-code-lists',
]);

/** Older than this, what was kept is not shown any more: better a page that says it cannot load. */
const MAX_AGE_MS = 14 * 24 * 60 * 60 * 1000;

/** Writes are gathered: a page's burst of answers is saved once. */
const SAVE_DELAY_MS = 1_000;

/**
 * The queries of both states, the newer answer of each; one older than what is shown at all is dropped (it
 * would not be restored anyway), so the record does not grow with every page ever seen.
 */
export function mergeDehydrated(
  kept: DehydratedState,
  current: DehydratedState,
  now: number,
): DehydratedState {
  const byHash = new Map(kept.queries.map((query) => [query.queryHash, query]));
  for (const query of current.queries) {
    const other = byHash.get(query.queryHash);
    if (!other || other.state.dataUpdatedAt <= query.state.dataUpdatedAt) byHash.set(query.queryHash, query);
  }
  const queries = [...byHash.values()].filter((query) => now - query.state.dataUpdatedAt <= MAX_AGE_MS);
  return { ...current, queries };
}

function isPersisted(query: Query): boolean {
  return query.state.status === 'success' && PERSISTED_ROOTS.has(String(query.queryKey[0]));
}

function userIdOf(queryClient: QueryClient): string | null | undefined {
  const session = queryClient.getQueryData<Session>(SESSION_QUERY_KEY);
  return session === undefined ? undefined : (session.user?.id ?? null);
}

/**
 * Puts back into the query cache what was kept at the last visit, before the app first renders, so that a
 * page reloaded without a connection shows what it showed. Kept for one user: its session comes back with it,
 * and the session answer, once there is a network, says whether that user is still the one signed in.
 */
export async function restorePersistedQueries(
  queryClient: QueryClient,
  database: Promise<OfflineDatabase>,
  now = Date.now(),
): Promise<void> {
  try {
    const kept = await (await database).get('queries', 'current');
    if (!kept || now - kept.savedAt > MAX_AGE_MS) return;
    hydrate(queryClient, kept.state as DehydratedState);
    // What was kept is shown at once but never taken as fresh: with a network, each page asks again.
    await queryClient.invalidateQueries({ refetchType: 'none' });
  } catch {
    // Nothing kept, or storage refused: the app starts as without it.
  }
}

/**
 * Keeps the signed-in user's partnership queries in IndexedDB as they change. Nobody signed in (sign-out,
 * expired session): what was kept is deleted. Another user than the one kept: the previous user's queries
 * leave the memory before anything is saved.
 */
export function persistQueries(queryClient: QueryClient, database: Promise<OfflineDatabase>): () => void {
  let owner = userIdOf(queryClient);
  let timer: ReturnType<typeof setTimeout> | undefined;

  const save = async () => {
    timer = undefined;
    const userId = userIdOf(queryClient);
    if (userId === undefined) return;
    if (userId === null) {
      await (await database).delete('queries', 'current');
      return;
    }
    const state = dehydrate(queryClient, { shouldDehydrateQuery: isPersisted });
    // Read and written in one transaction: a page left before its last save, or two tabs, never make the
    // record lose a query another save kept.
    const transaction = (await database).transaction('queries', 'readwrite');
    const previous = await transaction.store.get('current');
    const merged =
      previous?.userId === userId
        ? mergeDehydrated(previous.state as DehydratedState, state, Date.now())
        : state;
    await transaction.store.put({ userId, savedAt: Date.now(), state: merged }, 'current');
    await transaction.done;
  };

  const unsubscribe = queryClient.getQueryCache().subscribe(() => {
    const userId = userIdOf(queryClient);
    if (owner && userId && owner !== userId) {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
    }
    if (userId !== undefined) owner = userId;
    timer ??= setTimeout(() => void save().catch(() => undefined), SAVE_DELAY_MS);
  });
  // Leaving the page (a reload, another address typed) does not wait for the delay.
  const flush = () => {
    if (!timer) return;
    clearTimeout(timer);
    void save().catch(() => undefined);
  };
  window.addEventListener('pagehide', flush);
  return () => {
    window.removeEventListener('pagehide', flush);
    unsubscribe();
    if (timer) clearTimeout(timer);
  };
}
