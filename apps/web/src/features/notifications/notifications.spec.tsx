import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  jsonResponse,
  noContent,
  problemResponse,
  renderApp,
  signedInAs,
  stubApi,
  type StubRoutes,
} from '../../test/render-app';

const PARTNERSHIP = { id: 'p-1', title: 'Angers – Tétouan' };

/** A notification as the API sends it: data only, worded by the page. */
function notification(overrides: Record<string, unknown>) {
  return {
    id: 'n-1',
    source: 'reminder',
    kind: 'dialogue-due',
    partnership: PARTNERSHIP,
    audience: 'elected_officials',
    visit: null,
    conventionId: null,
    subjectDate: '2026-03-12',
    offsetDays: 7,
    inboxItem: null,
    createdAt: '2026-03-05T08:00:00.000Z',
    readAt: null,
    ...overrides,
  };
}

const VISIT = {
  id: 'v-1',
  purpose: 'Forum de l’eau',
  startsOn: '2026-04-20',
  endsOn: '2026-04-24',
  cancelled: false,
};

/** One of each kind, newest first. */
const EVERY_KIND = [
  notification({ id: 'n-6', kind: 'dialogue-due', audience: 'elected_officials', subjectDate: '2026-03-12' }),
  notification({
    id: 'n-5',
    kind: 'dialogue-overdue',
    audience: 'technicians',
    subjectDate: '2026-02-01',
    offsetDays: -1,
  }),
  notification({
    id: 'n-4',
    kind: 'visit-upcoming',
    audience: null,
    visit: VISIT,
    subjectDate: '2026-04-20',
    offsetDays: 7,
  }),
  notification({
    id: 'n-3',
    kind: 'visit-report-missing',
    audience: null,
    visit: VISIT,
    subjectDate: '2026-04-24',
    offsetDays: -7,
  }),
  notification({
    id: 'n-2',
    kind: 'convention-expiring',
    audience: null,
    conventionId: 'c-1',
    subjectDate: '2026-12-31',
    offsetDays: 90,
    readAt: '2026-03-06T10:00:00.000Z',
  }),
  notification({
    id: 'n-1',
    kind: 'convention-tacit-renewal',
    audience: null,
    conventionId: 'c-1',
    subjectDate: '2026-10-01',
    offsetDays: 30,
    readAt: '2026-03-06T10:00:00.000Z',
  }),
];

function page(items: unknown[], nextCursor: string | null = null) {
  return jsonResponse(200, { items, nextCursor });
}

function inboxApi(routes: StubRoutes = {}, unread = 4) {
  return stubApi(
    {
      'GET /api/notifications/unread-count': async () => jsonResponse(200, { unread }),
      'GET /api/notifications': async () => page(EVERY_KIND),
      'GET /api/partnerships': async () => page([]),
      ...routes,
    },
    signedInAs('officer'),
  );
}

async function inbox(name = 'Vos notifications') {
  return screen.findByRole('list', { name });
}

function linkTexts(list: HTMLElement): (string | null)[] {
  return within(list)
    .getAllByRole('link')
    .map((link) => link.textContent);
}

describe('the notifications link in the header', () => {
  it('shows the unread count as a badge and says it in its name', async () => {
    await renderApp('/partenariats', inboxApi({}, 3));
    const link = await screen.findByRole('link', { name: 'Notifications 3 non lues' });
    expect(link).toHaveAttribute('href', '/notifications');
    expect(within(link).getByTestId('unread-count')).toHaveTextContent('3');
  });

  it('says « non lue » in the singular, in English too', async () => {
    const french = await renderApp('/partenariats', inboxApi({}, 1));
    expect(await screen.findByRole('link', { name: 'Notifications 1 non lue' })).toBeVisible();
    french.unmount();
    await renderApp('/partenariats', inboxApi({}, 1), 'en');
    expect(await screen.findByRole('link', { name: 'Notifications 1 unread' })).toBeVisible();
  });

  it('shows no badge when everything is read', async () => {
    const api = inboxApi({}, 0);
    await renderApp('/partenariats', api);
    await waitFor(() => expect(api.requestsTo('GET', '/api/notifications/unread-count')).toHaveLength(1));
    const link = screen.getByRole('link', { name: 'Notifications' });
    expect(within(link).queryByTestId('unread-count')).not.toBeInTheDocument();
  });

  it('is not offered to a visitor who is not signed in, who is never counted', async () => {
    const api = stubApi({});
    await renderApp('/', api);
    expect(await screen.findByRole('link', { name: 'Se connecter' })).toBeVisible();
    expect(screen.queryByRole('link', { name: /^Notifications/ })).not.toBeInTheDocument();
    expect(api.requestsTo('GET', '/api/notifications/unread-count')).toHaveLength(0);
  });

  it('asks for the count again when the window comes back into focus', async () => {
    let unread = 2;
    const api = inboxApi({
      'GET /api/notifications/unread-count': async () => jsonResponse(200, { unread }),
    });
    await renderApp('/partenariats', api);
    expect(await screen.findByRole('link', { name: 'Notifications 2 non lues' })).toBeVisible();
    unread = 5;
    act(() => {
      window.dispatchEvent(new Event('visibilitychange'));
    });
    expect(await screen.findByRole('link', { name: 'Notifications 5 non lues' })).toBeVisible();
  });

  it('asks for the count again every minute', async () => {
    jest.useFakeTimers({ advanceTimers: true });
    try {
      let unread = 2;
      const api = inboxApi({
        'GET /api/notifications/unread-count': async () => jsonResponse(200, { unread }),
      });
      await renderApp('/partenariats', api);
      expect(await screen.findByRole('link', { name: 'Notifications 2 non lues' })).toBeVisible();
      unread = 6;
      await act(async () => {
        await jest.advanceTimersByTimeAsync(30_000);
      });
      expect(api.requestsTo('GET', '/api/notifications/unread-count')).toHaveLength(1);
      await act(async () => {
        await jest.advanceTimersByTimeAsync(30_000);
      });
      expect(await screen.findByRole('link', { name: 'Notifications 6 non lues' })).toBeVisible();
      expect(api.requestsTo('GET', '/api/notifications/unread-count')).toHaveLength(2);
    } finally {
      jest.useRealTimers();
    }
  });
});

describe('the notifications page', () => {
  it('words every kind of reminder in French, with its partnership, newest first', async () => {
    await renderApp('/notifications', inboxApi());
    expect(await screen.findByRole('heading', { level: 1, name: 'Notifications' })).toBeVisible();
    expect(linkTexts(await inbox())).toEqual([
      'Échange avec les élus attendu le 12 mars 2026 — Angers – Tétouan',
      'La relation s’endort : l’échange des techniciens était attendu le 1 février 2026 — Angers – Tétouan',
      'Mission « Forum de l’eau » dans 7 jours, à partir du 20 avril 2026 — Angers – Tétouan',
      'Compte rendu de la mission « Forum de l’eau » attendu (mission terminée le 24 avril 2026) — Angers – Tétouan',
      'La convention arrive à échéance le 31 décembre 2026 — Angers – Tétouan',
      'Dernier jour pour s’opposer à la reconduction tacite : 1 octobre 2026 — Angers – Tétouan',
    ]);
  });

  it('words an item come to wait in the inbox, links to where it is done, and says when it is done', async () => {
    const inboxItem = (overrides: Record<string, unknown>) =>
      notification({
        source: 'inbox',
        audience: null,
        subjectDate: null,
        offsetDays: null,
        ...overrides,
      });
    await renderApp(
      '/notifications',
      inboxApi({
        'GET /api/notifications': async () =>
          page([
            inboxItem({
              id: 'n-3',
              kind: 'orange-zone-visit-approval',
              inboxItem: {
                subjectLabel: 'Forum de l’eau',
                dueOn: '2026-04-20',
                path: '/partenariats/p-1/missions#mission-v-1',
                stillWaiting: true,
              },
            }),
            inboxItem({
              id: 'n-2',
              kind: 'dialogue-exchange-due',
              inboxItem: {
                subjectLabel: 'technicians',
                dueOn: null,
                path: '/partenariats/p-1/dialogue',
                stillWaiting: true,
              },
            }),
            inboxItem({
              id: 'n-1',
              kind: 'motivation-review',
              inboxItem: {
                subjectLabel: 'Former nos agents',
                dueOn: null,
                path: '/partenariats/p-1/engagement',
                stillWaiting: false,
              },
            }),
          ]),
      }),
    );
    const list = await inbox();
    expect(linkTexts(list)).toEqual([
      'Mission en zone orange à approuver : « Forum de l’eau », échéance le 20 avril 2026 — Angers – Tétouan',
      'Échange du dialogue à tenir : « entre techniciens » — Angers – Tétouan',
      'Motivation à relire : « Former nos agents » (fait depuis) — Angers – Tétouan',
    ]);
    expect(
      within(list)
        .getAllByRole('link')
        .map((link) => link.getAttribute('href')),
    ).toEqual([
      '/partenariats/p-1/missions#mission-v-1',
      '/partenariats/p-1/dialogue',
      '/partenariats/p-1/engagement',
    ]);
  });

  it('words them in English when the interface is in English', async () => {
    await renderApp('/notifications', inboxApi(), 'en');
    expect(linkTexts(await inbox('Your notifications'))).toEqual([
      'Exchange with the elected officials due on 12 March 2026 — Angers – Tétouan',
      'The relation is falling asleep: the technicians’ exchange was due on 1 February 2026 — Angers – Tétouan',
      'Visit “Forum de l’eau” in 7 days, from 20 April 2026 — Angers – Tétouan',
      'Report on the visit “Forum de l’eau” expected (visit ended on 24 April 2026) — Angers – Tétouan',
      'The convention expires on 31 December 2026 — Angers – Tétouan',
      'Last day to object to the tacit renewal: 1 October 2026 — Angers – Tétouan',
    ]);
  });

  it('words each audience of the dialogue, and a visit cancelled since the reminder', async () => {
    await renderApp(
      '/notifications',
      inboxApi({
        'GET /api/notifications': async () =>
          page([
            notification({ id: 'n-3', audience: 'territory_actors' }),
            notification({ id: 'n-2', kind: 'dialogue-overdue', audience: 'elected_officials' }),
            notification({
              id: 'n-1',
              kind: 'visit-upcoming',
              audience: null,
              visit: { ...VISIT, cancelled: true },
              subjectDate: '2026-04-20',
              offsetDays: 30,
            }),
          ]),
      }),
    );
    expect(linkTexts(await inbox())).toEqual([
      'Échange avec les acteurs du territoire attendu le 12 mars 2026 — Angers – Tétouan',
      'La relation s’endort : l’échange des élus était attendu le 12 mars 2026 — Angers – Tétouan',
      'Mission « Forum de l’eau » dans 30 jours, à partir du 20 avril 2026 (mission annulée depuis) — Angers – Tétouan',
    ]);
  });

  it('links each notification to the page where it is acted upon', async () => {
    await renderApp('/notifications', inboxApi());
    const hrefs = within(await inbox())
      .getAllByRole('link')
      .map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual([
      '/partenariats/p-1/dialogue',
      '/partenariats/p-1/dialogue',
      '/partenariats/p-1/missions',
      '/partenariats/p-1/missions',
      '/partenariats/p-1/convention',
      '/partenariats/p-1/convention',
    ]);
  });

  it('marks the unread ones in words, tied to their link, with the day each came', async () => {
    await renderApp('/notifications', inboxApi());
    const items = within(await inbox()).getAllByRole('listitem');
    expect(items.map((item) => within(item).queryByText('Non lue') !== null)).toEqual([
      true,
      true,
      true,
      true,
      false,
      false,
    ]);
    expect(within(items[0]!).getByRole('link')).toHaveAccessibleDescription('Non lue');
    expect(within(items[4]!).getByRole('link')).not.toHaveAccessibleDescription();
    expect(items[0]).toHaveTextContent('Reçue le 5 mars 2026');
  });

  it('marks a notification read when it is opened, and the header’s count follows', async () => {
    let unread = 4;
    const api = inboxApi({
      'GET /api/notifications/unread-count': async () => jsonResponse(200, { unread }),
      'POST /api/notifications/:id/read': async (_request, { id }) => {
        unread = 3;
        return jsonResponse(200, {
          ...EVERY_KIND.find((item) => item.id === id),
          readAt: '2026-03-07T09:00:00Z',
        });
      },
    });
    const { router } = await renderApp('/notifications', api);
    expect(await screen.findByRole('link', { name: 'Notifications 4 non lues' })).toBeVisible();
    await userEvent
      .setup()
      .click(within(await inbox()).getByRole('link', { name: /^Mission « Forum de l’eau » dans 7 jours/ }));
    expect(router.state.location.pathname).toBe('/partenariats/p-1/missions');
    await waitFor(() => expect(api.requestsTo('POST', '/api/notifications/n-4/read')).toHaveLength(1));
    expect(await screen.findByRole('link', { name: 'Notifications 3 non lues' })).toBeVisible();
  });

  it('shows the opened notification as read when coming back to the list', async () => {
    const api = inboxApi({
      'POST /api/notifications/:id/read': async () =>
        jsonResponse(200, { ...EVERY_KIND[0], readAt: '2026-03-07T09:00:00Z' }),
    });
    const { router } = await renderApp('/notifications', api);
    await userEvent
      .setup()
      .click(within(await inbox()).getByRole('link', { name: /^Échange avec les élus/ }));
    await waitFor(() => expect(api.requestsTo('POST', '/api/notifications/n-6/read')).toHaveLength(1));
    await act(() => router.navigate('/notifications'));
    const first = within(await inbox()).getAllByRole('listitem')[0]!;
    expect(first).toHaveTextContent('Échange avec les élus');
    expect(within(first).queryByText('Non lue')).not.toBeInTheDocument();
  });

  it('does not mark again a notification already read', async () => {
    const api = inboxApi();
    const { router } = await renderApp('/notifications', api);
    await userEvent
      .setup()
      .click(within(await inbox()).getByRole('link', { name: /^La convention arrive à échéance/ }));
    expect(router.state.location.pathname).toBe('/partenariats/p-1/convention');
    expect(api.requests.filter((request) => request.method === 'POST')).toHaveLength(0);
  });

  it('loads the next page with the cursor of the previous one', async () => {
    const api = inboxApi({
      'GET /api/notifications': async (request) =>
        new URL(request.url).searchParams.get('cursor') === 'cursor-2'
          ? page(EVERY_KIND.slice(3))
          : page(EVERY_KIND.slice(0, 3), 'cursor-2'),
    });
    await renderApp('/notifications', api);
    expect(within(await inbox()).getAllByRole('listitem')).toHaveLength(3);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Charger plus' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Vos notifications' })).getAllByRole('listitem'),
      ).toHaveLength(6),
    );
    expect(screen.getByRole('list', { name: 'Vos notifications' })).toHaveTextContent(
      'Dernier jour pour s’opposer à la reconduction tacite',
    );
    expect(screen.queryByRole('button', { name: 'Charger plus' })).not.toBeInTheDocument();
    const asked = api
      .requestsTo('GET', '/api/notifications')
      .map((request) => new URL(request.url).searchParams);
    expect(asked.map((params) => params.get('cursor'))).toEqual([null, 'cursor-2']);
  });

  it('marks everything read at once, then shows the list and the count afresh', async () => {
    let items: unknown[] = EVERY_KIND;
    let unread = 4;
    const api = inboxApi({
      'GET /api/notifications/unread-count': async () => jsonResponse(200, { unread }),
      'GET /api/notifications': async () => page(items),
      'POST /api/notifications/read-all': async () => {
        items = EVERY_KIND.map((item) => ({ ...item, readAt: item.readAt ?? '2026-03-07T09:00:00Z' }));
        unread = 0;
        return noContent();
      },
    });
    await renderApp('/notifications', api);
    expect(await screen.findByRole('link', { name: 'Notifications 4 non lues' })).toBeVisible();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Tout marquer comme lu' }));
    expect(await screen.findByText('Toutes vos notifications sont marquées comme lues.')).toBeVisible();
    expect(api.requestsTo('POST', '/api/notifications/read-all')).toHaveLength(1);
    await waitFor(() =>
      expect(
        within(screen.getByRole('list', { name: 'Vos notifications' })).queryAllByText('Non lue'),
      ).toHaveLength(0),
    );
    expect(await screen.findByRole('link', { name: 'Notifications' })).toBeVisible();
  });

  it('says when there is nothing yet, and offers nothing to mark', async () => {
    await renderApp('/notifications', inboxApi({ 'GET /api/notifications': async () => page([]) }, 0));
    expect(await screen.findByText('Aucune notification pour l’instant.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Tout marquer comme lu' })).not.toBeInTheDocument();
  });

  it('says so when the list cannot be loaded', async () => {
    await renderApp(
      '/notifications',
      inboxApi({ 'GET /api/notifications': async () => problemResponse(503, 'SERVICE.UNAVAILABLE') }),
    );
    expect(await screen.findByRole('alert')).toBeVisible();
    expect(screen.queryByRole('list', { name: 'Vos notifications' })).not.toBeInTheDocument();
  });

  it('sends a visitor who is not signed in to the sign-in page', async () => {
    const { router } = await renderApp('/notifications', stubApi({}));
    await waitFor(() => expect(router.state.location.pathname).toBe('/connexion'));
  });
});
