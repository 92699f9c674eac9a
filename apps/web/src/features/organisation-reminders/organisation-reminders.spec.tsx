import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  jsonResponse,
  problemResponse,
  renderApp,
  signedInAs,
  stubApi,
  type StubRoutes,
  type UserRole,
} from '../../test/render-app';

const PAGE = '/organisation/rappels';

const HEALTH = {
  schedule: { pending: 12, due: 2, failed: 1, sentLast7Days: 34 },
  queue: { waiting: 3, delayed: 40, active: 1, failed: 5 },
};

function reminder(overrides: Record<string, unknown>) {
  return {
    id: 'r-1',
    partnershipId: 'p-1',
    partnershipTitle: 'Angers – Tétouan',
    recipient: { id: 'u-2', displayName: 'Paul Durand', email: 'paul.durand@angers.test' },
    kind: 'dialogue-due',
    audience: 'elected_officials',
    visitId: null,
    conventionId: null,
    subjectDate: '2026-03-12',
    notifyAt: '2026-03-05T08:00:00.000Z',
    sendAt: '2026-03-05T08:00:00.000Z',
    status: 'failed',
    attempts: 5,
    lastError: '421 4.7.0 Try again later',
    sentAt: null,
    closedAt: '2026-03-05T09:10:00.000Z',
    ...overrides,
  };
}

const FAILED = reminder({});
const SENT = reminder({
  id: 'r-2',
  kind: 'visit-upcoming',
  audience: null,
  visitId: 'v-1',
  status: 'sent',
  attempts: 1,
  lastError: null,
  sentAt: '2026-03-04T08:00:05.000Z',
  recipient: { id: 'u-3', displayName: 'Léa Petit', email: 'lea.petit@angers.test' },
});

function page(items: unknown[], nextCursor: string | null = null) {
  return jsonResponse(200, { items, nextCursor });
}

function statusOf(request: Request): string | null {
  return new URL(request.url).searchParams.get('status');
}

function adminApi(routes: StubRoutes = {}, role: UserRole = 'admin') {
  return stubApi(
    {
      'GET /api/notifications/unread-count': async () => jsonResponse(200, { unread: 0 }),
      'GET /api/organisation/reminders/health': async () => jsonResponse(200, HEALTH),
      'GET /api/organisation/reminders': async (request) =>
        page(statusOf(request) === 'failed' ? [FAILED] : [FAILED, SENT]),
      ...routes,
    },
    signedInAs(role),
  );
}

async function remindersTable() {
  return screen.findByRole('table', { name: 'Rappels, du plus récent au plus ancien' });
}

/** The figure shown beside `label` in the health section. */
function figure(section: HTMLElement, label: string): string | null | undefined {
  return within(section).getByText(label).nextElementSibling?.textContent;
}

describe('the organisation’s reminders page', () => {
  it('shows the health of the authority’s reminders and of the delivery queue', async () => {
    await renderApp(PAGE, adminApi());
    expect(await screen.findByRole('heading', { level: 1, name: 'Rappels' })).toBeVisible();
    const health = await screen.findByRole('region', { name: 'État des rappels' });
    await within(health).findByText('En attente');
    expect(figure(health, 'En attente')).toBe('12');
    expect(figure(health, 'À envoyer maintenant (en retard ou en nouvelle tentative)')).toBe('2');
    expect(figure(health, 'Envoyés ces 7 derniers jours')).toBe('34');
    expect(figure(health, 'Programmés')).toBe('40');
    expect(figure(health, 'Prêts à partir')).toBe('3');
    expect(figure(health, 'En cours d’envoi')).toBe('1');
    const [ownFailed, queueFailed] = within(health).getAllByText('En échec');
    expect(ownFailed?.nextElementSibling).toHaveTextContent('1');
    expect(queueFailed?.nextElementSibling).toHaveTextContent('5');
  });

  it('says when the queue does not answer, the schedule being safe meanwhile', async () => {
    await renderApp(
      PAGE,
      adminApi({
        'GET /api/organisation/reminders/health': async () => jsonResponse(200, { ...HEALTH, queue: null }),
      }),
    );
    expect(await screen.findByText(/La file d’envoi \(Redis\) ne répond pas/)).toBeVisible();
  });

  it('opens on the failed reminders, with their error and a « Relancer » button', async () => {
    const api = adminApi();
    await renderApp(PAGE, api);
    const table = await remindersTable();
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toHaveTextContent('Paul Durand');
    expect(rows[0]).toHaveTextContent('Échange de dialogue à tenir (Élus)');
    expect(rows[0]).toHaveTextContent('Angers – Tétouan');
    expect(rows[0]).toHaveTextContent('Échéance : 12 mars 2026');
    expect(rows[0]).toHaveTextContent('421 4.7.0 Try again later');
    expect(within(rows[0]!).getByRole('button', { name: 'Relancer' })).toHaveAccessibleDescription(
      expect.stringContaining('Paul Durand'),
    );
    expect(screen.getByLabelText('Statut')).toHaveValue('failed');
    expect(api.requestsTo('GET', '/api/organisation/reminders').map(statusOf)).toEqual(['failed']);
  });

  it('filters by status, and lists them all on request, a retry only for the failed ones', async () => {
    const api = adminApi();
    const { router } = await renderApp(PAGE, api);
    await remindersTable();
    const page = userEvent.setup();
    await page.selectOptions(screen.getByLabelText('Statut'), 'tous');
    await waitFor(() =>
      expect(within(screen.getByRole('table')).getAllByRole('row').slice(1)).toHaveLength(2),
    );
    expect(router.state.location.search).toBe('?statut=tous');
    const sentRow = within(screen.getByRole('table')).getByRole('row', { name: /Léa Petit/ });
    expect(sentRow).toHaveTextContent('Envoyé');
    expect(within(sentRow).queryByRole('button', { name: 'Relancer' })).not.toBeInTheDocument();

    await page.selectOptions(screen.getByLabelText('Statut'), 'sent');
    await waitFor(() => expect(api.requestsTo('GET', '/api/organisation/reminders')).toHaveLength(3));
    expect(api.requestsTo('GET', '/api/organisation/reminders').map(statusOf)).toEqual([
      'failed',
      null,
      'sent',
    ]);
  });

  it('retries a failed reminder, then reads the list and the health again', async () => {
    let failed = [FAILED];
    const api = adminApi({
      'GET /api/organisation/reminders': async () => page(failed),
      'POST /api/organisation/reminders/:id/retry': async () => {
        failed = [];
        return jsonResponse(200, { ...FAILED, status: 'pending', attempts: 0, lastError: null });
      },
    });
    await renderApp(PAGE, api);
    const table = await remindersTable();
    await userEvent.setup().click(within(table).getByRole('button', { name: 'Relancer' }));
    expect(
      await screen.findByText('Le rappel à Paul Durand est relancé : il repart dans la file d’envoi.'),
    ).toBeVisible();
    expect(api.requestsTo('POST', '/api/organisation/reminders/r-1/retry')).toHaveLength(1);
    expect(await screen.findByText('Aucun rappel dans ce statut.')).toBeVisible();
    expect(api.requestsTo('GET', '/api/organisation/reminders/health').length).toBeGreaterThanOrEqual(2);
  });

  it('says why a reminder could not be retried, and reloads the list', async () => {
    const api = adminApi({
      'POST /api/organisation/reminders/:id/retry': async () =>
        problemResponse(409, 'REMINDER.NOT_FAILED', { reminderStatus: 'pending' }),
    });
    await renderApp(PAGE, api);
    await userEvent.setup().click(within(await remindersTable()).getByRole('button', { name: 'Relancer' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Ce rappel n’est pas en échec : il est déjà en cours d’envoi ou a été envoyé.',
    );
    await waitFor(() => expect(api.requestsTo('GET', '/api/organisation/reminders')).toHaveLength(2));
  });

  it('loads older reminders with the cursor', async () => {
    const api = adminApi({
      'GET /api/organisation/reminders': async (request) =>
        new URL(request.url).searchParams.get('cursor') === 'next'
          ? page([
              reminder({
                id: 'r-9',
                recipient: { id: 'u-4', displayName: 'Hélène Girard', email: 'h@a.test' },
              }),
            ])
          : page([FAILED], 'next'),
    });
    await renderApp(PAGE, api);
    await remindersTable();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Charger plus' }));
    expect(await screen.findByText('Hélène Girard')).toBeVisible();
    const [, second] = api.requestsTo('GET', '/api/organisation/reminders');
    expect(new URL(second!.url).searchParams.get('cursor')).toBe('next');
    expect(statusOf(second!)).toBe('failed');
  });

  it('is in the administrator’s menu', async () => {
    const { router } = await renderApp(
      '/partenariats',
      adminApi({ 'GET /api/partnerships': async () => page([]) }),
    );
    const menu = await screen.findByRole('navigation', { name: 'Menu principal' });
    await userEvent.setup().click(within(menu).getByRole('link', { name: 'Rappels' }));
    expect(router.state.location.pathname).toBe(PAGE);
  });

  it.each<UserRole>(['officer', 'elected', 'viewer', 'contributor'])(
    'is neither offered nor shown to the role %s, and asks the API nothing',
    async (role) => {
      const api = adminApi({ 'GET /api/partnerships': async () => page([]) }, role);
      await renderApp(PAGE, api);
      expect(await screen.findByRole('heading', { level: 1, name: 'Accès réservé' })).toBeVisible();
      const menu = screen.getByRole('navigation', { name: 'Menu principal' });
      expect(within(menu).queryByRole('link', { name: 'Rappels' })).not.toBeInTheDocument();
      expect(api.requestsTo('GET', '/api/organisation/reminders')).toHaveLength(0);
      expect(api.requestsTo('GET', '/api/organisation/reminders/health')).toHaveLength(0);
    },
  );
});
