import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  jsonResponse,
  problemResponse,
  renderApp,
  signedInAs,
  stubApi,
  validationProblem,
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
      'POST /api/partnerships/:id/dialogue/events': async () => jsonResponse(201, DIALOGUE.events.items[0]),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    await page.click(await screen.findByRole('button', { name: 'Consigner un échange' }));
    await page.selectOptions(await screen.findByLabelText('Audience'), 'technicians');
    // Typed as French writes it, whatever the browser's language: day first, and "15h30".
    await page.type(screen.getByLabelText('Date de l’échange'), '20/11/2026');
    await page.type(screen.getByLabelText('Heure de l’échange'), '15h30');
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
    expect(request?.headers.get('idempotency-key')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    // The dialog closes and says so beside its button, which has the focus back.
    expect(await screen.findByText('Échange consigné.')).toBeVisible();
    expect(screen.queryByRole('form', { name: 'Consigner un échange' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Consigner un échange' })).toHaveFocus();
  });

  it('sends an exchange again with the same Idempotency-Key after a failure, so that it is stored once', async () => {
    let attempts = 0;
    const api = dialogueApi({
      'POST /api/partnerships/:id/dialogue/events': async () =>
        (attempts += 1) === 1
          ? problemResponse(429, 'REQUEST.TOO_MANY')
          : jsonResponse(201, DIALOGUE.events.items[0]),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const open = await screen.findByRole('button', { name: 'Consigner un échange' });
    await page.click(open);
    await page.type(await screen.findByLabelText('Date de l’échange'), '2026-11-20');
    await page.type(screen.getByLabelText('Heure de l’échange'), '15:30');
    await page.type(screen.getByLabelText('Notes de l’échange'), 'Point mensuel.');
    const send = screen.getByRole('button', { name: 'Consigner l’échange' });
    await page.click(send);
    await waitFor(() =>
      expect(api.requestsTo('POST', '/api/partnerships/p-1/dialogue/events')).toHaveLength(1),
    );
    await page.click(send);
    expect(await screen.findByText('Échange consigné.')).toBeVisible();
    // A new exchange after the success gets a key of its own.
    await page.click(open);
    await page.type(await screen.findByLabelText('Date de l’échange'), '2026-11-21');
    await page.type(screen.getByLabelText('Heure de l’échange'), '10:00');
    await page.type(screen.getByLabelText('Notes de l’échange'), 'Autre point.');
    await page.click(screen.getByRole('button', { name: 'Consigner l’échange' }));
    await waitFor(() =>
      expect(api.requestsTo('POST', '/api/partnerships/p-1/dialogue/events')).toHaveLength(3),
    );
    const keys = api
      .requestsTo('POST', '/api/partnerships/p-1/dialogue/events')
      .map((request) => request.headers.get('idempotency-key'));
    expect(keys[1]).toBe(keys[0]);
    expect(keys[2]).not.toBe(keys[0]);
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
    await page.click(await screen.findByRole('button', { name: 'Consigner un échange' }));
    await page.type(await screen.findByLabelText('Date de l’échange'), '2026-11-20');
    await page.type(screen.getByLabelText('Heure de l’échange'), '15:30');
    await page.click(screen.getByRole('button', { name: 'Consigner l’échange' }));
    // A refusal keeps the dialog open, the error at its field.
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
    expect(screen.queryByRole('button', { name: 'Consigner un échange' })).not.toBeInTheDocument();
  });
});

describe('step 5: proposing the dialogue plan', () => {
  const NO_PLAN = { ...DIALOGUE, plan: null, dueByAudience: [], fallingAsleep: false, sleep: null };
  const PLAN_API = '/api/partnerships/p-1/dialogue/plan';

  async function sentPlan(api: ReturnType<typeof dialogueApi>): Promise<unknown> {
    await waitFor(() => expect(api.requestsTo('PUT', PLAN_API)).toHaveLength(1));
    return api.requestsTo('PUT', PLAN_API)[0]?.json();
  }

  async function openPlanForm() {
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Modifier les modalités' }));
    return screen.getByRole('group', { name: 'Élus' });
  }

  it('starts from the plan in force and warns that the partner must approve it again', async () => {
    await renderApp(PAGE, dialogueApi());
    expect(await screen.findByRole('heading', { name: 'Modifier les modalités de dialogue' })).toBeVisible();
    const elected = await openPlanForm();
    expect(
      screen.getByText(
        'Le formulaire reprend les modalités actuelles. Toute nouvelle proposition les remplace et relance l’approbation : Commune de Bamako devra les approuver à nouveau.',
      ),
    ).toBeVisible();
    expect(within(elected).getByLabelText('Un échange tous les')).toHaveValue(3);
    expect(within(elected).getByLabelText('Unité')).toHaveValue('month');
    expect(within(elected).getByRole('checkbox', { name: /^Visioconférence/ })).toBeChecked();
    expect(within(elected).getByRole('checkbox', { name: /^Courriel/ })).not.toBeChecked();
    const angersSide = within(elected).getByRole('group', { name: 'Participants — Ville d’Angers' });
    expect(within(angersSide).getByRole('checkbox', { name: 'Claire Martin (élu·e)' })).toBeChecked();
    const technicians = screen.getByRole('group', { name: 'Techniciens' });
    expect(within(technicians).getByLabelText('Unité')).toHaveValue('week');
    expect(within(technicians).getByRole('checkbox', { name: 'Awa Diallo (technicien·ne)' })).toBeChecked();
    expect(screen.getByLabelText('Tolérance avant l’alerte (en jours)')).toHaveValue(14);
  });

  it('says which party a channel does not work for', async () => {
    await renderApp(PAGE, dialogueApi());
    const elected = await openPlanForm();
    expect(
      within(elected).getByRole('checkbox', { name: 'Visioconférence (inadapté pour Commune de Bamako)' }),
    ).toBeVisible();
    expect(within(elected).getByRole('checkbox', { name: 'Courriel' })).toBeVisible();
    expect(
      within(elected).getByRole('checkbox', {
        name: 'Téléphone (inadapté pour Ville d’Angers, Commune de Bamako)',
      }),
    ).toBeVisible();
  });

  it('proposes the changed plan with every audience, the people of each side and the version read', async () => {
    const reproposed = {
      ...DIALOGUE,
      version: 13,
      plan: {
        ...DIALOGUE.plan,
        proposedAt: '2026-10-20T10:00:00.000Z',
        approvedBy: [ANGERS],
        awaitingApprovalFrom: [BAMAKO],
      },
    };
    const api = dialogueApi({
      'PUT /api/partnerships/:id/dialogue/plan': async () => jsonResponse(200, reproposed),
    });
    await renderApp(PAGE, api);
    await openPlanForm();
    const page = userEvent.setup();
    const technicians = screen.getByRole('group', { name: 'Techniciens' });
    await page.clear(within(technicians).getByLabelText('Un échange tous les'));
    await page.type(within(technicians).getByLabelText('Un échange tous les'), '3');
    await page.click(within(technicians).getByRole('checkbox', { name: /^Messagerie instantanée/ }));
    const angersTechnicians = within(technicians).getByRole('group', {
      name: 'Participants — Ville d’Angers',
    });
    await page.type(within(angersTechnicians).getByLabelText('Autre personne : nom'), '  Paul   Durand ');
    await page.click(within(angersTechnicians).getByRole('button', { name: 'Ajouter la personne' }));
    expect(
      within(angersTechnicians).getByRole('checkbox', { name: 'Paul Durand (technicien·ne)' }),
    ).toBeChecked();
    const actors = screen.getByRole('group', { name: 'Acteurs du territoire' });
    await page.click(
      within(within(actors).getByRole('group', { name: 'Participants — Ville d’Angers' })).getByRole(
        'checkbox',
        {
          name: 'Claire Martin (élu·e)',
        },
      ),
    );
    await page.click(
      within(within(actors).getByRole('group', { name: 'Participants — Commune de Bamako' })).getByRole(
        'checkbox',
        { name: 'Amadou Traoré (élu·e)' },
      ),
    );
    await page.clear(screen.getByLabelText('Tolérance avant l’alerte (en jours)'));
    await page.type(screen.getByLabelText('Tolérance avant l’alerte (en jours)'), '21');
    await page.click(screen.getByRole('button', { name: 'Proposer ces modalités' }));

    expect(await sentPlan(api)).toEqual({
      version: 12,
      audiences: [
        {
          audience: 'elected_officials',
          cadence: { every: 3, unit: 'month' },
          channels: ['video_call'],
          participants: [
            { userId: CLAIRE, partyId: ANGERS, role: 'elected' },
            { userId: AMADOU, partyId: BAMAKO, role: 'elected' },
          ],
        },
        {
          audience: 'technicians',
          cadence: { every: 3, unit: 'week' },
          channels: ['email'],
          participants: [
            { name: 'Awa Diallo', partyId: BAMAKO, role: 'technician' },
            { name: 'Paul Durand', partyId: ANGERS, role: 'technician' },
          ],
        },
        {
          audience: 'territory_actors',
          cadence: { every: 6, unit: 'month' },
          channels: ['in_person'],
          participants: [
            { userId: CLAIRE, partyId: ANGERS, role: 'elected' },
            { userId: AMADOU, partyId: BAMAKO, role: 'elected' },
          ],
        },
      ],
      toleranceDays: 21,
    });
    expect(
      await screen.findByText(
        'Modalités proposées et approuvées pour Ville d’Angers : Commune de Bamako doit maintenant les approuver.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Proposer ces modalités' })).not.toBeInTheDocument();
    const approvals = screen.getByRole('list', { name: 'Approbation par partie' });
    expect(within(approvals).getAllByRole('listitem')[0]).toHaveTextContent('Ville d’Angers : approuvées');
  });

  it('opens the form at once when there is no plan yet, with a first rhythm per audience', async () => {
    const proposed = {
      ...DIALOGUE,
      version: 13,
      plan: { ...DIALOGUE.plan, approvedBy: [ANGERS], awaitingApprovalFrom: [BAMAKO] },
    };
    const api = dialogueApi({
      'GET /api/partnerships/:id/dialogue': async () => jsonResponse(200, NO_PLAN),
      'PUT /api/partnerships/:id/dialogue/plan': async () => jsonResponse(200, proposed),
    });
    await renderApp(PAGE, api);
    expect(await screen.findByRole('heading', { name: 'Proposer les modalités de dialogue' })).toBeVisible();
    expect(
      screen.getByText(
        'Pour chaque audience : le rythme des échanges, les canaux et les participants de chaque partie. En les proposant, vous les approuvez pour Ville d’Angers ; Commune de Bamako devra ensuite les approuver.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Fermer' })).not.toBeInTheDocument();
    const page = userEvent.setup();
    for (const audience of ['Élus', 'Techniciens', 'Acteurs du territoire']) {
      const group = screen.getByRole('group', { name: audience });
      await page.click(within(group).getByRole('checkbox', { name: 'Courriel' }));
      await page.click(within(group).getByRole('checkbox', { name: 'Claire Martin (élu·e)' }));
      await page.click(within(group).getByRole('checkbox', { name: 'Amadou Traoré (élu·e)' }));
    }
    await page.click(screen.getByRole('button', { name: 'Proposer ces modalités' }));

    const body = (await sentPlan(api)) as { audiences: { cadence: unknown }[]; toleranceDays: number };
    expect(body.audiences.map((audience) => audience.cadence)).toEqual([
      { every: 3, unit: 'month' },
      { every: 1, unit: 'month' },
      { every: 6, unit: 'month' },
    ]);
    expect(body.toleranceDays).toBe(14);
    expect(await screen.findByRole('heading', { name: 'Modifier les modalités de dialogue' })).toBeVisible();
  });

  it('shows a side without participants beside that side’s picker of the audience', async () => {
    await renderApp(
      PAGE,
      dialogueApi({
        'PUT /api/partnerships/:id/dialogue/plan': async () =>
          problemResponse(422, 'DIALOGUE.PARTICIPANTS_MISSING', {
            details: { audience: 'territory_actors', partyIds: [ANGERS] },
          }),
      }),
    );
    await openPlanForm();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Proposer ces modalités' }));
    const actors = screen.getByRole('group', { name: 'Acteurs du territoire' });
    expect(
      await within(actors).findByRole('group', { name: 'Participants — Ville d’Angers' }),
    ).toHaveAccessibleDescription(
      expect.stringContaining('Désignez au moins une personne de Ville d’Angers.'),
    );
    expect(
      within(actors).getByRole('group', { name: 'Participants — Commune de Bamako' }),
    ).not.toHaveAccessibleDescription(expect.stringContaining('Désignez'));
    expect(screen.getByText('Certains champs sont à corriger.')).toHaveAttribute('role', 'alert');
  });

  it('names the channel a partner cannot use, at the audience’s channels', async () => {
    await renderApp(
      PAGE,
      dialogueApi({
        'PUT /api/partnerships/:id/dialogue/plan': async () =>
          problemResponse(422, 'DIALOGUE.CHANNEL_NOT_USABLE', {
            details: { audience: 'elected_officials', channel: 'video_call', partyIds: [BAMAKO] },
          }),
      }),
    );
    const elected = await openPlanForm();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Proposer ces modalités' }));
    expect(await within(elected).findByRole('group', { name: 'Canaux' })).toHaveAccessibleDescription(
      expect.stringContaining('« Visioconférence » n’est pas adapté aux contraintes de Commune de Bamako.'),
    );
  });

  it('shows an invalid cadence the API refuses beside the audience it belongs to', async () => {
    await renderApp(
      PAGE,
      dialogueApi({
        'PUT /api/partnerships/:id/dialogue/plan': async () =>
          validationProblem([
            {
              field: 'audiences.1.cadence.every',
              rule: 'max',
              message: 'every must not be greater than 366',
            },
          ]),
      }),
    );
    await openPlanForm();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Proposer ces modalités' }));
    const technicians = screen.getByRole('group', { name: 'Techniciens' });
    expect(await within(technicians).findByLabelText('Un échange tous les')).toHaveAccessibleDescription(
      'Trop grand : au plus 366.',
    );
    expect(
      within(screen.getByRole('group', { name: 'Élus' })).getByLabelText('Un échange tous les'),
    ).not.toHaveAttribute('aria-invalid');
  });

  it('refuses a tolerance that is not a whole number of days before sending', async () => {
    const api = dialogueApi();
    await renderApp(PAGE, api);
    await openPlanForm();
    const page = userEvent.setup();
    await page.clear(screen.getByLabelText('Tolérance avant l’alerte (en jours)'));
    await page.click(screen.getByRole('button', { name: 'Proposer ces modalités' }));
    expect(screen.getByLabelText('Tolérance avant l’alerte (en jours)')).toHaveAccessibleDescription(
      expect.stringContaining('Indiquez un nombre entier de 0 à 365.'),
    );
    expect(screen.getByLabelText('Tolérance avant l’alerte (en jours)')).toHaveFocus();
    expect(api.requestsTo('PUT', PLAN_API)).toHaveLength(0);
  });

  it('shows the conflict and reloads the dialogue when the arrangements changed meanwhile', async () => {
    const api = dialogueApi({
      'PUT /api/partnerships/:id/dialogue/plan': async () =>
        problemResponse(409, 'RESOURCE.CONFLICT', { currentVersion: 14 }),
    });
    await renderApp(PAGE, api);
    await openPlanForm();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Proposer ces modalités' }));
    expect(
      await screen.findByText(
        'Quelqu’un a modifié les modalités du dialogue entre-temps : elles ont été rechargées, vérifiez puis recommencez.',
      ),
    ).toHaveAttribute('role', 'alert');
    await waitFor(() => expect(api.requestsTo('GET', '/api/partnerships/p-1/dialogue')).toHaveLength(2));
  });

  it('offers the plan form neither to an elected official nor to a reader', async () => {
    for (const role of ['elected', 'viewer'] as const) {
      const { unmount } = await renderApp(PAGE, dialogueApi({}, role));
      expect(await screen.findByRole('heading', { name: 'Modalités par audience' })).toBeVisible();
      expect(
        screen.queryByRole('heading', { name: 'Modifier les modalités de dialogue' }),
      ).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: 'Modifier les modalités' })).not.toBeInTheDocument();
      unmount();
    }
  });
});
