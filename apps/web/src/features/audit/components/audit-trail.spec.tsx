import { screen, waitFor } from '@testing-library/react';
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
    action,
    changes: { role: { before: 'officer', after: 'elected' } },
    requestId: null,
  };
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
            ? jsonResponse(200, { items: [event('e-2', 'user.disabled')], nextCursor: null })
            : jsonResponse(200, { items: [event('e-1', 'user.role_changed')], nextCursor: 'page-2' }),
      },
      signedInAs('admin'),
    );
    const { router } = await renderApp('/organisation/journal?type=user', api);
    expect(await screen.findByText('user.role_changed')).toBeInTheDocument();
    expect(screen.getByText(/officer → elected/)).toBeInTheDocument();
    expect(screen.getByLabelText('Type d’entité')).toHaveValue('user');
    const [first] = api.requestsTo('GET', '/api/audit-events');
    expect(new URL(first!.url).searchParams.get('entityType')).toBe('user');

    const page = userEvent.setup();
    await page.click(screen.getByRole('button', { name: 'Voir plus' }));
    expect(await screen.findByText('user.disabled')).toBeInTheDocument();
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
});
