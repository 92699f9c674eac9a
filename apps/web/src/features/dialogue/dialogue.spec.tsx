import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  jsonResponse,
  problemResponse,
  renderApp,
  signedInAs,
  stubApi,
  type StubRoutes,
} from '../../test/render-app';

const ANGERS = '00000000-0000-4000-8000-0000000000aa';
const BAMAKO = '00000000-0000-4000-8000-0000000000bb';
const CLAIRE = '00000000-0000-4000-8000-000000000001';
const AMADOU = '00000000-0000-4000-8000-000000000002';

const PARTNERSHIP = {
  id: 'p-1',
  title: 'Angers – Bamako : eau et assainissement',
  form: 'decentralised_cooperation',
  approach: 'mutual_interest',
  status: 'active',
  parties: [
    { organisationId: ANGERS, name: 'Ville d’Angers', countryCode: 'FR', role: 'initiator' },
    { organisationId: BAMAKO, name: 'Commune de Bamako', countryCode: 'ML', role: 'partner' },
  ],
  yourRole: 'initiator',
  createdAt: '2026-02-01T10:00:00.000Z',
  version: 12,
};

const claire = { personId: CLAIRE, name: 'Claire Martin', partyId: ANGERS, role: 'elected' };
const amadou = { personId: AMADOU, name: 'Amadou Traoré', partyId: BAMAKO, role: 'elected' };
const awa = {
  personId: `person:${BAMAKO}:awa diallo`,
  name: 'Awa Diallo',
  partyId: BAMAKO,
  role: 'technician',
};

const DIALOGUE = {
  version: 12,
  plan: {
    audiences: [
      {
        audience: 'elected_officials',
        cadence: { every: 3, unit: 'month' },
        channels: ['video_call'],
        participants: [claire, amadou],
      },
      {
        audience: 'technicians',
        cadence: { every: 2, unit: 'week' },
        channels: ['email', 'instant_messaging'],
        participants: [awa],
      },
      {
        audience: 'territory_actors',
        cadence: { every: 6, unit: 'month' },
        channels: ['in_person'],
        participants: [],
      },
    ],
    toleranceDays: 14,
    proposedAt: '2026-03-01T10:00:00.000Z',
    approvedBy: [BAMAKO],
    awaitingApprovalFrom: [ANGERS],
    approvedByAll: false,
    coversAllAudiences: true,
  },
  dueByAudience: [
    {
      audience: 'elected_officials',
      lastExchangeOn: '2026-06-01',
      dueOn: '2026-09-01',
      status: 'overdue',
      daysOverdue: 40,
    },
    {
      audience: 'technicians',
      lastExchangeOn: '2026-10-01',
      dueOn: '2026-10-15',
      status: 'due_soon',
      daysOverdue: 0,
    },
    {
      audience: 'territory_actors',
      lastExchangeOn: null,
      dueOn: '2027-03-01',
      status: 'on_track',
      daysOverdue: 0,
    },
  ],
  fallingAsleep: true,
  sleep: {
    fallingAsleep: true,
    audiences: ['elected_officials'],
    lastVisitEndedOn: '2026-05-20',
    lastDialogueEventOn: '2026-06-01',
  },
  warnings: [],
  events: {
    items: [
      {
        id: 'e-2',
        audience: 'technicians',
        occurredAt: '2026-10-01T09:00:00.000Z',
        channel: 'email',
        participants: [awa],
        summary: 'Point sur le chantier du forage.',
        decisions: [],
        recordedBy: BAMAKO,
      },
      {
        id: 'e-1',
        audience: 'elected_officials',
        occurredAt: '2026-06-01T14:00:00.000Z',
        channel: 'video_call',
        participants: [claire, amadou],
        summary: 'Bilan du premier semestre.',
        decisions: ['Visite à Bamako en novembre'],
        recordedBy: ANGERS,
      },
    ],
    nextCursor: null,
  },
  parties: [
    {
      partyId: ANGERS,
      name: 'Ville d’Angers',
      role: 'initiator',
      usualChannels: ['email'],
      usableChannels: ['email', 'video_call'],
      people: [claire],
    },
    {
      partyId: BAMAKO,
      name: 'Commune de Bamako',
      role: 'partner',
      usualChannels: ['instant_messaging'],
      usableChannels: ['instant_messaging', 'email'],
      people: [amadou, awa],
    },
  ],
};

const PAGE = '/partenariats/p-1/dialogue';

function dialogueApi(routes: StubRoutes = {}, role: Parameters<typeof signedInAs>[0] = 'officer') {
  return stubApi(
    {
      'GET /api/partnerships/:id': async () => jsonResponse(200, PARTNERSHIP),
      'GET /api/partnerships/:id/dialogue': async () => jsonResponse(200, DIALOGUE),
      ...routes,
    },
    signedInAs(role),
  );
}

describe('step 5: dialogue between the partners', () => {
  it('warns prominently that the relation is falling asleep, and with which audiences', async () => {
    await renderApp(PAGE, dialogueApi());
    expect(await screen.findByRole('heading', { name: 'Dialogue entre les partenaires' })).toBeVisible();
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'La relation s’endort' })).toBeVisible();
    expect(alert).toHaveTextContent(
      'Les échanges sont en retard au-delà de la tolérance convenue avec : Élus.',
    );
    expect(alert).toHaveTextContent('Dernière visite terminée le 20 mai 2026');
  });

  it('shows no alert while the relation is alive', async () => {
    await renderApp(
      PAGE,
      dialogueApi({
        'GET /api/partnerships/:id/dialogue': async () =>
          jsonResponse(200, {
            ...DIALOGUE,
            fallingAsleep: false,
            sleep: { ...DIALOGUE.sleep, fallingAsleep: false, audiences: [] },
          }),
      }),
    );
    expect(await screen.findByRole('heading', { name: 'Modalités par audience' })).toBeVisible();
    expect(screen.queryByText('La relation s’endort')).not.toBeInTheDocument();
  });

  it('shows each audience’s cadence, channels, participants per side and due status', async () => {
    await renderApp(PAGE, dialogueApi());
    const elected = await screen.findByRole('article', { name: 'Élus' });
    expect(elected).toHaveTextContent('Tous les 3 mois');
    expect(elected).toHaveTextContent('Visioconférence');
    expect(elected).toHaveTextContent('Ville d’Angers : Claire Martin');
    expect(elected).toHaveTextContent('Commune de Bamako : Amadou Traoré');
    expect(elected).toHaveTextContent('1 septembre 2026');
    expect(within(elected).getByText('En retard')).toBeVisible();
    expect(elected).toHaveTextContent('(40 jours de retard)');

    const technicians = screen.getByRole('article', { name: 'Techniciens' });
    expect(technicians).toHaveTextContent('Toutes les 2 semaines');
    expect(technicians).toHaveTextContent('Courriel, Messagerie instantanée');
    expect(within(technicians).getByText('Bientôt dû')).toBeVisible();

    const actors = screen.getByRole('article', { name: 'Acteurs du territoire' });
    expect(within(actors).getByText('À jour')).toBeVisible();
    expect(actors).toHaveTextContent('Aucun échange pour l’instant');
  });

  it('lists the exchanges newest first, with who logged each', async () => {
    await renderApp(PAGE, dialogueApi());
    const log = await screen.findByRole('list', { name: 'Journal du dialogue' });
    const items = [...log.children];
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Techniciens · Courriel');
    expect(items[0]).toHaveTextContent('Consigné par Commune de Bamako');
    expect(items[1]).toHaveTextContent('Bilan du premier semestre.');
    expect(items[1]).toHaveTextContent('Visite à Bamako en novembre');
    expect(items[1]).toHaveTextContent('Consigné par Ville d’Angers');
  });

  it('logs an exchange with the audience, the instant with its offset, the channel, the people and the decisions', async () => {
    const api = dialogueApi({
      'POST /api/partnerships/:id/dialogue/events': async () => jsonResponse(201, DIALOGUE),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    await page.selectOptions(await screen.findByLabelText('Audience'), 'technicians');
    await page.type(screen.getByLabelText('Date et heure de l’échange'), '2026-11-20T15:30');
    await page.selectOptions(screen.getByLabelText('Canal'), 'phone');
    await page.click(screen.getByRole('checkbox', { name: 'Claire Martin (élu·e)' }));
    await page.click(screen.getByRole('checkbox', { name: 'Awa Diallo (technicien·ne)' }));
    await page.type(screen.getByLabelText('Notes de l’échange'), 'Calendrier des travaux.');
    await page.type(
      screen.getByLabelText('Décisions'),
      'Commander les pompes{Enter}{Enter}Former deux agents ',
    );
    await page.click(screen.getByRole('button', { name: 'Consigner l’échange' }));

    await waitFor(() =>
      expect(api.requestsTo('POST', '/api/partnerships/p-1/dialogue/events')).toHaveLength(1),
    );
    const [request] = api.requestsTo('POST', '/api/partnerships/p-1/dialogue/events');
    const body = (await request?.json()) as Record<string, unknown> & { occurredAt: string };
    expect(body).toEqual({
      audience: 'technicians',
      occurredAt: expect.stringMatching(/^2026-11-20T15:30:00[+-]\d{2}:\d{2}$/),
      channel: 'phone',
      participants: [
        { userId: CLAIRE, partyId: ANGERS, role: 'elected' },
        { name: 'Awa Diallo', partyId: BAMAKO, role: 'technician' },
      ],
      summary: 'Calendrier des travaux.',
      decisions: ['Commander les pompes', 'Former deux agents'],
    });
    expect(new Date(body.occurredAt).getTime()).toBe(new Date('2026-11-20T15:30').getTime());
    expect(await screen.findByText('Échange consigné.')).toBeVisible();
  });

  it('shows the API’s refusal next to the exchange form', async () => {
    await renderApp(
      PAGE,
      dialogueApi({
        'POST /api/partnerships/:id/dialogue/events': async () =>
          problemResponse(422, 'REQUEST.VALIDATION_FAILED', {
            errors: [{ field: 'summary', rule: 'isNotEmpty', message: 'summary should not be empty' }],
          }),
      }),
    );
    const page = userEvent.setup();
    await page.type(await screen.findByLabelText('Date et heure de l’échange'), '2026-11-20T15:30');
    await page.click(screen.getByRole('button', { name: 'Consigner l’échange' }));
    expect(await screen.findByLabelText('Notes de l’échange')).toHaveAccessibleDescription(
      /obligatoire|requis/i,
    );
  });

  it('approves the plan for the user’s own party with the version read', async () => {
    const approved = {
      ...DIALOGUE,
      version: 13,
      plan: { ...DIALOGUE.plan, approvedBy: [BAMAKO, ANGERS], awaitingApprovalFrom: [], approvedByAll: true },
    };
    const api = dialogueApi({
      'POST /api/partnerships/:id/dialogue/plan/approval': async () => jsonResponse(200, approved),
    });
    await renderApp(PAGE, api);
    const approvals = await screen.findByRole('list', { name: 'Approbation par partie' });
    expect(
      within(approvals)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Ville d’Angers : approbation attendue Approuver ces modalités',
      'Commune de Bamako : approuvées',
    ]);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Approuver ces modalités' }));

    expect(await screen.findByText('Vous avez approuvé ces modalités.')).toBeVisible();
    const [request] = api.requestsTo('POST', '/api/partnerships/p-1/dialogue/plan/approval');
    expect(await request?.json()).toEqual({ version: 12 });
    expect(screen.getByText('Ces modalités sont approuvées par toutes les parties.')).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Approuver ces modalités' })).not.toBeInTheDocument();
  });

  it('offers no approval to a role that cannot run the partnership', async () => {
    await renderApp(PAGE, dialogueApi({}, 'viewer'));
    expect(await screen.findByRole('list', { name: 'Approbation par partie' })).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Approuver ces modalités' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Consigner l’échange' })).not.toBeInTheDocument();
  });
});
