import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, renderApp, signedInAs, stubApi, validationProblem } from '../../../test/render-app';

const ANGERS = '00000000-0000-4000-8000-0000000000aa';
const KAIROUAN = '00000000-0000-4000-8000-0000000000bb';

const PARTNERSHIP = {
  id: 'p-1',
  title: 'Angers – Kairouan : patrimoine et jeunesse',
  form: 'decentralised_cooperation',
  legalBasis: 'convention',
  criteria: [],
  approach: 'mutual_interest',
  status: 'active',
  targetCountries: [],
  themes: [],
  parties: [
    {
      organisationId: ANGERS,
      name: 'Ville d’Angers',
      countryCode: 'FR',
      role: 'initiator',
      governance: 'elected_executive',
    },
    {
      organisationId: KAIROUAN,
      name: 'Municipalité de Kairouan',
      countryCode: 'TN',
      role: 'partner',
      governance: 'elected_executive',
    },
  ],
  yourRole: 'initiator',
  createdAt: '2026-11-23T10:00:00.000Z',
  version: 3,
};

const SIGNAL = {
  id: '00000000-0000-4000-8000-00000000c001',
  kind: 'election',
  concernsPartyId: KAIROUAN,
  occursOn: '2027-03-14',
  note: 'Municipales annoncées par le gouvernorat.',
  recordedBy: ANGERS,
  recordedAt: '2026-12-01T10:00:00.000Z',
};

function partnershipApi(record: (request: Request) => Response | Promise<Response>) {
  const signals: (typeof SIGNAL)[] = [];
  return stubApi(
    {
      'GET /api/partnerships/:partnershipId': async () => jsonResponse(200, PARTNERSHIP),
      'GET /api/partnerships/:partnershipId/rupture-signals': async () =>
        jsonResponse(200, { items: signals }),
      'POST /api/partnerships/:partnershipId/rupture-signals': async (request) => {
        const answer = await record(request);
        if (answer.ok) signals.push(SIGNAL);
        return answer;
      },
    },
    signedInAs('officer'),
  );
}

async function openSignalForm() {
  const user = userEvent.setup();
  const section = await screen.findByRole(
    'region',
    { name: 'Signes avant-coureurs de rupture' },
    { timeout: 10_000 },
  );
  const opener = await within(section).findByRole('button', { name: 'Noter un signe' });
  await user.click(opener);
  return { user, opener, form: await screen.findByRole('form', { name: 'Noter un signe' }) };
}

describe('warning signs of rupture on the partnership page', () => {
  it('notes a sign in a dialog that closes on success, lists it and gives the focus back', async () => {
    const api = partnershipApi(() => jsonResponse(201, SIGNAL));
    await renderApp('/partenariats/p-1', api);
    const { user, opener, form } = await openSignalForm();

    await user.selectOptions(within(form).getByLabelText('Nature du signe'), 'election');
    await user.selectOptions(within(form).getByLabelText('De quel côté'), KAIROUAN);
    await user.type(within(form).getByLabelText(/^Date/), '2027-03-14');
    await user.type(
      within(form).getByLabelText('Ce que vous savez, et de qui'),
      'Municipales annoncées par le gouvernorat.',
    );
    await user.click(within(form).getByRole('button', { name: 'Enregistrer le signe' }));

    await waitFor(() =>
      expect(api.requestsTo('POST', '/api/partnerships/p-1/rupture-signals')).toHaveLength(1),
    );
    const [request] = api.requestsTo('POST', '/api/partnerships/p-1/rupture-signals');
    expect(await request?.clone().json()).toEqual({
      kind: 'election',
      concernsPartyId: KAIROUAN,
      occursOn: '2027-03-14',
      note: 'Municipales annoncées par le gouvernorat.',
    });
    expect(request?.headers.get('idempotency-key')).toMatch(/^[0-9a-f-]{36}$/);
    expect(await screen.findByText('Signe enregistré.')).toBeVisible();
    expect(screen.queryByRole('form', { name: 'Noter un signe' })).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    expect(await screen.findByRole('list', { name: 'Signes enregistrés' })).toHaveTextContent(
      'Municipales annoncées par le gouvernorat.',
    );
  });

  it('keeps the dialog open with the refusal at the field', async () => {
    const api = partnershipApi(() =>
      validationProblem([{ field: 'occursOn', rule: 'isDateString', message: 'occursOn must be a date' }]),
    );
    await renderApp('/partenariats/p-1', api);
    const { user, form } = await openSignalForm();
    await user.type(within(form).getByLabelText('Ce que vous savez, et de qui'), 'Rumeur de dissolution.');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer le signe' }));

    const day = within(form).getByLabelText(/^Date/);
    await waitFor(() => expect(day).toHaveAttribute('aria-invalid', 'true'));
    expect(day).toHaveFocus();
    expect(screen.getByRole('form', { name: 'Noter un signe' })).toBeInTheDocument();
    expect(screen.queryByText('Signe enregistré.')).not.toBeInTheDocument();
  });

  it('offers no sign to note to a viewer', async () => {
    await renderApp(
      '/partenariats/p-1',
      stubApi(
        {
          'GET /api/partnerships/:partnershipId': async () => jsonResponse(200, PARTNERSHIP),
          'GET /api/partnerships/:partnershipId/rupture-signals': async () =>
            jsonResponse(200, { items: [SIGNAL] }),
        },
        signedInAs('viewer'),
      ),
    );
    expect(
      await screen.findByRole('list', { name: 'Signes enregistrés' }, { timeout: 10_000 }),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Noter un signe' })).not.toBeInTheDocument();
  });
});
