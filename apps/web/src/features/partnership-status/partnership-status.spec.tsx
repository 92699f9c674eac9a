import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  jsonResponse,
  problemResponse,
  renderApp,
  signedInAs,
  stubApi,
  type SessionResponse,
  type StubRoutes,
} from '../../test/render-app';
import { browserToday } from './components/status-dates';
import { formatDateEntry } from '../../components/ui/date-entry';

const ANGERS = '00000000-0000-4000-8000-0000000000aa';
const BAMAKO = '00000000-0000-4000-8000-0000000000bb';

const PARTNERSHIP = {
  id: 'p-1',
  title: 'Angers – Bamako : eau et assainissement',
  form: 'decentralised_cooperation',
  approach: 'mutual_interest',
  status: 'active',
  targetCountries: ['ML'],
  themes: [],
  parties: [
    { organisationId: ANGERS, name: 'Ville d’Angers', countryCode: 'FR', role: 'initiator' },
    { organisationId: BAMAKO, name: 'Commune de Bamako', countryCode: 'ML', role: 'partner' },
  ],
  yourRole: 'initiator',
  createdAt: '2026-02-01T10:00:00.000Z',
  version: 12,
};

const BOREHOLE = { id: 'a-1', title: 'Forage de Kalaban', status: 'in_progress' };
const SCHOOLS = { id: 'a-2', title: 'Échanges scolaires', status: 'planned' };

const ACTIVE = {
  version: 12,
  status: 'active',
  suspension: null,
  termination: null,
  requiredNoticeDays: 90,
  ongoingActions: [BOREHOLE, SCHOOLS],
  canAbandon: true,
  negotiationDays: 30,
  rupture: null,
};

const SUSPENDED = {
  ...ACTIVE,
  version: 13,
  status: 'suspended',
  suspension: { reason: 'Élections municipales au Mali.', since: '2026-03-03' },
};

/** Ended with notice still running: the schools exchange goes on, the borehole was stopped (now cancelled). */
const TERMINATION_AHEAD = {
  reason: 'Désaccord sur la gouvernance du projet.',
  noticeGivenOn: '2026-04-01',
  effectiveOn: '2099-06-30',
  actionDecisions: [
    { actionId: 'a-1', fate: 'stop' },
    { actionId: 'a-2', fate: 'complete_during_notice' },
  ],
  decidedAt: '2026-04-01T09:30:00.000Z',
};

const TERMINATED = {
  ...ACTIVE,
  version: 14,
  status: 'terminated',
  termination: TERMINATION_AHEAD,
  ongoingActions: [SCHOOLS],
};

const ACTIONS = {
  version: 14,
  actions: [
    { ...BOREHOLE, status: 'cancelled' },
    { ...SCHOOLS, status: 'planned' },
  ],
};

/** A convention binds the parties: ending the partnership takes the orderly rupture. */
const BOUND = { ...ACTIVE, canAbandon: false };

const RUPTURE = {
  stage: 'negotiating',
  reason: 'Budget réduit.',
  proposedBy: ANGERS,
  proposedOn: '2099-01-01',
  responses: [],
  deliberation: null,
  noticeGivenOn: null,
  effectiveOn: null,
  actionDecisions: [],
  withdrawal: null,
  notHeard: [],
  earliestDecisionOn: null,
  noticeDaysLeft: null,
};

const PAGE = '/partenariats/p-1';

function statusApi(
  status: unknown,
  routes: StubRoutes = {},
  session: SessionResponse = signedInAs('officer'),
  partnership: unknown = PARTNERSHIP,
) {
  return stubApi(
    {
      'GET /api/partnerships/:id': async () => jsonResponse(200, partnership),
      'GET /api/partnerships/:id/internal-notes': async () => jsonResponse(200, { items: [] }),
      'GET /api/partnerships/:id/status': async () => jsonResponse(200, status),
      'GET /api/partnerships/:id/actions': async () => jsonResponse(200, ACTIONS),
      ...routes,
    },
    session,
  );
}

/** The « Statut du partenariat » section, once the status is shown. */
async function findStatusSection() {
  const section = await screen.findByRole('region', { name: 'Statut du partenariat' });
  await waitFor(() => expect(within(section).queryByText('Chargement…')).not.toBeInTheDocument());
  return section;
}

async function bodyOf(request: Request | undefined): Promise<unknown> {
  expect(request).toBeDefined();
  return request?.json();
}

/** Fills the termination form (reason, effective date and each action's fate) and asks to review it. */
async function fillTermination(
  page: ReturnType<typeof userEvent.setup>,
  section: HTMLElement,
  fates: Record<string, string>,
) {
  await page.click(within(section).getByRole('button', { name: 'Mettre fin au partenariat' }));
  const form = within(section).getByRole('form', { name: 'Mettre fin au partenariat' });
  await page.type(within(form).getByLabelText('Motif de la fin du partenariat'), 'Désaccord durable.');
  await page.clear(within(form).getByLabelText('Date d’effet de la fin'));
  await page.type(within(form).getByLabelText('Date d’effet de la fin'), '2099-06-30');
  for (const [title, fate] of Object.entries(fates))
    await page.selectOptions(within(form).getByLabelText(`Sort de l’action « ${title} »`), fate);
  await page.click(within(form).getByRole('button', { name: 'Vérifier avant de confirmer' }));
  return form;
}

describe('partnership status: suspension, resumption, termination', () => {
  it('shows an active partnership and offers an officer to suspend or end it', async () => {
    await renderApp(PAGE, statusApi(ACTIVE));
    const section = await findStatusSection();
    expect(section).toHaveTextContent('Actif Le partenariat est actif.');
    expect(within(section).getByRole('button', { name: 'Suspendre le partenariat' })).toHaveAttribute(
      'aria-expanded',
      'false',
    );
    expect(within(section).getByRole('button', { name: 'Mettre fin au partenariat' })).toBeVisible();
    expect(
      within(section).queryByRole('button', { name: 'Reprendre le partenariat' }),
    ).not.toBeInTheDocument();
  });

  it('shows why and since when the partnership is suspended, and offers to resume it', async () => {
    await renderApp(PAGE, statusApi(SUSPENDED));
    const section = await findStatusSection();
    expect(section).toHaveTextContent('Suspendu Le partenariat est suspendu depuis le 3 mars 2026.');
    expect(section).toHaveTextContent('Motif');
    expect(within(section).getByText('Élections municipales au Mali.')).toBeVisible();
    expect(within(section).getByRole('button', { name: 'Reprendre le partenariat' })).toBeVisible();
    expect(
      within(section).queryByRole('button', { name: 'Suspendre le partenariat' }),
    ).not.toBeInTheDocument();
    // A suspended partnership can still be ended in order.
    expect(within(section).getByRole('button', { name: 'Mettre fin au partenariat' })).toBeVisible();
  });

  it('suspends with the reason and the version read, and shows the new status', async () => {
    const api = statusApi(ACTIVE, {
      'POST /api/partnerships/:id/suspension': async () =>
        jsonResponse(200, { ...SUSPENDED, suspension: { reason: 'Élections.', since: '2026-05-04' } }),
    });
    await renderApp(PAGE, api);
    const section = await findStatusSection();
    const page = userEvent.setup();
    await page.click(within(section).getByRole('button', { name: 'Suspendre le partenariat' }));
    const form = within(section).getByRole('form', { name: 'Suspendre le partenariat' });
    await page.type(within(form).getByLabelText('Motif de la suspension'), '  Élections. ');
    await page.click(within(form).getByRole('button', { name: 'Confirmer la suspension' }));

    expect(
      await within(section).findByText(
        'Le partenariat est suspendu. Les autres parties en sont informées par courriel.',
      ),
    ).toBeVisible();
    const [request] = api.requestsTo('POST', '/api/partnerships/p-1/suspension');
    expect(await bodyOf(request)).toEqual({ version: 12, reason: 'Élections.' });
    expect(section).toHaveTextContent('Le partenariat est suspendu depuis le 4 mai 2026.');
    expect(within(section).queryByRole('form')).not.toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Reprendre le partenariat' })).toBeVisible();
  });

  it('asks for a reason before sending a suspension', async () => {
    const api = statusApi(ACTIVE);
    await renderApp(PAGE, api);
    const section = await findStatusSection();
    const page = userEvent.setup();
    await page.click(within(section).getByRole('button', { name: 'Suspendre le partenariat' }));
    await page.click(within(section).getByRole('button', { name: 'Confirmer la suspension' }));

    const reason = within(section).getByLabelText('Motif de la suspension');
    expect(reason).toHaveAccessibleDescription('Indiquez le motif de la suspension.');
    expect(reason).toHaveFocus();
    expect(api.requestsTo('POST', '/api/partnerships/p-1/suspension')).toHaveLength(0);
  });

  it('resumes a suspended partnership with the version read', async () => {
    const api = statusApi(SUSPENDED, {
      'POST /api/partnerships/:id/resumption': async () => jsonResponse(200, { ...ACTIVE, version: 14 }),
    });
    await renderApp(PAGE, api);
    const section = await findStatusSection();
    await userEvent.setup().click(within(section).getByRole('button', { name: 'Reprendre le partenariat' }));

    expect(await within(section).findByText('Le partenariat a repris.')).toBeVisible();
    const [request] = api.requestsTo('POST', '/api/partnerships/p-1/resumption');
    expect(await bodyOf(request)).toEqual({ version: 13 });
    expect(section).toHaveTextContent('Le partenariat est actif.');
  });

  it('shows the conflict words and reloads the status when the partnership changed meanwhile', async () => {
    let reads = 0;
    const api = statusApi(ACTIVE, {
      'GET /api/partnerships/:id/status': async () => {
        reads += 1;
        return jsonResponse(200, reads === 1 ? ACTIVE : SUSPENDED);
      },
      'POST /api/partnerships/:id/suspension': async () =>
        problemResponse(409, 'RESOURCE.CONFLICT', { currentVersion: 13 }),
    });
    await renderApp(PAGE, api);
    const section = await findStatusSection();
    const page = userEvent.setup();
    await page.click(within(section).getByRole('button', { name: 'Suspendre le partenariat' }));
    await page.type(within(section).getByLabelText('Motif de la suspension'), 'Élections.');
    await page.click(within(section).getByRole('button', { name: 'Confirmer la suspension' }));

    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Le partenariat a changé entre-temps : son statut a été rechargé, vérifiez-le puis recommencez si besoin.',
    );
    await waitFor(() => expect(section).toHaveTextContent('suspendu depuis le 3 mars 2026'));
    expect(api.requestsTo('GET', '/api/partnerships/p-1/status')).toHaveLength(2);
  });

  it('blocks an end of the partnership while an ongoing action has no decision', async () => {
    const api = statusApi(ACTIVE);
    await renderApp(PAGE, api);
    const section = await findStatusSection();
    const form = await fillTermination(userEvent.setup(), section, { 'Forage de Kalaban': 'hand_over' });

    expect(within(form).getByRole('alert')).toHaveTextContent(
      'Décidez du sort de chaque action en cours avant de mettre fin au partenariat : 1 action attend encore une décision.',
    );
    const undecided = within(form).getByLabelText('Sort de l’action « Échanges scolaires »');
    expect(undecided).toHaveAttribute('aria-invalid', 'true');
    expect(undecided).toHaveAccessibleDescription('Action prévue Choisissez le sort de cette action.');
    expect(undecided).toHaveFocus();
    expect(within(form).getByLabelText('Sort de l’action « Forage de Kalaban »')).not.toHaveAttribute(
      'aria-invalid',
    );
    expect(
      within(section).queryByRole('button', { name: 'Confirmer la fin du partenariat' }),
    ).not.toBeInTheDocument();
    expect(api.requestsTo('POST', '/api/partnerships/p-1/termination')).toHaveLength(0);
  });

  it('offers the three fates the API allows for each ongoing action, and an end effective at once', async () => {
    await renderApp(PAGE, statusApi(ACTIVE));
    const section = await findStatusSection();
    const page = userEvent.setup();
    await page.click(within(section).getByRole('button', { name: 'Mettre fin au partenariat' }));
    const choice = within(section).getByLabelText('Sort de l’action « Forage de Kalaban »');
    expect(
      within(choice)
        .getAllByRole('option')
        .map((option) => [option.getAttribute('value'), option.textContent]),
    ).toEqual([
      ['', '— Choisir —'],
      ['complete_during_notice', 'la mener à son terme pendant le préavis'],
      ['hand_over', 'la transmettre à un autre porteur'],
      ['stop', 'l’arrêter (elle sera annulée)'],
    ]);
    const effective = within(section).getByLabelText('Date d’effet de la fin');
    // Today, written as French writes it, and written out under the field.
    expect(effective).toHaveValue(formatDateEntry(browserToday(), 'fr'));
    expect(effective).toHaveAccessibleDescription(
      `Effet immédiat : une fin différée, avec préavis, passe par la rupture négociée. ${new Date(
        `${browserToday()}T00:00:00Z`,
      ).toLocaleDateString('fr-FR', { dateStyle: 'full', timeZone: 'UTC' })}`,
    );
  });

  it('ends the partnership after a confirmation, with a decision for each action, and shows the notice running', async () => {
    const api = statusApi(ACTIVE, {
      'POST /api/partnerships/:id/termination': async () => jsonResponse(200, TERMINATED),
    });
    await renderApp(PAGE, api);
    const section = await findStatusSection();
    const page = userEvent.setup();
    await fillTermination(page, section, {
      'Forage de Kalaban': 'stop',
      'Échanges scolaires': 'complete_during_notice',
    });

    const confirmation = within(section).getByRole('region', { name: 'Confirmer la fin du partenariat' });
    expect(confirmation).toHaveTextContent('fin effective le 30 juin 2099');
    expect(confirmation).toHaveTextContent('Forage de Kalaban : l’arrêter (elle sera annulée)');
    expect(confirmation).toHaveTextContent(
      'Cette décision est définitive : le partenariat ne pourra plus être modifié ni repris.',
    );
    expect(api.requestsTo('POST', '/api/partnerships/p-1/termination')).toHaveLength(0);
    await page.click(within(confirmation).getByRole('button', { name: 'Confirmer la fin du partenariat' }));

    expect(
      await within(section).findByText(
        'Il a été mis fin au partenariat. Les autres parties en sont informées par courriel.',
      ),
    ).toBeVisible();
    const [request] = api.requestsTo('POST', '/api/partnerships/p-1/termination');
    expect(await bodyOf(request)).toEqual({
      version: 12,
      reason: 'Désaccord durable.',
      noticeGivenOn: browserToday(),
      effectiveOn: '2099-06-30',
      actionDecisions: [
        { actionId: 'a-1', fate: 'stop' },
        { actionId: 'a-2', fate: 'complete_during_notice' },
      ],
    });
    expect(section).toHaveTextContent('Préavis en cours');
    expect(section).toHaveTextContent('la fin prend effet le 30 juin 2099');
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });

  it('can go back from the confirmation to the form without sending anything', async () => {
    const api = statusApi(ACTIVE);
    await renderApp(PAGE, api);
    const section = await findStatusSection();
    const page = userEvent.setup();
    await fillTermination(page, section, { 'Forage de Kalaban': 'stop', 'Échanges scolaires': 'stop' });
    await page.click(within(section).getByRole('button', { name: 'Revenir au formulaire' }));

    expect(within(section).getByLabelText('Motif de la fin du partenariat')).toHaveValue(
      'Désaccord durable.',
    );
    expect(within(section).getByLabelText('Sort de l’action « Échanges scolaires »')).toHaveValue('stop');
    expect(api.requestsTo('POST', '/api/partnerships/p-1/termination')).toHaveLength(0);
  });

  it('shows the API’s refusal when an action still lacks a decision, beside that action', async () => {
    const api = statusApi(ACTIVE, {
      'POST /api/partnerships/:id/termination': async () =>
        problemResponse(422, 'PARTNERSHIP.TERMINATION_NEEDS_ACTION_DECISIONS', {
          details: { missingActionIds: ['a-2'], unknownActionIds: [] },
        }),
    });
    await renderApp(PAGE, api);
    const section = await findStatusSection();
    const page = userEvent.setup();
    await fillTermination(page, section, { 'Forage de Kalaban': 'stop', 'Échanges scolaires': 'hand_over' });
    await page.click(within(section).getByRole('button', { name: 'Confirmer la fin du partenariat' }));

    const form = await within(section).findByRole('form', { name: 'Mettre fin au partenariat' });
    expect(within(form).getByRole('alert')).toHaveTextContent('Décidez du sort de chaque action en cours.');
    expect(within(form).getByLabelText('Sort de l’action « Échanges scolaires »')).toHaveAttribute(
      'aria-invalid',
      'true',
    );
  });

  it('shows a notice too short beside the effective date, with the days owed', async () => {
    await renderApp(
      PAGE,
      statusApi(ACTIVE, {
        'POST /api/partnerships/:id/termination': async () =>
          problemResponse(422, 'PARTNERSHIP.TERMINATION_NEEDS_NOTICE', {
            details: { requiredDays: 90, givenDays: 30, noticeGivenOn: '2026-04-01', today: '2026-04-01' },
          }),
      }),
    );
    const section = await findStatusSection();
    const page = userEvent.setup();
    await fillTermination(page, section, { 'Forage de Kalaban': 'stop', 'Échanges scolaires': 'stop' });
    await page.click(within(section).getByRole('button', { name: 'Confirmer la fin du partenariat' }));

    expect(await within(section).findByLabelText('Date d’effet de la fin')).toHaveAccessibleDescription(
      expect.stringContaining(
        'Le préavis dû au partenaire est de 90 jours ; les dates choisies n’en laissent que 30.',
      ),
    );
  });

  it('keeps the termination typed after a conflict, and sends it again with the version reloaded', async () => {
    let reads = 0;
    let attempts = 0;
    const api = statusApi(ACTIVE, {
      'GET /api/partnerships/:id/status': async () => {
        reads += 1;
        return jsonResponse(200, reads === 1 ? ACTIVE : { ...ACTIVE, version: 13 });
      },
      'POST /api/partnerships/:id/termination': async () => {
        attempts += 1;
        return attempts === 1
          ? problemResponse(409, 'RESOURCE.CONFLICT', { currentVersion: 13 })
          : jsonResponse(200, TERMINATED);
      },
    });
    await renderApp(PAGE, api);
    const section = await findStatusSection();
    const page = userEvent.setup();
    await fillTermination(page, section, { 'Forage de Kalaban': 'hand_over', 'Échanges scolaires': 'stop' });
    await page.click(within(section).getByRole('button', { name: 'Confirmer la fin du partenariat' }));

    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Le partenariat a changé entre-temps : son statut a été rechargé',
    );
    await waitFor(() => expect(api.requestsTo('GET', '/api/partnerships/p-1/status')).toHaveLength(2));
    const form = within(section).getByRole('form', { name: 'Mettre fin au partenariat' });
    expect(within(form).getByLabelText('Motif de la fin du partenariat')).toHaveValue('Désaccord durable.');
    await page.click(within(form).getByRole('button', { name: 'Vérifier avant de confirmer' }));
    await page.click(within(section).getByRole('button', { name: 'Confirmer la fin du partenariat' }));

    expect(await within(section).findByText(/Il a été mis fin au partenariat\./)).toBeVisible();
    const [, retry] = api.requestsTo('POST', '/api/partnerships/p-1/termination');
    expect(await bodyOf(retry)).toMatchObject({
      version: 13,
      actionDecisions: [
        { actionId: 'a-1', fate: 'hand_over' },
        { actionId: 'a-2', fate: 'stop' },
      ],
    });
  });

  it('shows the refusal and the reloaded status when the partner ended the partnership first', async () => {
    let reads = 0;
    await renderApp(
      PAGE,
      statusApi(ACTIVE, {
        'GET /api/partnerships/:id/status': async () => {
          reads += 1;
          return jsonResponse(200, reads === 1 ? ACTIVE : TERMINATED);
        },
        'POST /api/partnerships/:id/termination': async () => problemResponse(409, 'PARTNERSHIP.TERMINATED'),
      }),
    );
    const section = await findStatusSection();
    const page = userEvent.setup();
    await fillTermination(page, section, { 'Forage de Kalaban': 'stop', 'Échanges scolaires': 'stop' });
    await page.click(within(section).getByRole('button', { name: 'Confirmer la fin du partenariat' }));

    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Le partenariat est résilié : il ne peut plus être modifié.',
    );
    await waitFor(() => expect(section).toHaveTextContent('Préavis en cours'));
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });

  it('shows the partner the end of the partnership, the reason, the dates and each action’s fate', async () => {
    const partner = {
      ...signedInAs('officer'),
      organisation: { id: BAMAKO, name: 'Commune de Bamako', countryCode: 'ML' },
    };
    await renderApp(
      PAGE,
      statusApi(TERMINATED, {}, partner, { ...PARTNERSHIP, status: 'terminated', yourRole: 'partner' }),
    );
    const section = await findStatusSection();
    expect(section).toHaveTextContent(
      'Préavis en cours Il a été mis fin au partenariat le 1 avril 2026. Le préavis court : la fin prend effet le 30 juin 2099.',
    );
    expect(within(section).getByText('Désaccord sur la gouvernance du projet.')).toBeVisible();
    expect(section).toHaveTextContent('Préavis donné le1 avril 2026');
    const fates = within(section).getByRole('list', { name: 'Sort des actions en cours' });
    // The stopped borehole is cancelled, no longer ongoing: its title comes from the actions list.
    expect(
      await within(fates).findByText('Forage de Kalaban : arrêtée (action annulée)'),
    ).toBeInTheDocument();
    expect(
      within(fates).getByText('Échanges scolaires : menée à son terme pendant le préavis'),
    ).toBeVisible();
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
  });

  it('says the partnership has ended once the effective date has passed', async () => {
    await renderApp(
      PAGE,
      statusApi({ ...TERMINATED, termination: { ...TERMINATION_AHEAD, effectiveOn: '2026-01-31' } }),
    );
    const section = await findStatusSection();
    expect(section).toHaveTextContent('Terminé Le partenariat a pris fin le 31 janvier 2026.');
    expect(section).toHaveTextContent('Plus rien ne peut y être modifié');
  });

  it.each(['viewer', 'elected'] as const)('shows the status to a %s without any command', async (role) => {
    await renderApp(PAGE, statusApi(SUSPENDED, {}, signedInAs(role)));
    const section = await findStatusSection();
    expect(section).toHaveTextContent('Le partenariat est suspendu depuis le 3 mars 2026.');
    expect(within(section).queryByRole('button')).not.toBeInTheDocument();
    expect(within(section).queryByRole('form')).not.toBeInTheDocument();
  });

  it('asks for the orderly path when a convention binds: the partner is told of a proposed rupture', async () => {
    const negotiating = {
      ...BOUND,
      version: 13,
      rupture: {
        ...RUPTURE,
        stage: 'negotiating',
        notHeard: [BAMAKO],
        earliestDecisionOn: '2099-01-31',
      },
    };
    const api = statusApi(BOUND, {
      'POST /api/partnerships/:id/rupture': async () => jsonResponse(200, negotiating),
    });
    await renderApp(PAGE, api);
    const section = await findStatusSection();
    expect(
      within(section).queryByRole('button', { name: 'Mettre fin au partenariat' }),
    ).not.toBeInTheDocument();
    const page = userEvent.setup();
    await page.click(within(section).getByRole('button', { name: 'Proposer une rupture au partenaire' }));
    const form = within(section).getByRole('form', { name: 'Proposer une rupture' });
    await page.type(
      within(form).getByLabelText('Pourquoi envisager la fin du partenariat ?'),
      'Budget réduit.',
    );
    await page.click(
      within(form).getByRole('button', { name: 'Informer le partenaire et ouvrir la négociation' }),
    );

    expect(
      await within(section).findByText(
        'La rupture est proposée : le partenaire en est informé et peut répondre.',
      ),
    ).toBeVisible();
    const [request] = api.requestsTo('POST', '/api/partnerships/p-1/rupture');
    expect(await bodyOf(request)).toEqual({ version: 12, reason: 'Budget réduit.' });
    expect(section).toHaveTextContent('Négociation en cours');
    expect(section).toHaveTextContent('En attente de la réponse de : Commune de Bamako.');
    expect(within(section).getByRole('button', { name: 'Enregistrer la délibération' })).toBeVisible();
  });

  it('lets the partner answer, and shows the notice during which the partnership goes on', async () => {
    const inNotice = {
      ...BOUND,
      rupture: {
        ...RUPTURE,
        stage: 'notice',
        deliberation: {
          body: 'Conseil municipal',
          reference: 'DEL-2099-12',
          adoptedOn: '2099-01-15',
          recordedBy: 'elected',
        },
        noticeGivenOn: '2099-01-15',
        effectiveOn: '2099-04-15',
        noticeDaysLeft: 40,
      },
    };
    const api = statusApi(
      inNotice,
      {
        'POST /api/partnerships/:id/rupture/responses': async () => jsonResponse(200, inNotice),
      },
      {
        ...signedInAs('officer'),
        organisation: { id: BAMAKO, name: 'Commune de Bamako', countryCode: 'ML' },
      },
      { ...PARTNERSHIP, yourRole: 'partner' },
    );
    await renderApp(PAGE, api);
    const section = await findStatusSection();
    expect(section).toHaveTextContent('Préavis en cours');
    expect(section).toHaveTextContent('Conseil municipal, délibération DEL-2099-12 du 15 janvier 2099');
    expect(section).toHaveTextContent('prendra fin automatiquement le 15 avril 2099 (encore 40 jours)');
    expect(
      within(section).queryByRole('button', { name: 'Suspendre le partenariat' }),
    ).not.toBeInTheDocument();
    const page = userEvent.setup();
    await page.click(within(section).getByRole('button', { name: 'Répondre à la proposition de rupture' }));
    await page.type(
      within(section).getByLabelText('Réponse de votre collectivité'),
      'Nous achevons le forage.',
    );
    await page.click(within(section).getByRole('button', { name: 'Envoyer la réponse' }));
    expect(await within(section).findByText('Votre réponse est enregistrée et transmise.')).toBeVisible();
    const [request] = api.requestsTo('POST', '/api/partnerships/p-1/rupture/responses');
    expect(await bodyOf(request)).toEqual({ version: 12, text: 'Nous achevons le forage.' });
  });

  it('writes the status in English', async () => {
    await renderApp(PAGE, statusApi(SUSPENDED), 'en');
    const section = await screen.findByRole('region', { name: 'Partnership status' });
    expect(await within(section).findByText(/has been suspended since 3 March 2026/)).toBeVisible();
    expect(within(section).getByRole('button', { name: 'Resume the partnership' })).toBeVisible();
  });
});

describe('the partnership page', () => {
  it('links the step 5 convention page and the step 6 actions page', async () => {
    await renderApp(PAGE, statusApi(ACTIVE));
    expect(
      await screen.findByRole('link', {
        name: 'Conventionner et dialoguer : motivations croisées, convention et plan de dialogue',
      }),
    ).toHaveAttribute('href', '/partenariats/p-1/convention');
    expect(
      screen.getByRole('link', {
        name: 'Passer aux actions : les actions communes, leur budget, leurs indicateurs et leur suivi',
      }),
    ).toHaveAttribute('href', '/partenariats/p-1/actions');
  });
});
