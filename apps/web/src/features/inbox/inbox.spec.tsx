import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, renderApp, signedInAs, stubApi } from '../../test/render-app';

const ITEMS = [
  {
    key: 'dialogue-exchange-due:p-1:elected_officials:2026-03-01',
    kind: 'dialogue-exchange-due',
    partnership: { id: 'p-1', title: 'Angers – Ouahigouya' },
    subjectId: 'elected_officials',
    subjectLabel: 'elected_officials',
    since: '2025-12-01',
    dueOn: '2026-03-01',
    overdue: true,
    path: '/partenariats/p-1/dialogue',
  },
  {
    key: 'convention-approval:p-2:c-1:2',
    kind: 'convention-approval',
    partnership: { id: 'p-2', title: 'Angers – Kairouan' },
    subjectId: 'c-1',
    subjectLabel: 'Angers – Kairouan',
    since: '2026-02-10',
    dueOn: null,
    overdue: false,
    path: '/partenariats/p-2/convention',
  },
];

function inboxApi(role: 'elected' | 'officer' = 'elected', items: unknown[] = ITEMS) {
  return stubApi(
    {
      'GET /api/inbox': async () => jsonResponse(200, { count: items.length, items }),
      'GET /api/partnerships': async () => jsonResponse(200, { items: [], nextCursor: null }),
    },
    signedInAs(role),
  );
}

describe('the inbox', () => {
  it('says in the header link how many things wait', async () => {
    await renderApp('/partenariats', inboxApi());
    const link = await screen.findByRole('link', { name: 'À faire 2 en attente' });
    expect(link).toHaveAttribute('href', '/a-faire');
    expect(within(link).getByTestId('inbox-count')).toHaveTextContent('2');
  });

  it('lists each item with why, since when, by when, and a link to act', async () => {
    await renderApp('/a-faire', inboxApi());
    const list = await screen.findByRole('list', { name: '2 choses à faire' });
    const [late, approval] = within(list).getAllByTestId('inbox-item');
    expect(late).toHaveTextContent('Échange du dialogue à tenir');
    expect(late).toHaveTextContent('En retard');
    expect(late).toHaveTextContent('Angers – Ouahigouya — entre élus');
    expect(late).toHaveTextContent('Depuis le 1 décembre 2025');
    expect(late).toHaveTextContent('Échéance le 1 mars 2026');
    expect(within(late!).getByRole('link', { name: /Consigner un échange/ })).toHaveAttribute(
      'href',
      '/partenariats/p-1/dialogue',
    );
    // A label that only repeats the partnership's title is not said twice.
    expect(approval).toHaveTextContent(/Angers – Kairouan\s*Depuis/);
    expect(within(approval!).getByRole('link', { name: /Enregistrer la délibération/ })).toHaveAttribute(
      'href',
      '/partenariats/p-2/convention',
    );
  });

  it('says when nothing waits, and the header shows no count', async () => {
    const api = inboxApi('officer', []);
    await renderApp('/a-faire', api);
    expect(await screen.findByText('Rien ne vous attend pour l’instant.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'À faire' })).not.toHaveTextContent(/\d/);
  });

  it('lands an elected official on their inbox after signing in', async () => {
    const api = stubApi({
      'POST /api/auth/login': async () => jsonResponse(200, signedInAs('elected')),
      'GET /api/inbox': async () => jsonResponse(200, { count: 0, items: [] }),
    });
    const { router } = await renderApp('/connexion', api);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Adresse e-mail'), 'elected@angers.test');
    await user.type(screen.getByLabelText('Mot de passe'), 'passerelle-demo');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/a-faire'));
  });
});
