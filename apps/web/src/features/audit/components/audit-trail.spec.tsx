import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, renderApp, signedInAs, stubApi } from '../../../test/render-app';

function event(id: string, action: string) {
  return {
    id,
    occurredAt: '2026-03-01T14:30:00.000Z',
    actorUserId: 'u-1',
    actorDisplayName: 'Claire Martin',
    entityType: 'user',
    entityId: 'u-2',
    entityName: 'Marc Diallo',
    action,
    changes: { role: { before: 'officer', after: 'elected' } },
    requestId: null,
  };
}

const BAMAKO = '3f2b8c1e-0000-4000-8000-000000000001';
const PARTNERSHIP = '3f2b8c1e-0000-4000-8000-000000000002';

function measurementEvent() {
  return {
    ...event('e-3', 'lifecycle.MeasurementRecorded'),
    entityType: 'partnership',
    entityId: PARTNERSHIP,
    entityName: 'Angers – Bamako',
    changes: {
      partyId: { before: null, after: BAMAKO },
      value: { before: null, after: 42 },
      measuredOn: { before: null, after: '2026-03-01' },
      measurementId: { before: null, after: '3f2b8c1e-0000-4000-8000-0000000000ff' },
    },
  };
}

function trailApi(items: unknown[]) {
  return stubApi(
    {
      'GET /api/organisation/users': async () => jsonResponse(200, { items: [] }),
      'GET /api/audit-events': async () =>
        jsonResponse(200, {
          items,
          nextCursor: null,
          names: { [BAMAKO]: 'District de Bamako', [PARTNERSHIP]: 'Angers – Bamako' },
        }),
    },
    signedInAs('admin'),
  );
}

describe('the audit trail', () => {
  it('shows who changed what, filters through the address and loads more', async () => {
    const api = stubApi(
      {
        'GET /api/organisation/users': async () =>
          jsonResponse(200, {
            items: [
              {
                id: 'u-1',
                email: 'claire.martin@angers.test',
                displayName: 'Claire Martin',
                role: 'admin',
                disabled: false,
                createdAt: '2026-01-01T00:00:00.000Z',
                version: 1,
              },
            ],
          }),
        'GET /api/audit-events': async (request) =>
          new URL(request.url).searchParams.get('cursor') === 'page-2'
            ? jsonResponse(200, { items: [event('e-2', 'user.disabled')], nextCursor: null, names: {} })
            : jsonResponse(200, {
                items: [event('e-1', 'user.role_changed')],
                nextCursor: 'page-2',
                names: {},
              }),
      },
      signedInAs('admin'),
    );
    const { router } = await renderApp('/organisation/journal?type=user', api);
    expect(await screen.findByText('Rôle changé')).toBeInTheDocument();
    expect(screen.getByText(/Rôle : officer → elected/)).toBeInTheDocument();
    expect(screen.getByLabelText('Type d’événement')).toHaveValue('user');
    const [first] = api.requestsTo('GET', '/api/audit-events');
    expect(new URL(first!.url).searchParams.get('entityType')).toBe('user');

    const page = userEvent.setup();
    await page.click(screen.getByRole('button', { name: 'Voir plus' }));
    expect(await screen.findByText('Compte désactivé')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Voir plus' })).not.toBeInTheDocument();

    await page.selectOptions(await screen.findByLabelText('Utilisateur'), 'u-1');
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('utilisateur')).toBe('u-1'),
    );
    await waitFor(() =>
      expect(
        api
          .requestsTo('GET', '/api/audit-events')
          .some((request) => new URL(request.url).searchParams.get('userId') === 'u-1'),
      ).toBe(true),
    );
  });

  it('tells an administrator what happened and to whom in words, never codes or ids', async () => {
    await renderApp('/organisation/journal', trailApi([measurementEvent()]));
    expect(await screen.findByText('Mesure d’un indicateur enregistrée')).toBeInTheDocument();
    expect(screen.queryByText(/lifecycle\./)).not.toBeInTheDocument();
    const row = screen.getByText('Mesure d’un indicateur enregistrée').closest('tr')!;
    expect(row).toHaveTextContent('Partenariats');
    expect(row).toHaveTextContent('Angers – Bamako');
    expect(row).toHaveTextContent('Collectivité : — → District de Bamako');
    expect(row).toHaveTextContent('1 mars 2026');
    // The measurement's own id, which no name stands for, is left out.
    expect(row).not.toHaveTextContent('measurementId');
    expect(row).not.toHaveTextContent(BAMAKO);
    expect(row).not.toHaveTextContent(PARTNERSHIP);
  });

  it('says the same in English', async () => {
    const { i18n } = await renderApp('/organisation/journal', trailApi([measurementEvent()]));
    expect(await screen.findByText('Mesure d’un indicateur enregistrée')).toBeInTheDocument();
    await act(() => i18n.changeLanguage('en'));
    expect(await screen.findByText('Indicator measurement recorded')).toBeInTheDocument();
    expect(screen.getByText('Authority: — → District de Bamako')).toBeInTheDocument();
  });

  it('filters by a kind of event chosen from a list', async () => {
    const api = trailApi([event('e-1', 'session.opened')]);
    const { router } = await renderApp('/organisation/journal', api);
    const kind = await screen.findByLabelText('Type d’événement');
    expect(within(kind).getByRole('option', { name: 'Connexions' })).toBeInTheDocument();
    await userEvent.setup().selectOptions(kind, 'session');
    await waitFor(() =>
      expect(new URLSearchParams(router.state.location.search).get('type')).toBe('session'),
    );
    await waitFor(() =>
      expect(
        new URL(api.requestsTo('GET', '/api/audit-events').at(-1)!.url).searchParams.get('entityType'),
      ).toBe('session'),
    );
  });
});
