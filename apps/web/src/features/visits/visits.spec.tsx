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

/** Angers, the initiator: the organisation `signedInAs` signs in to. */
const ANGERS = '00000000-0000-4000-8000-0000000000aa';
const BAMAKO = '00000000-0000-4000-8000-0000000000bb';

const CLAIRE = {
  personId: '00000000-0000-4000-8000-000000000001',
  name: 'Claire Martin',
  partyId: ANGERS,
  role: 'elected',
};
const PAUL = {
  personId: '00000000-0000-4000-8000-000000000002',
  name: 'Paul Durand',
  partyId: ANGERS,
  role: 'technician',
};
const ASSOCIATION = {
  personId: `person:${ANGERS}:association angers–bamako`,
  name: 'Association Angers–Bamako',
  partyId: ANGERS,
  role: 'territory_actor',
};
const AWA = {
  personId: '00000000-0000-4000-8000-000000000011',
  name: 'Awa Traoré',
  partyId: BAMAKO,
  role: 'elected',
};
const MOUSSA = {
  personId: '00000000-0000-4000-8000-000000000012',
  name: 'Moussa Keïta',
  partyId: BAMAKO,
  role: 'technician',
};

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
  version: 7,
};

// Each visit carries its own version, different from each other's and from the partnership's (7), so a
// change that sent another record's version would be seen.

/** Angers' delegation went to Bamako in January, and reported. */
const PAST_VISIT = {
  id: 'v-1',
  version: 3,
  direction: 'to_partner',
  partnerPartyId: BAMAKO,
  visitingPartyId: ANGERS,
  hostPartyId: BAMAKO,
  startsOn: '2026-01-10',
  endsOn: '2026-01-15',
  purpose: 'Rencontrer les services de l’eau de Bamako.',
  agenda: ['Visite de la station de pompage', 'Séance de travail à la mairie'],
  delegation: [CLAIRE, PAUL],
  hosts: [AWA],
  travelAdvisory: { level: 'increased_vigilance', source: 'France Diplomatie', checkedOn: '2026-01-02' },
  travelApproval: null,
  awaitsTravelApproval: false,
  state: 'taken_place',
  report: {
    writtenAt: '2026-01-20T09:00:00.000Z',
    summary: 'Accord pour un diagnostic commun du réseau.',
    outcomes: ['Diagnostic du réseau lancé'],
    peopleMet: ['Le directeur de la régie des eaux'],
    followUps: [
      { id: 'f-1', title: 'Envoyer le cahier des charges', owner: PAUL, dueOn: '2099-02-01', doneOn: null },
      { id: 'f-2', title: 'Remercier la mairie', owner: CLAIRE, dueOn: '2026-01-25', doneOn: '2026-01-22' },
    ],
  },
  warnings: [],
};

/** Bamako's delegation is coming to Angers in May. */
const COMING_VISIT = {
  id: 'v-2',
  version: 5,
  direction: 'from_partner',
  partnerPartyId: BAMAKO,
  visitingPartyId: BAMAKO,
  hostPartyId: ANGERS,
  startsOn: '2099-05-04',
  endsOn: '2099-05-08',
  purpose: 'Découvrir la gestion de l’eau à Angers.',
  agenda: [],
  delegation: [AWA, MOUSSA],
  hosts: [PAUL, ASSOCIATION],
  travelAdvisory: null,
  travelApproval: null,
  awaitsTravelApproval: false,
  state: 'planned',
  report: null,
  warnings: [],
};

/** A second visit of Angers to Bamako, while the zone is advised against except for an imperative reason. */
const RED_ZONE_VISIT = {
  ...COMING_VISIT,
  id: 'v-3',
  version: 2,
  direction: 'to_partner',
  visitingPartyId: ANGERS,
  hostPartyId: BAMAKO,
  startsOn: '2099-09-01',
  endsOn: '2099-09-05',
  purpose: 'Inaugurer le forage.',
  delegation: [PAUL],
  hosts: [AWA],
  travelAdvisory: {
    level: 'advised_against_except_essential',
    source: 'France Diplomatie',
    checkedOn: '2099-08-20',
  },
  awaitsTravelApproval: true,
  warnings: [
    {
      id: 'INITIATION.ORANGE_ZONE_APPROVAL_MISSING',
      explanationKey: 'warnings.INITIATION.ORANGE_ZONE_APPROVAL_MISSING',
      details: { visitId: 'v-3', startsOn: '2099-09-01' },
    },
    {
      id: 'INITIATION.DELEGATION_NOT_DIVERSE',
      explanationKey: 'warnings.INITIATION.DELEGATION_NOT_DIVERSE',
      details: { visitId: 'v-3', roles: ['technician'] },
    },
  ],
};

const VISITS = {
  visits: [RED_ZONE_VISIT, COMING_VISIT, PAST_VISIT],
  warnings: [
    {
      id: 'INITIATION.VISITS_NOT_RECIPROCAL',
      explanationKey: 'warnings.INITIATION.VISITS_NOT_RECIPROCAL',
      details: { partnerPartyId: BAMAKO, toPartner: 1, fromPartner: 0 },
    },
  ],
  parties: [
    { partyId: ANGERS, name: 'Ville d’Angers', role: 'initiator', people: [CLAIRE, PAUL, ASSOCIATION] },
    { partyId: BAMAKO, name: 'Commune de Bamako', role: 'partner', people: [AWA, MOUSSA] },
  ],
};

const PAGE = '/partenariats/p-1/missions';

/** A user of Bamako, the partner authority. */
function signedInAtBamako(role: Parameters<typeof signedInAs>[0]): SessionResponse {
  return {
    ...signedInAs(role, { id: MOUSSA.personId, displayName: MOUSSA.name }),
    organisation: { id: BAMAKO, name: 'Commune de Bamako', countryCode: 'ML' },
  };
}

function visitsApi(routes: StubRoutes = {}, session: SessionResponse = signedInAs('officer')) {
  return stubApi(
    {
      'GET /api/partnerships/:id': async () =>
        jsonResponse(200, {
          ...PARTNERSHIP,
          yourRole: session.organisation?.id === BAMAKO ? 'partner' : 'initiator',
        }),
      'GET /api/partnerships/:id/visits': async () => jsonResponse(200, VISITS),
      ...routes,
    },
    session,
  );
}

async function findColumn(name: string) {
  return screen.findByRole('region', { name });
}

/** The card of a visit, by its heading (several visits may share a title: `index` picks one). */
async function findVisit(title: string, index = 0) {
  const headings = await screen.findAllByRole('heading', { level: 4, name: title });
  return headings[index]!.closest('li')!;
}

function todayInBrowser(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Opens the plan-a-visit dialog from its button; gives the form inside. */
async function openPlanForm(): Promise<HTMLElement> {
  await userEvent.setup().click(await screen.findByRole('button', { name: 'Planifier une mission' }));
  return screen.findByRole('form', { name: 'Planifier une mission' });
}

describe('step 4: delegation visits', () => {
  it('shows our delegations and the ones we hosted side by side, worded from our side', async () => {
    await renderApp(PAGE, visitsApi());
    expect(await screen.findByRole('heading', { level: 1, name: 'Initier la relation' })).toBeVisible();

    const ours = await findColumn('Nos délégations en mission');
    expect(
      within(ours)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Notre délégation chez Commune de Bamako', 'Notre délégation chez Commune de Bamako']);
    expect(ours).toHaveTextContent('Effectuées : 1 · prévues ou en cours : 1');
    const theirs = await findColumn('Délégations reçues chez nous');
    expect(within(theirs).getByRole('heading', { level: 4 })).toHaveTextContent(
      'Délégation de Commune de Bamako chez nous',
    );
    expect(theirs).toHaveTextContent('Effectuées : 0 · prévues ou en cours : 1');

    const past = await findVisit('Notre délégation chez Commune de Bamako', 1);
    expect(past).toHaveTextContent('Du 10 janvier 2026 au 15 janvier 2026');
    expect(past).toHaveTextContent('Effectuée');
    expect(past).toHaveTextContent('Rencontrer les services de l’eau de Bamako.');
    expect(
      within(past).getByRole('list', { name: 'Programme : Notre délégation chez Commune de Bamako' })
        .textContent,
    ).toBe('Visite de la station de pompageSéance de travail à la mairie');
    const delegation = within(past).getByRole('list', {
      name: 'Délégation : Notre délégation chez Commune de Bamako',
    });
    expect(
      within(delegation)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['Claire Martin élu·e', 'Paul Durand technicien·ne']);
    expect(
      within(past).getByRole('list', { name: 'Accueil : Notre délégation chez Commune de Bamako' }),
    ).toHaveTextContent('Awa Traoré élu·e');
    expect(past).toHaveTextContent(
      'Vigilance renforcée — source : France Diplomatie, vérifiés le 2 janvier 2026',
    );
    expect(past).toHaveTextContent('Accord pour un diagnostic commun du réseau.');
    const followUps = within(past).getByRole('list', { name: 'Suites à donner' });
    expect(followUps).toHaveTextContent('Envoyer le cahier des charges');
    expect(followUps).toHaveTextContent(
      'Responsable : Paul Durand technicien·ne · échéance le 1 février 2099',
    );
    expect(followUps).toHaveTextContent('Faite le 22 janvier 2026');

    const coming = await findVisit('Délégation de Commune de Bamako chez nous');
    expect(coming).toHaveTextContent('Prévue');
    expect(coming).toHaveTextContent('Association Angers–Bamako acteur du territoire');
    expect(coming).toHaveTextContent('Conseils aux voyageursNon renseignés.');

    // The relation's warnings come first, with whom they concern; a visit's own warnings sit on its card.
    const warnings = screen.getByRole('list', { name: 'Points d’attention sur la relation' });
    expect(warnings).toHaveTextContent('Les visites avec ce partenaire ne se sont faites que dans un sens.');
    expect(warnings).toHaveTextContent('Concerne : Commune de Bamako');
    const red = await findVisit('Notre délégation chez Commune de Bamako', 0);
    const redWarnings = within(red).getByRole('list', {
      name: 'Points d’attention : Notre délégation chez Commune de Bamako',
    });
    expect(redWarnings).toHaveTextContent('Cette délégation ne compte qu’un seul type de membres.');
    expect(redWarnings).toHaveTextContent(
      'Une mission vers une zone déconseillée sauf raison impérative attend encore l’accord d’un élu.',
    );
    // An officer sees the orange-zone banner, not the elected officials' approval.
    expect(
      within(red).getByRole('note', { name: 'Zone déconseillée sauf raison impérative' }),
    ).toHaveTextContent('Seul·e un·e élu·e de Ville d’Angers peut l’approuver, avant le départ.');
    expect(within(red).queryByRole('button', { name: 'Approuver cette mission…' })).not.toBeInTheDocument();
  });

  it('plans a visit with the people picked and a person added by name', async () => {
    const planned = {
      ...COMING_VISIT,
      id: 'v-4',
      version: 1,
      direction: 'to_partner',
      visitingPartyId: ANGERS,
      hostPartyId: BAMAKO,
      startsOn: '2099-03-02',
      endsOn: '2099-03-06',
      purpose: 'Lancer le diagnostic du réseau.',
    };
    const api = visitsApi({
      'POST /api/partnerships/:id/visits': async () =>
        jsonResponse(201, { ...VISITS, visits: [planned, ...VISITS.visits] }),
    });
    const { queryClient } = await renderApp(PAGE, api);
    const invalidate = jest.spyOn(queryClient, 'invalidateQueries');
    const page = userEvent.setup();
    const opener = await screen.findByRole('button', { name: 'Planifier une mission' });
    const form = within(await openPlanForm());

    expect(form.getByRole('radio', { name: 'Notre délégation chez Commune de Bamako' })).toBeChecked();
    await page.type(form.getByLabelText('Premier jour'), '2099-03-02');
    await page.type(form.getByLabelText('Dernier jour'), '2099-03-06');
    await page.type(form.getByLabelText('Objet de la mission'), 'Lancer le diagnostic du réseau.');
    await page.type(form.getByLabelText('Programme'), 'Atelier technique{enter}Conseil municipal');

    const delegation = form.getByRole('group', { name: 'Délégation (Ville d’Angers)' });
    await page.click(within(delegation).getByRole('checkbox', { name: /Claire Martin/ }));
    await page.type(within(delegation).getByLabelText('Ajouter une personne par son nom'), 'Jeanne Petit');
    await page.selectOptions(within(delegation).getByLabelText('Qualité'), 'acteur du territoire');
    await page.click(within(delegation).getByRole('button', { name: 'Ajouter cette personne' }));
    expect(within(delegation).getByRole('checkbox', { name: /Jeanne Petit/ })).toBeChecked();
    const hosts = form.getByRole('group', { name: 'Accueil (Commune de Bamako)' });
    await page.click(within(hosts).getByRole('checkbox', { name: /Awa Traoré/ }));

    const advisory = form.getByRole('group', { name: 'Conseils aux voyageurs pour Commune de Bamako' });
    await page.selectOptions(within(advisory).getByLabelText('Niveau de vigilance'), 'Vigilance renforcée');
    await page.type(within(advisory).getByLabelText('Source'), 'France Diplomatie');
    await page.type(within(advisory).getByLabelText('Vérifiés le'), '2099-02-20');
    await page.click(form.getByRole('button', { name: 'Planifier la mission' }));

    expect(
      await screen.findByText('Mission planifiée : Notre délégation chez Commune de Bamako.'),
    ).toBeVisible();
    expect(screen.queryByRole('dialog', { name: 'Planifier une mission' })).not.toBeInTheDocument();
    expect(opener).toHaveFocus();
    const [sent] = api.requestsTo('POST', '/api/partnerships/p-1/visits');
    expect(await sent?.json()).toEqual({
      direction: 'to_partner',
      partnerPartyId: BAMAKO,
      startsOn: '2099-03-02',
      endsOn: '2099-03-06',
      purpose: 'Lancer le diagnostic du réseau.',
      agenda: ['Atelier technique', 'Conseil municipal'],
      delegation: [
        { userId: CLAIRE.personId, partyId: ANGERS, role: 'elected' },
        { name: 'Jeanne Petit', partyId: ANGERS, role: 'territory_actor' },
      ],
      hosts: [{ userId: AWA.personId, partyId: BAMAKO, role: 'elected' }],
      travelAdvisory: { level: 'increased_vigilance', source: 'France Diplomatie', checkedOn: '2099-02-20' },
    });
    expect(
      await screen.findAllByRole('heading', { level: 4, name: 'Notre délégation chez Commune de Bamako' }),
    ).toHaveLength(3);
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['partnerships', 'p-1', 'assessment'] });
  });

  it('shows the refusal of a visit ending before it starts beside the end date, in French', async () => {
    const api = visitsApi({
      'POST /api/partnerships/:id/visits': async () =>
        problemResponse(422, 'VISIT.END_BEFORE_START', {
          detail: 'A visit cannot end before it starts.',
          details: { startsOn: '2099-03-06', endsOn: '2099-03-02' },
        }),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const form = within(await openPlanForm());
    // Bamako's delegation comes to us: no travel advisory is asked for.
    await page.click(form.getByRole('radio', { name: 'Délégation de Commune de Bamako chez nous' }));
    await page.type(form.getByLabelText('Premier jour'), '2099-03-06');
    await page.type(form.getByLabelText('Dernier jour'), '2099-03-02');
    await page.type(form.getByLabelText('Objet de la mission'), 'Découvrir la station d’épuration.');
    const delegation = form.getByRole('group', { name: 'Délégation (Commune de Bamako)' });
    await page.click(within(delegation).getByRole('checkbox', { name: /Moussa Keïta/ }));
    await page.click(form.getByRole('button', { name: 'Planifier la mission' }));

    expect(await form.findByRole('alert')).toHaveTextContent('Certains champs sont à corriger.');
    const endsOn = form.getByLabelText('Dernier jour');
    expect(endsOn).toHaveAccessibleDescription(
      'Une mission ne peut pas finir avant d’avoir commencé. lundi 2 mars 2099',
    );
    expect(endsOn).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(endsOn).toHaveFocus());
    const [sent] = api.requestsTo('POST', '/api/partnerships/p-1/visits');
    expect(await sent?.json()).toMatchObject({
      direction: 'from_partner',
      partnerPartyId: BAMAKO,
      delegation: [{ userId: MOUSSA.personId, partyId: BAMAKO, role: 'technician' }],
      hosts: [],
      travelAdvisory: null,
    });
  });

  it('asks for the travel advisory before sending our delegation, without calling the API', async () => {
    const api = visitsApi();
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const form = within(await openPlanForm());
    await page.type(form.getByLabelText('Objet de la mission'), 'Mission exploratoire.');
    await page.click(form.getByRole('button', { name: 'Planifier la mission' }));

    expect(form.getByLabelText('Niveau de vigilance')).toHaveAccessibleDescription(
      'Renseignez les conseils aux voyageurs pour la destination.',
    );
    expect(api.requestsTo('POST', '/api/partnerships/p-1/visits')).toHaveLength(0);
  });

  it('lets an elected official of the travelling side approve an orange-zone visit, with a reason, once confirmed', async () => {
    const approved = {
      ...RED_ZONE_VISIT,
      version: 3,
      awaitsTravelApproval: false,
      travelApproval: {
        approvedBy: CLAIRE,
        approvedAt: '2099-08-21T10:00:00.000Z',
        reason: 'Inaugurer le forage avant la saison des pluies',
        decisionRef: 'ARR-2099-12',
      },
      warnings: [RED_ZONE_VISIT.warnings[1]],
    };
    const api = visitsApi(
      {
        'POST /api/partnerships/:id/visits/:visitId/orange-zone-approval': async () =>
          jsonResponse(200, { ...VISITS, visits: [approved, COMING_VISIT, PAST_VISIT] }),
      },
      signedInAs('elected'),
    );
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const red = await findVisit('Notre délégation chez Commune de Bamako', 0);
    const banner = within(red).getByRole('note', { name: 'Zone déconseillée sauf raison impérative' });
    expect(banner).toHaveTextContent(
      'Zone déconseillée sauf raison impérative (orange) : cette mission attend l’accord explicite d’un·e élu·e de Ville d’Angers, avec la raison impérative.',
    );
    await page.type(within(banner).getByLabelText(/Référence de la décision/), 'ARR-2099-12');
    // Without a reason, nothing is sent.
    await page.click(within(banner).getByRole('button', { name: 'Approuver cette mission…' }));
    expect(within(banner).getByText('Indiquez la raison impérative.')).toBeVisible();
    await page.type(
      within(banner).getByLabelText(/Raison impérative/),
      'Inaugurer le forage avant la saison des pluies',
    );
    await page.click(within(banner).getByRole('button', { name: 'Approuver cette mission…' }));
    // A confirmation step reads the reason back before anything is sent.
    expect(api.requestsTo('POST', '/api/partnerships/p-1/visits/v-3/orange-zone-approval')).toHaveLength(0);
    expect(within(banner).getByRole('alert')).toHaveTextContent(
      '« Inaugurer le forage avant la saison des pluies »',
    );
    await page.click(within(banner).getByRole('button', { name: 'Confirmer l’accord' }));

    expect(
      await within(red).findByText(
        'Mission en zone déconseillée approuvée par Claire Martin le 21 août 2099. (décision ARR-2099-12)',
      ),
    ).toBeVisible();
    expect(
      within(red).getByText('Raison impérative : Inaugurer le forage avant la saison des pluies'),
    ).toBeVisible();
    expect(within(red).queryByRole('note')).not.toBeInTheDocument();
    const [sent] = api.requestsTo('POST', '/api/partnerships/p-1/visits/v-3/orange-zone-approval');
    // The orange-zone visit's own version (2), not the partnership's nor another visit's.
    expect(await sent?.json()).toEqual({
      version: 2,
      reason: 'Inaugurer le forage avant la saison des pluies',
      decisionRef: 'ARR-2099-12',
    });
  });

  it('marks a follow-up done today, with its visit’s version', async () => {
    const today = todayInBrowser();
    const done = {
      ...PAST_VISIT,
      version: 4,
      report: {
        ...PAST_VISIT.report,
        followUps: [
          { ...PAST_VISIT.report.followUps[0]!, doneOn: '2099-01-30' },
          PAST_VISIT.report.followUps[1]!,
        ],
      },
    };
    const api = visitsApi({
      'POST /api/partnerships/:id/visits/:visitId/follow-ups/:followUpId/done': async () =>
        jsonResponse(200, { ...VISITS, visits: [RED_ZONE_VISIT, COMING_VISIT, done] }),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const past = await findVisit('Notre délégation chez Commune de Bamako', 1);
    await page.click(
      within(past).getByRole('button', { name: 'Marquer comme faite : Envoyer le cahier des charges' }),
    );

    const followUps = within(past).getByRole('list', { name: 'Suites à donner' });
    expect(await within(followUps).findByText('Faite le 30 janvier 2099')).toBeVisible();
    expect(within(followUps).queryByRole('button')).not.toBeInTheDocument();
    const [sent] = api.requestsTo('POST', '/api/partnerships/p-1/visits/v-1/follow-ups/f-1/done');
    expect(await sent?.json()).toEqual({ version: 3, doneOn: today });
  });

  it('rewrites the report of a past visit, keeping its follow-ups and adding one', async () => {
    const api = visitsApi(
      {
        'PUT /api/partnerships/:id/visits/:visitId/report': async () => jsonResponse(200, VISITS),
      },
      signedInAs('elected'),
    );
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const past = await findVisit('Notre délégation chez Commune de Bamako', 1);
    await page.click(
      within(past).getByRole('button', {
        name: 'Réécrire le compte rendu : Notre délégation chez Commune de Bamako',
      }),
    );
    const form = within(
      screen.getByRole('dialog', { name: 'Compte rendu : Notre délégation chez Commune de Bamako' }),
    ).getByRole('form', { name: 'Compte rendu : Notre délégation chez Commune de Bamako' });
    expect(within(form).getByLabelText('Synthèse')).toHaveValue(
      'Accord pour un diagnostic commun du réseau.',
    );
    await page.type(within(form).getByLabelText('Résultats'), '{enter}Convention de jumelage des régies');
    await page.click(within(form).getByRole('button', { name: 'Ajouter une suite' }));
    const third = within(form).getByRole('group', { name: 'Suite 3' });
    await page.type(within(third).getByLabelText('Tâche'), 'Partager le diagnostic');
    await page.selectOptions(within(third).getByLabelText('Responsable'), 'Awa Traoré (élu·e)');
    await page.type(within(third).getByLabelText('Échéance'), '2099-04-30');
    await page.click(within(form).getByRole('button', { name: 'Enregistrer le compte rendu' }));

    expect(
      await within(past).findByText('Compte rendu enregistré : Notre délégation chez Commune de Bamako.'),
    ).toBeVisible();
    const [sent] = api.requestsTo('PUT', '/api/partnerships/p-1/visits/v-1/report');
    expect(await sent?.json()).toEqual({
      version: 3,
      summary: 'Accord pour un diagnostic commun du réseau.',
      outcomes: ['Diagnostic du réseau lancé', 'Convention de jumelage des régies'],
      peopleMet: ['Le directeur de la régie des eaux'],
      followUps: [
        {
          id: 'f-1',
          title: 'Envoyer le cahier des charges',
          owner: { userId: PAUL.personId, partyId: ANGERS, role: 'technician' },
          dueOn: '2099-02-01',
        },
        {
          id: 'f-2',
          title: 'Remercier la mairie',
          owner: { userId: CLAIRE.personId, partyId: ANGERS, role: 'elected' },
          dueOn: '2026-01-25',
        },
        {
          title: 'Partager le diagnostic',
          owner: { userId: AWA.personId, partyId: BAMAKO, role: 'elected' },
          dueOn: '2099-04-30',
        },
      ],
    });
  });

  it('cancels a coming visit with a reason, and reloads the visits when someone changed them meanwhile', async () => {
    let reads = 0;
    const api = visitsApi({
      'GET /api/partnerships/:id/visits': async () => {
        reads += 1;
        return jsonResponse(
          200,
          reads === 1
            ? VISITS
            : { ...VISITS, visits: [RED_ZONE_VISIT, { ...COMING_VISIT, version: 6 }, PAST_VISIT] },
        );
      },
      'POST /api/partnerships/:id/visits/:visitId/cancellation': async () =>
        problemResponse(409, 'RESOURCE.CONFLICT', { currentVersion: 6 }),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const coming = await findVisit('Délégation de Commune de Bamako chez nous');
    await page.click(
      within(coming).getByRole('button', {
        name: 'Annuler la mission : Délégation de Commune de Bamako chez nous',
      }),
    );
    const form = within(
      screen.getByRole('dialog', { name: 'Annulation : Délégation de Commune de Bamako chez nous' }),
    ).getByRole('form', { name: 'Annulation : Délégation de Commune de Bamako chez nous' });
    await page.type(within(form).getByLabelText('Motif de l’annulation'), 'Élections municipales.');
    await page.click(within(form).getByRole('button', { name: 'Confirmer l’annulation' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Quelqu’un a modifié cet élément entre-temps. Les données ont été rechargées : vérifiez-les puis recommencez.',
    );
    const [sent] = api.requestsTo('POST', '/api/partnerships/p-1/visits/v-2/cancellation');
    expect(await sent?.json()).toEqual({ version: 5, reason: 'Élections municipales.' });
    await waitFor(() => expect(reads).toBe(2));
  });

  it('re-plans a visit that has not started, keeping its members', async () => {
    const api = visitsApi({
      'PUT /api/partnerships/:id/visits/:visitId': async () =>
        jsonResponse(200, {
          ...VISITS,
          visits: [RED_ZONE_VISIT, { ...COMING_VISIT, version: 6, endsOn: '2099-05-09' }, PAST_VISIT],
        }),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const coming = await findVisit('Délégation de Commune de Bamako chez nous');
    await page.click(
      within(coming).getByRole('button', {
        name: 'Modifier la mission : Délégation de Commune de Bamako chez nous',
      }),
    );
    const form = within(
      screen.getByRole('dialog', { name: 'Modifier : Délégation de Commune de Bamako chez nous' }),
    ).getByRole('form', { name: 'Modifier : Délégation de Commune de Bamako chez nous' });
    const endsOn = within(form).getByLabelText('Dernier jour');
    await page.clear(endsOn);
    await page.type(endsOn, '2099-05-09');
    await page.click(within(form).getByRole('button', { name: 'Enregistrer les modifications' }));

    expect(
      await within(coming).findByText('Mission modifiée : Délégation de Commune de Bamako chez nous.'),
    ).toBeVisible();
    expect(coming).toHaveTextContent('Du 4 mai 2099 au 9 mai 2099');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(
      within(coming).getByRole('button', {
        name: 'Modifier la mission : Délégation de Commune de Bamako chez nous',
      }),
    ).toHaveFocus();
    const [sent] = api.requestsTo('PUT', '/api/partnerships/p-1/visits/v-2');
    expect(await sent?.json()).toEqual({
      version: 5,
      startsOn: '2099-05-04',
      endsOn: '2099-05-09',
      purpose: 'Découvrir la gestion de l’eau à Angers.',
      agenda: [],
      delegation: [
        { userId: AWA.personId, partyId: BAMAKO, role: 'elected' },
        { userId: MOUSSA.personId, partyId: BAMAKO, role: 'technician' },
      ],
      hosts: [
        { userId: PAUL.personId, partyId: ANGERS, role: 'technician' },
        { name: 'Association Angers–Bamako', partyId: ANGERS, role: 'territory_actor' },
      ],
      travelAdvisory: null,
    });
  });

  it('shows the partner authority the same visits from its own side', async () => {
    await renderApp(PAGE, visitsApi({}, signedInAtBamako('elected')));
    const ours = await findColumn('Nos délégations en mission');
    expect(
      within(ours)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Notre délégation chez Ville d’Angers']);
    const theirs = await findColumn('Délégations reçues chez nous');
    expect(
      within(theirs)
        .getAllByRole('heading', { level: 4 })
        .map((h) => h.textContent),
    ).toEqual(['Délégation de Ville d’Angers chez nous', 'Délégation de Ville d’Angers chez nous']);
    // An elected official of Bamako cannot approve Angers' trip: only Angers' elected officials answer for it.
    const red = await findVisit('Délégation de Ville d’Angers chez nous', 0);
    expect(
      within(red).getByRole('note', { name: 'Zone déconseillée sauf raison impérative' }),
    ).toHaveTextContent('Seul·e un·e élu·e de Ville d’Angers peut l’approuver, avant le départ.');
    expect(within(red).queryByRole('button', { name: 'Approuver cette mission…' })).not.toBeInTheDocument();
    // Its elected officials read and report, but plan nothing.
    expect(
      screen.getByText(
        'Votre rôle permet de consulter les missions, pas de les planifier ni de les modifier.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('button', { name: 'Planifier une mission' })).not.toBeInTheDocument();
  });

  it('lets a partner officer plan its own delegation to the initiator', async () => {
    const api = visitsApi(
      {
        'POST /api/partnerships/:id/visits': async () => jsonResponse(201, VISITS),
      },
      signedInAtBamako('officer'),
    );
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const form = within(await openPlanForm());
    expect(form.getByRole('radio', { name: 'Notre délégation chez Ville d’Angers' })).toBeChecked();
    await page.type(form.getByLabelText('Premier jour'), '2099-10-01');
    await page.type(form.getByLabelText('Dernier jour'), '2099-10-03');
    await page.type(form.getByLabelText('Objet de la mission'), 'Rendre la visite.');
    await page.click(
      within(form.getByRole('group', { name: 'Délégation (Commune de Bamako)' })).getByRole('checkbox', {
        name: /Awa Traoré/,
      }),
    );
    const advisory = form.getByRole('group', { name: 'Conseils aux voyageurs pour Ville d’Angers' });
    await page.selectOptions(within(advisory).getByLabelText('Niveau de vigilance'), 'Vigilance normale');
    await page.type(within(advisory).getByLabelText('Source'), 'Ministère malien des Affaires étrangères');
    await page.type(within(advisory).getByLabelText('Vérifiés le'), '2099-09-20');
    await page.click(form.getByRole('button', { name: 'Planifier la mission' }));

    await screen.findByText('Mission planifiée : Notre délégation chez Ville d’Angers.');
    const [sent] = api.requestsTo('POST', '/api/partnerships/p-1/visits');
    expect(await sent?.json()).toMatchObject({
      direction: 'from_partner',
      partnerPartyId: BAMAKO,
      delegation: [{ userId: AWA.personId, partyId: BAMAKO, role: 'elected' }],
      hosts: [],
    });
  });

  it('is linked from the partnership page', async () => {
    await renderApp(
      '/partenariats/p-1',
      visitsApi({
        'GET /api/partnerships/:id/internal-notes': async () => jsonResponse(200, { items: [] }),
      }),
    );
    expect(await screen.findByRole('link', { name: /^Initier la relation : / })).toHaveAttribute(
      'href',
      '/partenariats/p-1/missions',
    );
  });

  it('writes the page in English', async () => {
    await renderApp(PAGE, visitsApi(), 'en');
    expect(await findColumn('Our delegations visiting')).toHaveTextContent(
      'Our delegation to Commune de Bamako',
    );
    expect(await findColumn('Delegations we hosted')).toHaveTextContent(
      'Delegation of Commune de Bamako to us',
    );
  });
});
