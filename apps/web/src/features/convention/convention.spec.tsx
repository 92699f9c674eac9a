import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Schemas } from '../../lib/api/client';
import {
  jsonResponse,
  problemResponse,
  renderApp,
  signedInAs,
  stubApi,
  type StubRoutes,
} from '../../test/render-app';

type ConventionStep = Schemas['ConventionStepView'];
type Convention = Schemas['ConventionView'];
type ConventionVersion = Schemas['ConventionVersionView'];

const ANGERS = '00000000-0000-4000-8000-0000000000aa';
const BAMAKO = '00000000-0000-4000-8000-0000000000bb';
const CONVENTION_ID = '00000000-0000-4000-8000-00000000c001';

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

const VERSION_1: ConventionVersion = {
  number: 1,
  text: 'Article 1 : objet.\nArticle 2 : durée de trois ans.',
  content: {
    objectives: 'Améliorer l’accès à l’eau potable.',
    priorities: ['Forages dans deux quartiers'],
    themes: ['water_sanitation'],
    governance: 'Un comité de pilotage annuel.',
    dialogueModalities: '',
    fundingCommitments: '',
    terminationClause: '',
  },
  terms: { durationMonths: 36, tacitRenewal: null, terminationNoticeDays: 90 },
  createdAt: '2026-03-02T12:00:00.000Z',
};

const VERSION_2: ConventionVersion = {
  number: 2,
  text: 'Article 1 : objet.\nArticle 2 : durée de quatre ans.',
  content: {
    objectives: 'Améliorer l’accès à l’eau potable et à l’assainissement.',
    priorities: ['Forages dans deux quartiers', 'Former les agents du service des eaux'],
    themes: ['water_sanitation', 'education', 'custom:jumelage-scolaire'],
    governance: 'Un comité de pilotage annuel.',
    dialogueModalities: 'Une visioconférence par trimestre entre élus.',
    fundingCommitments: 'Angers apporte 1 % de son budget eau.',
    terminationClause: 'Chaque partie peut résilier avec un préavis de six mois.',
  },
  terms: {
    durationMonths: 48,
    tacitRenewal: { periodMonths: 12, objectionNoticeDays: 90 },
    terminationNoticeDays: 180,
  },
  createdAt: '2026-04-10T12:00:00.000Z',
};

const DECISION_FILE = {
  id: '00000000-0000-4000-8000-00000000f001',
  name: 'deliberation-bamako.pdf',
  mediaType: 'application/pdf' as const,
  sizeBytes: 12_000,
  sha256: 'a'.repeat(64),
  uploadedAt: '2026-05-02T10:00:00.000Z',
  uploadedByOrganisationId: BAMAKO,
};

const SIGNED_FILE = {
  ...DECISION_FILE,
  id: '00000000-0000-4000-8000-00000000f002',
  name: 'convention-signee.pdf',
  uploadedByOrganisationId: ANGERS,
};

function conventionOf(overrides: Partial<Convention> = {}): Convention {
  return {
    id: CONVENTION_ID,
    state: 'in_negotiation',
    versions: [VERSION_1, VERSION_2],
    approvals: [
      {
        partyId: ANGERS,
        version: 1,
        councilDecisionRef: 'DEL-2026-010',
        decidedOn: '2026-03-20',
        decisionFile: null,
      },
      {
        partyId: BAMAKO,
        version: 2,
        councilDecisionRef: 'CM-2026-07',
        decidedOn: '2026-05-02',
        decisionFile: DECISION_FILE,
      },
    ],
    signature: null,
    effectiveOn: null,
    expiresOn: null,
    renewalObjections: [],
    renewals: [],
    suspension: null,
    termination: null,
    tacitRenewalObjectionDeadline: null,
    ...overrides,
  };
}

function stepOf(overrides: Partial<ConventionStep> = {}): ConventionStep {
  return {
    version: 12,
    convention: conventionOf(),
    history: [],
    availableCommands: ['ReviseConvention', 'ApproveConvention', 'TerminateConvention'],
    canDraft: false,
    missingForApproval: [],
    awaitedForApproval: [],
    agreedPriorities: [],
    parties: [
      { partyId: ANGERS, name: 'Ville d’Angers' },
      { partyId: BAMAKO, name: 'Commune de Bamako' },
    ],
    ongoingActions: [],
    ...overrides,
  };
}

/** A convention signed on version 2 and in force, as every party reads it. */
const IN_FORCE = stepOf({
  convention: conventionOf({
    state: 'in_force',
    approvals: [
      {
        partyId: ANGERS,
        version: 2,
        councilDecisionRef: 'DEL-2026-041',
        decidedOn: '2026-05-05',
        decisionFile: null,
      },
      {
        partyId: BAMAKO,
        version: 2,
        councilDecisionRef: 'CM-2026-07',
        decidedOn: '2026-05-02',
        decisionFile: DECISION_FILE,
      },
    ],
    signature: {
      version: 2,
      signedOn: '2026-05-20',
      signatories: [
        { partyId: ANGERS, name: 'Claire Martin', title: 'Maire' },
        { partyId: BAMAKO, name: 'Amadou Traoré', title: 'Maire de la commune' },
      ],
      signedFile: SIGNED_FILE,
    },
    effectiveOn: '2026-06-01',
    expiresOn: '2030-06-01',
    tacitRenewalObjectionDeadline: '2030-03-03',
  }),
  availableCommands: [
    'ObjectToTacitRenewal',
    'RenewConvention',
    'ExpireConvention',
    'SuspendConvention',
    'TerminateConvention',
  ],
  ongoingActions: [
    { id: 'a-1', title: 'Forage de Sabalibougou', status: 'in_progress' },
    { id: 'a-2', title: 'Formation des fontainiers', status: 'planned' },
  ],
});

/** Both councils approved version 2: it may be signed. */
const APPROVED = stepOf({
  convention: conventionOf({ state: 'approved', approvals: IN_FORCE.convention?.approvals ?? [] }),
  availableCommands: ['ReviseConvention', 'SignConvention', 'TerminateConvention'],
});

const PAGE = '/partenariats/p-1/convention';
const CONVENTION_URL = '/api/partnerships/p-1/convention';

function conventionApi(
  view: ConventionStep,
  routes: StubRoutes = {},
  role: Parameters<typeof signedInAs>[0] = 'officer',
) {
  return stubApi(
    {
      'GET /api/partnerships/:id': async () => jsonResponse(200, PARTNERSHIP),
      'GET /api/partnerships/:id/convention': async () => jsonResponse(200, view),
      ...routes,
    },
    signedInAs(role),
  );
}

async function bodyOf(api: ReturnType<typeof stubApi>, method: string, path: string) {
  await waitFor(() => expect(api.requestsTo(method, path)).toHaveLength(1));
  const [request] = api.requestsTo(method, path);
  return (await request?.json()) as unknown;
}

/** Opens an act's dialog with its button; gives the form inside, named by the dialog's title. */
async function openForm(button: string, form: string): Promise<HTMLElement> {
  await userEvent.setup().click(await screen.findByRole('button', { name: button }));
  return screen.findByRole('form', { name: form });
}

function section(name: string) {
  return screen.getByRole('region', { name });
}

describe('step 5: the convention', () => {
  it('says, where the convention is prepared, what the mutual knowledge it concludes still lacks, and why', async () => {
    const warning = (id: string, details: Record<string, unknown>) => ({
      id,
      step: 'CONVENTION',
      explanationKey: `warnings.${id}`,
      whyKey: `warningsWhy.${id}`,
      details,
    });
    await renderApp(
      PAGE,
      conventionApi(stepOf(), {
        'GET /api/partnerships/:id/assessment': async () =>
          jsonResponse(200, {
            partnershipId: 'p-1',
            status: 'active',
            today: '2026-04-10',
            currentStep: 'CONVENTION',
            steps: [],
            warnings: [
              warning('CONVENTION.WITHOUT_RECIPROCAL_VISIT', {
                conventionId: 'c-1',
                partnerPartyId: BAMAKO,
                toPartner: 1,
                fromPartner: 0,
              }),
              warning('CONVENTION.PARTNER_STAKES_MISSING', {
                conventionId: 'c-1',
                partyId: BAMAKO,
                stakes: 0,
                contributions: 0,
              }),
              warning('CONVENTION.EXPIRING_SOON', { conventionId: 'c-1', expiresOn: '2026-05-01' }),
            ],
          }),
      }),
    );
    expect(
      await screen.findByText(
        'Le partenaire n’a pas encore inscrit ses propres enjeux et apports, que la convention doit refléter.',
      ),
    ).toBeVisible();
    expect(
      screen.getByText(
        'La convention est en préparation alors qu’aucune visite n’a encore eu lieu dans les deux sens avec ce partenaire.',
      ),
    ).toBeVisible();
    expect(screen.getByText(/ce n’est pas un refus/i)).toBeVisible();
    expect(screen.queryByText('La convention arrive bientôt à échéance.')).not.toBeInTheDocument();
  });

  it('shows where the convention stands: state, current version, terms and dates', async () => {
    await renderApp(PAGE, conventionApi(IN_FORCE));
    const status = await screen.findByRole('region', { name: 'Où en est la convention' });
    expect(within(status).getByText('En vigueur')).toBeVisible();
    expect(status).toHaveTextContent('Version 2 du 10 avril 2026');
    expect(status).toHaveTextContent('Entrée en vigueur1 juin 2026');
    expect(status).toHaveTextContent('Échéance1 juin 2030');
    expect(status).toHaveTextContent('Date limite d’opposition à la reconduction tacite3 mars 2030');
    expect(status).toHaveTextContent('Durée48 mois');
    expect(status).toHaveTextContent(
      'Par périodes de 12 mois ; une partie peut s’y opposer jusqu’à 90 jours avant l’échéance.',
    );
    expect(status).toHaveTextContent('Préavis de résiliation180 jours');
  });

  it('shows the current version’s clauses and full text', async () => {
    await renderApp(PAGE, conventionApi(stepOf()));
    const text = await screen.findByRole('region', { name: 'Texte de la convention' });
    expect(text).toHaveTextContent('Version 2, rédigée le 10 avril 2026.');
    expect(text).toHaveTextContent('Améliorer l’accès à l’eau potable et à l’assainissement.');
    expect(within(text).getByText('Former les agents du service des eaux')).toBeVisible();
    expect(text).toHaveTextContent('Eau et assainissement, Éducation, Jumelage scolaire');
    expect(text).toHaveTextContent('Une visioconférence par trimestre entre élus.');
    expect(text).toHaveTextContent('Angers apporte 1 % de son budget eau.');
    expect(text).toHaveTextContent('Chaque partie peut résilier avec un préavis de six mois.');
    expect(text).toHaveTextContent('Article 2 : durée de quatre ans.');
    expect(screen.getByRole('heading', { name: 'Texte de la convention' })).toHaveAttribute('id', 'texte');
  });

  it('drafts a first version with the text, clauses and terms typed', async () => {
    const drafted = stepOf({
      version: 13,
      convention: conventionOf({ state: 'draft', versions: [VERSION_1], approvals: [] }),
      availableCommands: ['OpenConventionNegotiation', 'ReviseConvention', 'TerminateConvention'],
    });
    const api = conventionApi(stepOf({ convention: null, availableCommands: [], canDraft: true }), {
      'POST /api/partnerships/:id/convention': async () => jsonResponse(201, drafted),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Rédiger la convention' });
    await page.type(within(form).getByLabelText('Objectifs'), 'Améliorer l’accès à l’eau potable.');
    await page.type(within(form).getByLabelText('Priorités'), 'Forages{Enter}{Enter}Formation ');
    await page.click(within(form).getByRole('checkbox', { name: 'Eau et assainissement' }));
    await page.type(within(form).getByLabelText('Durée (en mois)'), '36');
    await page.type(within(form).getByLabelText('Préavis de résiliation (en jours)'), '90');
    await page.click(within(form).getByLabelText('Reconduction tacite à l’échéance'));
    await page.type(within(form).getByLabelText('Durée de chaque reconduction (en mois)'), '12');
    await page.type(within(form).getByLabelText('Délai d’opposition (en jours avant l’échéance)'), '60');
    await page.type(within(form).getByLabelText('Gouvernance'), 'Comité de pilotage.');
    await page.type(within(form).getByLabelText('Texte intégral de la convention'), 'Article 1 : objet.');
    await page.click(within(form).getByRole('button', { name: 'Enregistrer le projet de convention' }));

    expect(await bodyOf(api, 'POST', CONVENTION_URL)).toEqual({
      version: 12,
      text: 'Article 1 : objet.',
      content: {
        objectives: 'Améliorer l’accès à l’eau potable.',
        priorities: ['Forages', 'Formation'],
        themes: ['water_sanitation'],
        governance: 'Comité de pilotage.',
        dialogueModalities: '',
        fundingCommitments: '',
        terminationClause: '',
      },
      terms: {
        durationMonths: 36,
        tacitRenewal: { periodMonths: 12, objectionNoticeDays: 60 },
        terminationNoticeDays: 90,
      },
    });
    expect(await screen.findByText('Projet de convention enregistré (version 1).')).toBeVisible();
    expect(screen.getByRole('button', { name: 'Ouvrir la négociation' })).toBeVisible();
    // It types every clause key by key: seconds on a loaded machine, beyond the default 5.
  }, 15_000);

  it('starts a new draft from the priorities both sides agreed in the political dialogue', async () => {
    const api = conventionApi(
      stepOf({
        convention: null,
        availableCommands: [],
        canDraft: true,
        agreedPriorities: ['Accès à l’eau potable', 'Formation des agents'],
      }),
    );
    await renderApp(PAGE, api);
    const form = await screen.findByRole('form', { name: 'Rédiger la convention' });
    expect(within(form).getByLabelText('Priorités')).toHaveValue(
      'Accès à l’eau potable\nFormation des agents',
    );
    expect(
      screen.getByText(
        'Les priorités convenues par les deux parties dans le dialogue politique sont déjà reportées ; modifiez-les au besoin.',
      ),
    ).toBeVisible();
  });

  it('says every clause a first draft needs, and marks exactly those as required', async () => {
    await renderApp(PAGE, conventionApi(stepOf({ convention: null, availableCommands: [], canDraft: true })));
    const form = await screen.findByRole('form', { name: 'Rédiger la convention' });
    expect(
      screen.getByText(
        'Un premier projet demande les objectifs, la durée et le préavis de résiliation (et, si la reconduction tacite est prévue, sa durée et le délai d’opposition) ; les autres clauses peuvent être complétées pendant la négociation.',
      ),
    ).toBeVisible();
    expect(within(form).getByLabelText('Objectifs')).toBeRequired();
    expect(within(form).getByLabelText('Durée (en mois)')).toBeRequired();
    expect(within(form).getByLabelText('Préavis de résiliation (en jours)')).toBeRequired();
    expect(within(form).getByLabelText('Gouvernance')).not.toBeRequired();
    expect(within(form).getByLabelText('Priorités')).not.toBeRequired();
  });

  it('asks for whole numbers in the terms before sending anything', async () => {
    const api = conventionApi(stepOf({ convention: null, availableCommands: [], canDraft: true }));
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const form = await screen.findByRole('form', { name: 'Rédiger la convention' });
    await page.type(within(form).getByLabelText('Objectifs'), 'Coopérer.');
    await page.click(within(form).getByRole('button', { name: 'Enregistrer le projet de convention' }));

    expect(within(form).getByLabelText('Durée (en mois)')).toHaveAccessibleDescription(
      'Saisissez un nombre entier.',
    );
    expect(within(form).getByRole('alert')).toHaveTextContent('Certains champs sont à corriger.');
    expect(api.requestsTo('POST', CONVENTION_URL)).toHaveLength(0);
  });

  it('revises the current text into a new version, with the partnership version read', async () => {
    const revised = stepOf({
      version: 13,
      convention: conventionOf({
        versions: [VERSION_1, VERSION_2, { ...VERSION_2, number: 3, createdAt: '2026-05-10T12:00:00.000Z' }],
      }),
    });
    const api = conventionApi(stepOf(), {
      'PUT /api/partnerships/:id/convention': async () => jsonResponse(200, revised),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    await page.click(await screen.findByRole('button', { name: 'Réviser la convention' }));
    const form = screen.getByRole('form', { name: 'Rédiger la version 3' });
    expect(within(form).getByLabelText('Objectifs')).toHaveValue(VERSION_2.content.objectives);
    const duration = within(form).getByLabelText('Durée (en mois)');
    await page.clear(duration);
    await page.type(duration, '60');
    await page.click(within(form).getByRole('button', { name: 'Enregistrer la nouvelle version' }));

    expect(await bodyOf(api, 'PUT', CONVENTION_URL)).toEqual({
      version: 12,
      text: VERSION_2.text,
      content: VERSION_2.content,
      terms: { ...VERSION_2.terms, durationMonths: 60 },
    });
    expect(await screen.findByText('Version 3 enregistrée.')).toBeVisible();
    expect(screen.queryByRole('form', { name: 'Rédiger la version 3' })).not.toBeInTheDocument();
  });

  it('says the convention changed meanwhile and reloads the convention on a 409', async () => {
    const api = conventionApi(stepOf(), {
      'PUT /api/partnerships/:id/convention': async () =>
        problemResponse(409, 'RESOURCE.CONFLICT', { currentVersion: 13 }),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    await page.click(await screen.findByRole('button', { name: 'Réviser la convention' }));
    await page.click(screen.getByRole('button', { name: 'Enregistrer la nouvelle version' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Quelqu’un a modifié la convention entre-temps : elle a été rechargée, vérifiez-la puis recommencez.',
    );
    await waitFor(() => expect(api.requestsTo('GET', CONVENTION_URL)).toHaveLength(2));
  });

  it('shows a refusal of the domain beside the clause it is about', async () => {
    const api = conventionApi(stepOf(), {
      'PUT /api/partnerships/:id/convention': async () =>
        problemResponse(422, 'RECORD.TEXT_REQUIRED', { details: { field: 'content.objectives' } }),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    await page.click(await screen.findByRole('button', { name: 'Réviser la convention' }));
    const form = screen.getByRole('form', { name: 'Rédiger la version 3' });
    await page.clear(within(form).getByLabelText('Objectifs'));
    await page.click(within(form).getByRole('button', { name: 'Enregistrer la nouvelle version' }));

    await waitFor(() =>
      expect(within(form).getByLabelText('Objectifs')).toHaveAccessibleDescription(
        'Ce à quoi les parties s’engagent ensemble. Ce champ est obligatoire.',
      ),
    );
    expect(within(form).getByLabelText('Objectifs')).toHaveFocus();
  });

  it('compares two versions chosen by the user, marking added and removed lines', async () => {
    const api = conventionApi(stepOf(), {
      'GET /api/partnerships/:id/convention/diff': async () =>
        jsonResponse(200, {
          fromVersion: 1,
          toVersion: 2,
          changes: [
            {
              field: 'text',
              lines: [
                { operation: 'same', text: 'Article 1 : objet.' },
                { operation: 'removed', text: 'Article 2 : durée de trois ans.' },
                { operation: 'added', text: 'Article 2 : durée de quatre ans.' },
              ],
            },
            {
              field: 'durationMonths',
              lines: [
                { operation: 'removed', text: '36' },
                { operation: 'added', text: '48' },
              ],
            },
          ],
        }),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const versions = await screen.findByRole('region', { name: 'Versions et différences' });
    expect(within(versions).getByRole('list', { name: 'Versions de la convention' })).toHaveTextContent(
      'approuvée par : Commune de Bamako',
    );
    await page.selectOptions(within(versions).getByLabelText('Version de départ'), '1');
    await page.selectOptions(within(versions).getByLabelText('Version d’arrivée'), '2');
    await page.click(within(versions).getByRole('button', { name: 'Comparer' }));

    const diff = await screen.findByRole('region', {
      name: 'Différences entre la version 1 et la version 2',
    });
    const [request] = api.requestsTo('GET', `${CONVENTION_URL}/diff`);
    expect(Object.fromEntries(new URL(request?.url ?? '').searchParams)).toEqual({
      from: '1',
      to: '2',
      conventionId: CONVENTION_ID,
    });
    const text = within(diff).getByRole('list', { name: 'Texte intégral' });
    const lines = within(text).getAllByRole('listitem');
    expect(lines.map((line) => line.textContent)).toEqual([
      '\u00a0\u00a0Article 1 : objet.',
      '− Supprimé : Article 2 : durée de trois ans.',
      '+ Ajouté : Article 2 : durée de quatre ans.',
    ]);
    expect(lines[1]?.querySelector('del')).toHaveTextContent('Article 2 : durée de trois ans.');
    expect(lines[2]?.querySelector('ins')).toHaveTextContent('Article 2 : durée de quatre ans.');
    expect(within(diff).getByRole('list', { name: 'Durée' })).toHaveTextContent(
      '− Supprimé : 36 mois+ Ajouté : 48 mois',
    );
  });

  it('shows each party’s council decision on the current version, and the earlier ones apart', async () => {
    await renderApp(PAGE, conventionApi(stepOf()));
    const approvals = await screen.findByRole('list', { name: 'Approbation de la version 2 par partie' });
    const [angers, bamako] = within(approvals).getAllByRole('listitem');
    expect(angers).toHaveTextContent('Ville d’Angers (votre collectivité) : Délibération attendue');
    expect(bamako).toHaveTextContent(
      'Commune de Bamako : Approuvée délibération « CM-2026-07 » du 2 mai 2026',
    );
    expect(
      within(bamako as HTMLElement).getByRole('link', { name: 'Télécharger deliberation-bamako.pdf' }),
    ).toHaveAttribute('href', `/api/partnerships/p-1/files/${DECISION_FILE.id}`);
    expect(section('Approbations des conseils')).toHaveTextContent(
      'Ville d’Angers, version 1 : Approuvée délibération « DEL-2026-010 » du 20 mars 2026',
    );
  });

  it.each(['officer', 'elected'] as const)(
    'records, as %s, the approval of the current version by the viewer’s council',
    async (role) => {
      const api = conventionApi(
        stepOf(),
        { 'POST /api/partnerships/:id/convention/approvals': async () => jsonResponse(201, APPROVED) },
        role,
      );
      await renderApp(PAGE, api);
      const page = userEvent.setup();
      const form = await openForm(
        'Enregistrer l’approbation de la version 2 par votre conseil',
        'Enregistrer l’approbation de la version 2 par votre conseil',
      );
      await page.type(within(form).getByLabelText('Référence de la délibération'), ' DEL-2026-041 ');
      await page.type(within(form).getByLabelText('Date de la délibération'), '2026-05-05');
      await page.click(within(form).getByRole('button', { name: 'Enregistrer l’approbation' }));

      expect(await bodyOf(api, 'POST', `${CONVENTION_URL}/approvals`)).toEqual({
        version: 12,
        conventionVersion: 2,
        councilDecisionRef: 'DEL-2026-041',
        decidedOn: '2026-05-05',
      });
      expect(
        await screen.findByText('L’approbation de la version 2 par votre collectivité est enregistrée.'),
      ).toBeVisible();
      expect(screen.queryByRole('form', { name: /Enregistrer l’approbation/ })).not.toBeInTheDocument();
      // The act is done and its button gone: the focus goes to the section's heading.
      await waitFor(() =>
        expect(screen.getByRole('heading', { name: 'Approbations des conseils' })).toHaveFocus(),
      );
    },
  );

  it('tells what the political dialogue still lacks before an approval', async () => {
    await renderApp(
      PAGE,
      conventionApi(
        stepOf({
          missingForApproval: ['CONVENTION.PRIORITIES_SET'],
          awaitedForApproval: [{ criterion: 'CONVENTION.PRIORITIES_SET', awaitedParties: [BAMAKO] }],
        }),
      ),
    );
    const approvals = await screen.findByRole('region', { name: 'Approbations des conseils' });
    // Angers agreed the priority already: it waits for Bamako rather than being asked to act.
    expect(approvals).toHaveTextContent(
      'Les parties ont fixé ensemble au moins une priorité. Votre collectivité a fait sa part : en attente de Commune de Bamako.',
    );
    expect(
      within(approvals).getByRole('link', { name: 'Voir les motivations croisées et les priorités' }),
    ).toHaveAttribute('href', '/partenariats/p-1/motivations-croisees');
  });

  it('records the signature with each party’s signatory and the uploaded PDF’s id', async () => {
    const api = conventionApi(APPROVED, {
      'POST /api/partnerships/:id/files': async () => jsonResponse(201, SIGNED_FILE),
      'POST /api/partnerships/:id/convention/signature': async () =>
        jsonResponse(200, { ...IN_FORCE, convention: { ...IN_FORCE.convention, state: 'signed' } }),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const form = await openForm(
      'Enregistrer la signature de la version 2',
      'Enregistrer la signature de la version 2',
    );
    await page.type(
      within(form).getByLabelText('Nom du ou de la signataire (Ville d’Angers)'),
      'Claire Martin',
    );
    await page.type(within(form).getByLabelText('Qualité (Ville d’Angers)'), 'Maire');
    await page.type(
      within(form).getByLabelText('Nom du ou de la signataire (Commune de Bamako)'),
      'Amadou Traoré',
    );
    await page.type(within(form).getByLabelText('Qualité (Commune de Bamako)'), 'Maire de la commune');
    await page.type(within(form).getByLabelText('Date de signature'), '2026-05-20');
    await page.upload(
      within(form).getByLabelText('Convention signée (PDF)'),
      new File(['%PDF-1.7'], 'convention-signee.pdf', { type: 'application/pdf' }),
    );
    expect(await within(form).findByText('Fichier joint : convention-signee.pdf')).toBeVisible();
    await page.click(within(form).getByRole('button', { name: 'Enregistrer la signature' }));

    expect(await bodyOf(api, 'POST', `${CONVENTION_URL}/signature`)).toEqual({
      version: 12,
      conventionVersion: 2,
      signedOn: '2026-05-20',
      signatories: [
        { partyId: ANGERS, name: 'Claire Martin', title: 'Maire' },
        { partyId: BAMAKO, name: 'Amadou Traoré', title: 'Maire de la commune' },
      ],
      signedFileId: SIGNED_FILE.id,
    });
    expect(await screen.findByText('La signature de la version 2 est enregistrée.')).toBeVisible();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Signature' })).toHaveFocus());
    const signature = section('Signature');
    expect(signature).toHaveTextContent('Signée le 20 mai 2026 (version 2).');
    expect(signature).toHaveTextContent('Commune de Bamako : Amadou Traoré, Maire de la commune');
    expect(
      within(signature).getByRole('link', { name: 'Télécharger convention-signee.pdf' }),
    ).toHaveAttribute('href', `/api/partnerships/p-1/files/${SIGNED_FILE.id}`);
  });

  it('shows the domain’s words when the version signed is not approved by every party', async () => {
    const api = conventionApi(APPROVED, {
      'POST /api/partnerships/:id/convention/signature': async () =>
        problemResponse(409, 'CONVENTION.NOT_SIGNABLE', {
          details: { version: 2, missingApprovals: [ANGERS] },
        }),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const form = await openForm(
      'Enregistrer la signature de la version 2',
      'Enregistrer la signature de la version 2',
    );
    await page.type(
      within(form).getByLabelText('Nom du ou de la signataire (Ville d’Angers)'),
      'Claire Martin',
    );
    await page.type(within(form).getByLabelText('Date de signature'), '2026-05-20');
    await page.click(within(form).getByRole('button', { name: 'Enregistrer la signature' }));

    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'La convention ne peut être signée qu’une fois la même version approuvée par toutes les parties.',
    );
  });

  it('offers only the moves the convention’s state allows', async () => {
    await renderApp(PAGE, conventionApi(IN_FORCE));
    const life = await screen.findByRole('region', { name: 'Vie de la convention' });
    expect(within(life).getByRole('button', { name: 'Suspendre la convention' })).toBeVisible();
    expect(within(life).getByRole('button', { name: 'S’opposer à la reconduction tacite' })).toBeVisible();
    expect(within(life).getByRole('button', { name: 'Renouveler la convention' })).toBeVisible();
    expect(within(life).getByRole('button', { name: 'Constater l’échéance' })).toBeVisible();
    expect(within(life).getByRole('button', { name: 'Résilier la convention' })).toBeVisible();
    expect(within(life).queryByRole('button', { name: 'Reprendre la convention' })).not.toBeInTheDocument();
    expect(within(life).queryByRole('button', { name: 'Faire entrer en vigueur' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Réviser la convention' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: /Enregistrer la signature/ })).not.toBeInTheDocument();
    // Each move's form opens from its button: none is open yet.
    expect(within(life).queryByRole('form')).not.toBeInTheDocument();
  });

  it('brings the signed convention into force on the day chosen', async () => {
    const signed = stepOf({
      convention: { ...IN_FORCE.convention!, state: 'signed', effectiveOn: null, expiresOn: null },
      availableCommands: ['BringConventionIntoForce', 'TerminateConvention'],
    });
    const api = conventionApi(signed, {
      'POST /api/partnerships/:id/convention/entry-into-force': async () => jsonResponse(200, IN_FORCE),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const form = await openForm('Faire entrer en vigueur', 'Entrée en vigueur');
    await page.type(within(form).getByLabelText('Date d’entrée en vigueur'), '2026-06-01');
    await page.click(within(form).getByRole('button', { name: 'Faire entrer en vigueur' }));

    expect(await bodyOf(api, 'POST', `${CONVENTION_URL}/entry-into-force`)).toEqual({
      version: 12,
      effectiveOn: '2026-06-01',
    });
    expect(await screen.findByText('La convention est en vigueur.')).toBeVisible();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Vie de la convention' })).toHaveFocus());
  });

  it('suspends the convention with its reason, then resumes it', async () => {
    const suspended = stepOf({
      version: 13,
      convention: {
        ...IN_FORCE.convention!,
        state: 'suspended',
        suspension: { reason: 'Élections municipales', since: '2026-09-01' },
      },
      availableCommands: ['ResumeConvention', 'ExpireConvention', 'TerminateConvention'],
    });
    const api = conventionApi(IN_FORCE, {
      'POST /api/partnerships/:id/convention/suspension': async () => jsonResponse(200, suspended),
      'POST /api/partnerships/:id/convention/resumption': async () =>
        jsonResponse(200, { ...IN_FORCE, version: 14 }),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const form = await openForm('Suspendre la convention', 'Suspension');
    await page.type(within(form).getByLabelText('Motif de la suspension'), ' Élections municipales ');
    await page.click(within(form).getByRole('button', { name: 'Suspendre la convention' }));

    expect(await bodyOf(api, 'POST', `${CONVENTION_URL}/suspension`)).toEqual({
      version: 12,
      reason: 'Élections municipales',
    });
    expect(await screen.findByText('La convention est suspendue.')).toBeVisible();
    expect(section('Où en est la convention')).toHaveTextContent(
      'Convention suspendue depuis le 1 septembre 2026. Motif : Élections municipales',
    );
    await page.click(screen.getByRole('button', { name: 'Reprendre la convention' }));
    expect(await bodyOf(api, 'POST', `${CONVENTION_URL}/resumption`)).toEqual({ version: 13 });
    expect(await screen.findByText('La convention est de nouveau en vigueur.')).toBeVisible();
  });

  it('lets the API refuse the expiry while a tacit renewal applies, in its own words', async () => {
    const api = conventionApi(IN_FORCE, {
      'POST /api/partnerships/:id/convention/expiry': async () =>
        problemResponse(409, 'CONVENTION.TACIT_RENEWAL_APPLIES', { details: { expiresOn: '2030-06-01' } }),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const expiry = await screen.findByRole('region', { name: 'Échéance' });
    expect(expiry).toHaveTextContent(
      'À l’échéance du 1 juin 2030, sans reconduction, constatez que la convention a pris fin.',
    );
    await page.click(within(expiry).getByRole('button', { name: 'Constater l’échéance' }));

    expect(await bodyOf(api, 'POST', `${CONVENTION_URL}/expiry`)).toEqual({ version: 12 });
    expect(await within(expiry).findByRole('alert')).toHaveTextContent(
      'Aucune partie ne s’y est opposée : la convention est reconduite tacitement.',
    );
  });

  it('renews the convention explicitly with the councils’ decision and the new expiry', async () => {
    const api = conventionApi(IN_FORCE, {
      'POST /api/partnerships/:id/convention/renewal': async () => jsonResponse(200, IN_FORCE),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    await openForm('Renouveler la convention', 'Renouvellement');
    await page.click(await screen.findByRole('radio', { name: 'Renouvellement exprès, par délibérations' }));
    await page.type(screen.getByLabelText('Référence des délibérations'), 'DEL-2030-002');
    await page.type(screen.getByLabelText('Nouvelle échéance'), '2034-06-01');
    await page.click(screen.getByRole('button', { name: 'Enregistrer le renouvellement' }));

    expect(await bodyOf(api, 'POST', `${CONVENTION_URL}/renewal`)).toEqual({
      version: 12,
      kind: 'explicit',
      decisionRef: 'DEL-2030-002',
      newExpiresOn: '2034-06-01',
    });
  });

  it('records the viewer’s party’s objection to the tacit renewal, once', async () => {
    const objected = stepOf({
      ...IN_FORCE,
      convention: { ...IN_FORCE.convention!, renewalObjections: [{ partyId: ANGERS, on: '2030-01-15' }] },
    });
    const api = conventionApi(IN_FORCE, {
      'POST /api/partnerships/:id/convention/renewal-objection': async () => jsonResponse(200, objected),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const form = await openForm('S’opposer à la reconduction tacite', 'Opposition à la reconduction tacite');
    expect(
      within(form).getByText(
        'Votre collectivité peut s’opposer à la reconduction tacite jusqu’au 3 mars 2030.',
      ),
    ).toBeVisible();
    await page.type(within(form).getByLabelText('Date de l’opposition'), '2030-01-15');
    await page.click(within(form).getByRole('button', { name: 'S’opposer à la reconduction tacite' }));

    expect(await bodyOf(api, 'POST', `${CONVENTION_URL}/renewal-objection`)).toEqual({
      version: 12,
      objectedOn: '2030-01-15',
    });
    expect(
      await screen.findByText('Opposition de Ville d’Angers (votre collectivité) le 15 janvier 2030.'),
    ).toBeVisible();
    expect(
      screen.queryByRole('button', { name: 'S’opposer à la reconduction tacite' }),
    ).not.toBeInTheDocument();
  });

  it('requires a decision for each ongoing action before terminating, then sends them all', async () => {
    const api = conventionApi(IN_FORCE, {
      'POST /api/partnerships/:id/convention/termination': async () =>
        jsonResponse(200, { ...IN_FORCE, convention: { ...IN_FORCE.convention!, state: 'terminated' } }),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const form = await openForm('Résilier la convention', 'Résiliation');
    await page.type(within(form).getByLabelText('Motif de la résiliation'), 'Fin du mandat commun.');
    await page.type(within(form).getByLabelText('Date de notification du préavis'), '2026-07-01');
    await page.type(within(form).getByLabelText('Date d’effet de la résiliation'), '2027-01-01');
    expect(within(form).getByLabelText('Date d’effet de la résiliation')).toHaveAccessibleDescription(
      'Au moins 180 jours après la notification (préavis prévu par la convention). vendredi 1 janvier 2027',
    );
    await page.selectOptions(
      within(form).getByLabelText('Sort de l’action « Forage de Sabalibougou »'),
      'complete_during_notice',
    );
    await page.click(within(form).getByRole('button', { name: 'Résilier la convention' }));

    const undecided = within(form).getByLabelText('Sort de l’action « Formation des fontainiers »');
    expect(undecided).toHaveAccessibleDescription('Action prévue Décidez du sort de cette action.');
    expect(undecided).toHaveFocus();
    expect(api.requestsTo('POST', `${CONVENTION_URL}/termination`)).toHaveLength(0);

    await page.selectOptions(undecided, 'stop');
    await page.click(within(form).getByRole('button', { name: 'Résilier la convention' }));
    expect(await bodyOf(api, 'POST', `${CONVENTION_URL}/termination`)).toEqual({
      version: 12,
      reason: 'Fin du mandat commun.',
      noticeGivenOn: '2026-07-01',
      effectiveOn: '2027-01-01',
      actionDecisions: [
        { actionId: 'a-1', fate: 'complete_during_notice' },
        { actionId: 'a-2', fate: 'stop' },
      ],
    });
    expect(await screen.findByText('La résiliation de la convention est enregistrée.')).toBeVisible();
  });

  it('shows the notice refusal beside the effective date', async () => {
    const api = conventionApi(
      { ...IN_FORCE, ongoingActions: [] },
      {
        'POST /api/partnerships/:id/convention/termination': async () =>
          problemResponse(422, 'CONVENTION.TERMINATION_NEEDS_NOTICE', {
            details: { requiredDays: 180, givenDays: 30 },
          }),
      },
    );
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const form = await openForm('Résilier la convention', 'Résiliation');
    await page.type(within(form).getByLabelText('Motif de la résiliation'), 'Fin du mandat commun.');
    await page.type(within(form).getByLabelText('Date de notification du préavis'), '2026-07-01');
    await page.type(within(form).getByLabelText('Date d’effet de la résiliation'), '2026-07-31');
    await page.click(within(form).getByRole('button', { name: 'Résilier la convention' }));

    await waitFor(() =>
      expect(within(form).getByLabelText('Date d’effet de la résiliation')).toHaveAccessibleDescription(
        /Respectez le préavis prévu par la convention\./,
      ),
    );
  });

  it('abandons a draft with its reason, the day standing for both dates', async () => {
    const draft = stepOf({
      convention: conventionOf({ state: 'draft', versions: [VERSION_1], approvals: [] }),
      availableCommands: ['OpenConventionNegotiation', 'ReviseConvention', 'TerminateConvention'],
      ongoingActions: IN_FORCE.ongoingActions,
    });
    const api = conventionApi(draft, {
      'POST /api/partnerships/:id/convention/termination': async () => jsonResponse(200, draft),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const form = await openForm('Abandonner le projet', 'Abandon du projet de convention');
    await page.type(within(form).getByLabelText('Motif de l’abandon'), 'Le partenaire se retire.');
    await page.type(within(form).getByLabelText('Date de l’abandon'), '2026-04-01');
    await page.click(within(form).getByRole('button', { name: 'Abandonner le projet' }));

    expect(await bodyOf(api, 'POST', `${CONVENTION_URL}/termination`)).toEqual({
      version: 12,
      reason: 'Le partenaire se retire.',
      noticeGivenOn: '2026-04-01',
      effectiveOn: '2026-04-01',
      actionDecisions: [],
    });
  });

  it.each([
    ['viewer', 'Votre rôle permet de consulter la convention, pas de la rédiger, l’approuver ni la signer.'],
    [
      'elected',
      'Votre rôle permet d’enregistrer l’approbation de votre conseil, pas de rédiger ni de signer la convention.',
    ],
  ] as const)('lets the %s role read a convention in force without any form', async (role, note) => {
    await renderApp(
      PAGE,
      conventionApi(
        { ...IN_FORCE, availableCommands: [...IN_FORCE.availableCommands, 'ReviseConvention'] },
        {},
        role,
      ),
    );
    expect(await screen.findByRole('region', { name: 'Texte de la convention' })).toHaveTextContent(
      'Article 2 : durée de quatre ans.',
    );
    expect(screen.getByText(note)).toBeVisible();
    // Only the comparison of versions remains, which changes nothing.
    expect(screen.getAllByRole('form').map((form) => form.getAttribute('aria-label'))).toEqual([
      'Comparer deux versions',
    ]);
    expect(screen.queryByRole('button', { name: 'Réviser la convention' })).not.toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Vie de la convention' })).not.toBeInTheDocument();
  });

  it('links the convention tab of step 5 and names the sections the stepper points at', async () => {
    await renderApp(PAGE, conventionApi(APPROVED));
    const tabs = await screen.findByRole('navigation', { name: 'Pages de l’étape 5' });
    expect(within(tabs).getByRole('link', { name: 'Convention' })).toHaveAttribute('aria-current', 'page');
    expect(await screen.findByRole('heading', { name: 'Approbations des conseils' })).toHaveAttribute(
      'id',
      'approbations',
    );
    expect(screen.getByRole('heading', { name: 'Signature' })).toHaveAttribute('id', 'signature');
  });
});
