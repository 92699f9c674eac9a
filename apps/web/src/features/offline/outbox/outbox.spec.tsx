import 'fake-indexeddb/auto';
import { File as NodeFile } from 'node:buffer';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createApiClient } from '../../../lib/api/client';
import {
  jsonResponse,
  problemResponse,
  renderApp,
  signedInAs,
  stubApi,
  type StubRoutes,
} from '../../../test/render-app';
import { openOfflineDatabase } from '../storage/offline-database';
import type { OutboxDraft } from './outbox-item';
import { OutboxStore } from './outbox-store';
import { syncOutbox } from './sync-outbox';

// jsdom has IndexedDB neither (fake-indexeddb stands in: the browser's own is proven by the e2e spec) nor a
// File that Node's FormData takes: the test lends Node's.
globalThis.File = NodeFile as unknown as typeof File;

const PARTNERSHIP = '11111111-1111-4111-8111-111111111111';
const ACTION = '22222222-2222-4222-8222-222222222222';
const INDICATOR = '33333333-3333-4333-8333-333333333333';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let userCount = 0;
/** Each test its own user: one browser database for the file, outboxes kept apart by user. */
function newUser(): string {
  userCount += 1;
  return `00000000-0000-4000-8000-${String(userCount).padStart(12, '0')}`;
}

const store = new OutboxStore(openOfflineDatabase());

function exchange(summary: string): OutboxDraft {
  return {
    kind: 'dialogue-exchange',
    target: { partnershipId: PARTNERSHIP },
    body: { audience: 'technicians', occurredAt: '2026-12-01T10:00:00+01:00', channel: 'phone', summary },
    photos: [],
    summary,
  };
}

function measurement(value: number): OutboxDraft {
  return {
    kind: 'measurement',
    target: { partnershipId: PARTNERSHIP, actionId: ACTION, indicatorId: INDICATOR },
    body: { on: '2026-12-01', value, unit: 'personnes', breakdown: [], evidenceIds: [] },
    photos: [],
    summary: `${value} personnes`,
  };
}

function logEntryWithPhoto(text: string): OutboxDraft {
  return {
    kind: 'log-entry',
    target: { partnershipId: PARTNERSHIP, actionId: ACTION },
    body: { kind: 'works', text, attachmentIds: [] },
    photos: [{ name: 'porte.png', type: 'image/png', blob: new Blob([new Uint8Array([137, 80, 78, 71])]) }],
    summary: text,
  };
}

const EXCHANGES = `POST /api/partnerships/:partnershipId/dialogue/events`;
const MEASUREMENTS = `POST /api/partnerships/:partnershipId/actions/:actionId/indicators/:indicatorId/measurements`;
const LOG = `POST /api/partnerships/:partnershipId/actions/:actionId/log`;
const FILES = `POST /api/partnerships/:partnershipId/files`;

function apiAnswering(routes: StubRoutes) {
  const api = stubApi(routes, signedInAs('officer'));
  const client = createApiClient({
    baseUrl: 'http://passerelle.test',
    fetch: (input: RequestInfo | URL, init?: RequestInit) => api.respond(new Request(input, init)),
  });
  const appends = () =>
    api.requests.filter((request) => request.method === 'POST' && !request.url.endsWith('/files'));
  return { api, client, appends };
}

async function sync(userId: string, client: ReturnType<typeof apiAnswering>['client']) {
  const sent: string[] = [];
  const result = await syncOutbox({
    store,
    client,
    userId,
    onSent: (item) => sent.push(item.summary),
    onChange: () => undefined,
  });
  return { ...result, sent };
}

describe('the outbox', () => {
  it('queues each write for its user, in order, with an idempotency key drawn once', async () => {
    const userId = newUser();
    await store.queue(userId, exchange('Premier échange'));
    await store.queue(userId, measurement(4));
    await store.queue(newUser(), exchange('Quelqu’un d’autre'));

    const items = await store.list(userId);
    expect(items.map((item) => [item.summary, item.status])).toEqual([
      ['Premier échange', 'waiting'],
      ['4 personnes', 'waiting'],
    ]);
    expect(items.map((item) => item.idempotencyKey)).toEqual([
      expect.stringMatching(UUID),
      expect.stringMatching(UUID),
    ]);
    expect(items[0]?.idempotencyKey).not.toBe(items[1]?.idempotencyKey);
    // A write whose send got no answer keeps the key it was sent with.
    const resent = await store.queue(userId, { ...exchange('Renvoyé'), idempotencyKey: 'key-sent-once' });
    expect(resent.idempotencyKey).toBe('key-sent-once');
  });

  it('sends one item at a time, oldest first, each with its key, and empties', async () => {
    const userId = newUser();
    const { client, appends } = apiAnswering({
      [EXCHANGES]: () => jsonResponse(201, {}),
      [MEASUREMENTS]: () => jsonResponse(201, {}),
    });
    const first = await store.queue(userId, exchange('Premier échange'));
    const second = await store.queue(userId, measurement(4));
    const third = await store.queue(userId, exchange('Deuxième échange'));

    const result = await sync(userId, client);

    expect(result).toMatchObject({
      sent: ['Premier échange', '4 personnes', 'Deuxième échange'],
      refused: 0,
    });
    expect(
      appends().map((request) => [new URL(request.url).pathname, request.headers.get('idempotency-key')]),
    ).toEqual([
      [`/api/partnerships/${PARTNERSHIP}/dialogue/events`, first.idempotencyKey],
      [
        `/api/partnerships/${PARTNERSHIP}/actions/${ACTION}/indicators/${INDICATOR}/measurements`,
        second.idempotencyKey,
      ],
      [`/api/partnerships/${PARTNERSHIP}/dialogue/events`, third.idempotencyKey],
    ]);
    expect(await appends()[1]?.json()).toEqual(measurement(4).body);
    expect(await store.list(userId)).toEqual([]);
  });

  it('keeps a refused item with the API’s problem and goes on with the next', async () => {
    const userId = newUser();
    const { client } = apiAnswering({
      [EXCHANGES]: () => jsonResponse(201, {}),
      [MEASUREMENTS]: () =>
        problemResponse(422, 'RECORD.UNIT_MISMATCH', { detail: 'The indicator counts personnes.' }),
    });
    await store.queue(userId, measurement(4));
    await store.queue(userId, exchange('Après le refus'));

    const result = await sync(userId, client);

    expect(result).toMatchObject({ sent: ['Après le refus'], refused: 1, interrupted: false });
    const [kept, ...others] = await store.list(userId);
    expect(others).toEqual([]);
    expect(kept).toMatchObject({
      summary: '4 personnes',
      status: 'refused',
      refusal: { status: 422, problem: { code: 'RECORD.UNIT_MISMATCH' } },
    });
    // A later sync does not send a refused item again.
    expect((await sync(userId, client)).sent).toEqual([]);
  });

  it('stops at a send without an answer, keeping it and those after it waiting in order', async () => {
    const userId = newUser();
    let online = false;
    const { client, appends } = apiAnswering({
      [EXCHANGES]: () => {
        if (!online) throw new TypeError('Failed to fetch');
        return jsonResponse(201, {});
      },
    });
    const first = await store.queue(userId, exchange('Premier'));
    await store.queue(userId, exchange('Second'));

    expect(await sync(userId, client)).toMatchObject({ sent: [], interrupted: true });
    expect((await store.list(userId)).map((item) => [item.summary, item.status])).toEqual([
      ['Premier', 'waiting'],
      ['Second', 'waiting'],
    ]);

    online = true;
    expect((await sync(userId, client)).sent).toEqual(['Premier', 'Second']);
    // The first was tried twice, with the same key both times: the API stores it once.
    const keys = appends().map((request) => request.headers.get('idempotency-key'));
    expect(keys.filter((key) => key === first.idempotencyKey)).toHaveLength(2);
  });

  it('uploads a photo once, even when the entry’s own send failed after it', async () => {
    const userId = newUser();
    let logReachable = false;
    const { api, client, appends } = apiAnswering({
      [FILES]: () => jsonResponse(201, { id: 'file-1', name: 'porte.png' }),
      [LOG]: () => {
        if (!logReachable) throw new TypeError('Failed to fetch');
        return jsonResponse(201, {});
      },
    });
    await store.queue(userId, logEntryWithPhoto('Pose de la porte'));

    expect(await sync(userId, client)).toMatchObject({ interrupted: true });
    logReachable = true;
    expect((await sync(userId, client)).sent).toEqual(['Pose de la porte']);

    expect(api.requestsTo('POST', `/api/partnerships/${PARTNERSHIP}/files`)).toHaveLength(1);
    const sent = appends().at(-1);
    expect(await sent?.json()).toEqual({
      kind: 'works',
      text: 'Pose de la porte',
      attachmentIds: ['file-1'],
    });
  });

  it('uploads a measurement’s evidence chosen offline, then sends the measurement with its id beside the earlier ones', async () => {
    const userId = newUser();
    const { api, client, appends } = apiAnswering({
      [FILES]: () => jsonResponse(201, { id: 'file-evidence', name: 'feuille.png' }),
      [MEASUREMENTS]: () => jsonResponse(201, {}),
    });
    const draft = measurement(9);
    await store.queue(userId, {
      ...draft,
      body: { ...draft.body, evidenceIds: ['file-uploaded-online'] },
      photos: [
        { name: 'feuille.png', type: 'image/png', blob: new Blob([new Uint8Array([137, 80, 78, 71])]) },
      ],
    });

    expect((await sync(userId, client)).sent).toEqual(['9 personnes']);
    expect(api.requestsTo('POST', `/api/partnerships/${PARTNERSHIP}/files`)).toHaveLength(1);
    expect(await appends().at(-1)?.json()).toEqual({
      on: '2026-12-01',
      value: 9,
      unit: 'personnes',
      breakdown: [],
      evidenceIds: ['file-uploaded-online', 'file-evidence'],
    });
  });

  it('lists what waits and what was refused, with the reason, and lets the user discard a refusal', async () => {
    const session = signedInAs('officer', { id: newUser() });
    const userId = session.user?.id ?? '';
    const { client } = apiAnswering({
      [MEASUREMENTS]: () => problemResponse(409, 'RESOURCE.CONFLICT'),
    });
    await store.queue(userId, measurement(4));
    await sync(userId, client);
    await store.queue(userId, exchange('Visite du chantier'));
    // The app's own sync meets no network: the exchange stays waiting.
    const api = stubApi(
      {
        [EXCHANGES]: () => {
          throw new TypeError('Failed to fetch');
        },
      },
      session,
    );

    await renderApp('/a-envoyer', api);

    const list = await screen.findByRole('list', { name: '2 enregistrements sur cet appareil' });
    const [refused, waiting] = within(list).getAllByRole('listitem');
    expect(refused).toHaveTextContent('Mesure · 4 personnes');
    expect(refused).toHaveTextContent(/Refusé : /);
    expect(waiting).toHaveTextContent('Échange · Visite du chantier');
    expect(waiting).toHaveTextContent('En attente d’envoi');
    // The header tells the one waiting from the one refused, in its name as on screen.
    const link = screen.getByRole('link', { name: /^À envoyer/ });
    expect(link).toHaveAccessibleName('À envoyer 1 enregistrement en attente 1 refusé');
    expect(within(link).getByTestId('outbox-count')).toHaveTextContent('1');
    expect(within(link).getByTestId('outbox-refused')).toHaveTextContent('1 refusé');
    // Refused before this start of the app: no news to announce.
    expect(screen.getByTestId('outbox-announcement')).toBeEmptyDOMElement();

    await userEvent.click(within(refused!).getByRole('button', { name: /Abandonner/ }));

    await waitFor(() => expect(screen.queryByTestId('outbox-refused')).not.toBeInTheDocument());
    expect(screen.getByRole('link', { name: /^À envoyer/ })).toHaveAccessibleName(
      'À envoyer 1 enregistrement en attente',
    );
    expect((await store.list(userId)).map((item) => item.summary)).toEqual(['Visite du chantier']);
  });

  it('announces, politely, what a sync the user did not ask for left refused, and counts it apart in the header', async () => {
    const session = signedInAs('officer', { id: newUser() });
    const userId = session.user?.id ?? '';
    await store.queue(userId, measurement(4));
    await store.queue(userId, measurement(5));
    await store.queue(userId, exchange('Visite du chantier'));
    // The app syncs on its own when it starts online: the measurements are refused, the exchange sent.
    const api = stubApi(
      {
        [MEASUREMENTS]: () =>
          problemResponse(409, 'ACTION.INDICATOR_NOT_CO_VALIDATED', { detail: 'Validate it again.' }),
        [EXCHANGES]: () => jsonResponse(201, {}),
      },
      session,
    );

    await renderApp('/', api);

    const announcement = await screen.findByTestId('outbox-announcement');
    expect(announcement).toHaveAttribute('role', 'status');
    await waitFor(() =>
      expect(announcement).toHaveTextContent(
        '2 enregistrements refusés à l’envoi : les raisons sont dans « À envoyer ».',
      ),
    );
    // The exchange went: only the refusals are left.
    const link = await screen.findByRole('link', { name: 'À envoyer 2 refusés' });
    expect(within(link).queryByTestId('outbox-count')).not.toBeInTheDocument();
    expect(api.requestsTo('POST', `/api/partnerships/${PARTNERSHIP}/dialogue/events`)).toHaveLength(1);

    // Once the refusals are discarded, the link leaves the header and the region says nothing any more.
    await userEvent.click(link);
    const list = await screen.findByRole('list', { name: '2 enregistrements sur cet appareil' });
    for (const item of within(list).getAllByRole('listitem')) {
      expect(item).toHaveTextContent(
        'Refusé : Toutes les parties doivent valider l’indicateur avant toute mesure.',
      );
    }
    for (const discard of within(list).getAllByRole('button', { name: /Abandonner/ })) {
      await userEvent.click(discard);
    }
    await screen.findByText('Rien n’attend d’être envoyé.');
    expect(screen.queryByRole('link', { name: /^À envoyer/ })).not.toBeInTheDocument();
    expect(announcement).toBeEmptyDOMElement();
  });

  it('asks before signing out while records wait on the device, and signs out only when told', async () => {
    const session = signedInAs('officer', { id: newUser() });
    const userId = session.user?.id ?? '';
    await store.queue(userId, exchange('Visite du chantier'));
    await store.queue(userId, measurement(4));
    const api = stubApi(
      {
        // No network: the records stay waiting.
        [EXCHANGES]: () => {
          throw new TypeError('Failed to fetch');
        },
        'POST /api/auth/logout': () => new Response(null, { status: 204 }),
      },
      session,
    );
    await renderApp('/a-envoyer', api);
    await waitFor(() => expect(screen.getByTestId('outbox-count')).toHaveTextContent('2'));
    const user = userEvent.setup();
    const signOut = screen.getByRole('button', { name: 'Se déconnecter' });

    await user.click(signOut);
    const question = await screen.findByRole('alertdialog', {
      name: 'Des enregistrements attendent d’être envoyés',
    });
    expect(question).toHaveAccessibleDescription(
      '2 enregistrements faits sur cet appareil ne sont pas encore envoyés. Ils y restent, et partiront quand vous vous reconnecterez sur cet appareil.',
    );
    await user.click(within(question).getByRole('button', { name: 'Rester connecté' }));
    expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/auth/logout')).toHaveLength(0);
    expect(signOut).toHaveFocus();

    await user.click(signOut);
    await user.click(
      within(await screen.findByRole('alertdialog')).getByRole('button', {
        name: 'Se déconnecter quand même',
      }),
    );
    await waitFor(() => expect(api.requestsTo('POST', '/api/auth/logout')).toHaveLength(1));
    // The records stay on the device for their owner's next sign-in.
    expect(await store.list(userId)).toHaveLength(2);
  });
});
