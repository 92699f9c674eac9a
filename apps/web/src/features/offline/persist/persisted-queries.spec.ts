import 'fake-indexeddb/auto';
import { QueryClient } from '@tanstack/react-query';
import { SESSION_QUERY_KEY } from '../../../lib/query-client';
import { openOfflineDatabase } from '../storage/offline-database';
import { persistQueries, restorePersistedQueries } from './persisted-queries';

const database = openOfflineDatabase();

function session(userId: string | null) {
  return { user: userId ? { id: userId, role: 'officer' } : null, organisation: null };
}

async function kept() {
  return (await database).get('queries', 'current');
}

describe('the persisted query cache', () => {
  beforeEach(async () => {
    await (await database).clear('queries');
  });

  /** Changes are saved a second after the last one, through IndexedDB's own queue. */
  async function saved(): Promise<void> {
    await new Promise((resolve) => setTimeout(resolve, 1_200));
  }

  it('keeps the signed-in user’s session and partnership pages, and gives them back after a reload', async () => {
    const before = new QueryClient();
    const stop = persistQueries(before, database);
    before.setQueryData(SESSION_QUERY_KEY, session('user-1'));
    before.setQueryData(['partnerships', 'p1', 'dialogue'], { events: ['échange'] });
    before.setQueryData(['audit-events'], ['not for offline']);
    await saved();
    stop();

    const after = new QueryClient();
    await restorePersistedQueries(after, database);

    expect(after.getQueryData(SESSION_QUERY_KEY)).toEqual(session('user-1'));
    expect(after.getQueryData(['partnerships', 'p1', 'dialogue'])).toEqual({ events: ['échange'] });
    expect(after.getQueryData(['audit-events'])).toBeUndefined();
    // Shown at once, but asked again as soon as a page reads it with a network.
    expect(after.getQueryState(['partnerships', 'p1', 'dialogue'])?.isInvalidated).toBe(true);
  });

  it('keeps what an earlier page saved even when a later page never had it in memory', async () => {
    const dialoguePage = new QueryClient();
    const stopDialogue = persistQueries(dialoguePage, database);
    dialoguePage.setQueryData(SESSION_QUERY_KEY, session('user-1'));
    dialoguePage.setQueryData(['partnerships', 'p1', 'dialogue'], { events: [] });
    await saved();
    stopDialogue();

    // A page that started before that save reached the disk, then saved what it has.
    const actionPage = new QueryClient();
    const stopAction = persistQueries(actionPage, database);
    actionPage.setQueryData(SESSION_QUERY_KEY, session('user-1'));
    actionPage.setQueryData(['partnerships', 'p1', 'actions', 'a1'], { action: {} });
    await saved();
    stopAction();

    const reloaded = new QueryClient();
    await restorePersistedQueries(reloaded, database);
    expect(reloaded.getQueryData(['partnerships', 'p1', 'dialogue'])).toEqual({ events: [] });
    expect(reloaded.getQueryData(['partnerships', 'p1', 'actions', 'a1'])).toEqual({ action: {} });
  });

  it('forgets everything kept once nobody is signed in', async () => {
    const client = new QueryClient();
    const stop = persistQueries(client, database);
    client.setQueryData(SESSION_QUERY_KEY, session('user-1'));
    client.setQueryData(['partnerships', 'p1', 'dialogue'], { events: [] });
    await saved();
    expect(await kept()).toMatchObject({ userId: 'user-1' });

    client.setQueryData(SESSION_QUERY_KEY, session(null));
    await saved();
    stop();

    expect(await kept()).toBeUndefined();
  });

  it('drops the previous user’s pages when the session says someone else is signed in', async () => {
    const client = new QueryClient();
    const stop = persistQueries(client, database);
    client.setQueryData(SESSION_QUERY_KEY, session('user-1'));
    client.setQueryData(['partnerships', 'p1', 'dialogue'], { events: ['of user 1'] });
    await saved();

    client.setQueryData(SESSION_QUERY_KEY, session('user-2'));
    await saved();
    stop();

    expect(client.getQueryData(['partnerships', 'p1', 'dialogue'])).toBeUndefined();
    expect(JSON.stringify(await kept())).not.toContain('of user 1');
  });

  it('shows nothing kept more than two weeks ago', async () => {
    const client = new QueryClient();
    const stop = persistQueries(client, database);
    client.setQueryData(SESSION_QUERY_KEY, session('user-1'));
    await saved();
    stop();

    const later = new QueryClient();
    await restorePersistedQueries(later, database, Date.now() + 15 * 24 * 60 * 60 * 1000);

    expect(later.getQueryData(SESSION_QUERY_KEY)).toBeUndefined();
  });
});
