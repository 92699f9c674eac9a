import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  jsonResponse,
  noContent,
  problemResponse,
  renderApp,
  signedInAs,
  stubApi,
  validationProblem,
  type StubRoutes,
} from '../../../test/render-app';

const PARTNERSHIP = {
  id: 'p-1',
  title: 'Angers – Bamako : eau et assainissement',
  form: 'decentralised_cooperation',
  approach: 'mutual_interest',
  status: 'active',
  parties: [{ organisationId: 'o-1', name: 'Ville d’Angers', countryCode: 'FR', role: 'initiator' }],
  yourRole: 'initiator',
  createdAt: '2026-02-01T10:00:00.000Z',
  version: 9,
};

const EMPTY_TEXT = { motivations: '', territory_and_actors: '', stakes: '', contributions: '' };

const PRESENTATION = {
  version: 9,
  organisationName: 'Ville d’Angers',
  fr: {
    motivations: 'Partager notre savoir-faire en gestion de l’eau.',
    territory_and_actors: '',
    stakes: 'L’emploi des jeunes.',
    contributions: '',
  },
  en: EMPTY_TEXT,
  draft: {
    motivations: 'Brouillon des motivations',
    territory_and_actors: 'Acteurs : Lycée Chevrollier (co-porteur).',
    stakes: 'Brouillon des enjeux',
    contributions: 'Ingénierie des réseaux d’eau.',
  },
  missing: ['territory_and_actors', 'contributions'],
};

/** The same presentation with some English text: a PDF and links in English are offered too. */
const BILINGUAL = { ...PRESENTATION, en: { ...EMPTY_TEXT, motivations: 'Sharing our water know-how.' } };

const ACTIVE_LINK = {
  id: 'l-1',
  language: 'fr',
  createdAt: '2026-03-01T10:00:00.000Z',
  expiresAt: '2099-03-31T10:00:00.000Z',
  revokedAt: null,
};

const REVOKED_LINK = {
  id: 'l-0',
  language: 'en',
  createdAt: '2026-02-20T10:00:00.000Z',
  expiresAt: '2099-03-20T10:00:00.000Z',
  revokedAt: '2026-02-25T10:00:00.000Z',
};

const PAGE = '/partenariats/p-1/presentation';

function optionValues(select: HTMLElement): string[] {
  return Array.from(select.querySelectorAll('option')).map((option) => option.value);
}

function presentationApi(routes: StubRoutes = {}, role: Parameters<typeof signedInAs>[0] = 'officer') {
  return stubApi(
    {
      'GET /api/partnerships/:id': async () => jsonResponse(200, PARTNERSHIP),
      'GET /api/partnerships/:id/presentation': async () => jsonResponse(200, PRESENTATION),
      'GET /api/partnerships/:id/presentation/share-links': async () =>
        jsonResponse(200, { items: [ACTIVE_LINK, REVOKED_LINK] }),
      ...routes,
    },
    signedInAs(role),
  );
}

describe('step 3: introducing the authority', () => {
  it('shows which sections of the French text are still empty, and the text in four labelled fields', async () => {
    await renderApp(PAGE, presentationApi());
    expect(await screen.findByRole('heading', { level: 1, name: 'Savoir se présenter' })).toBeVisible();
    const completeness = await screen.findByRole('list', { name: 'Sections du texte français' });
    expect(
      within(completeness)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      '✓ Nos motivations : rédigée',
      '○ Notre territoire et ses acteurs : à rédiger',
      '✓ Nos enjeux : rédigée',
      '○ Ce que nous pouvons apporter : à rédiger',
    ]);
    expect(screen.getByText('2 sections rédigées sur 4 dans le texte français enregistré.')).toBeVisible();
    expect(screen.getByLabelText('Langue de la présentation')).toHaveValue('fr');
    expect(screen.getByLabelText('Nos motivations')).toHaveValue(
      'Partager notre savoir-faire en gestion de l’eau.',
    );
    expect(screen.getByLabelText('Notre territoire et ses acteurs')).toHaveValue('');
    expect(screen.getByLabelText('Nos enjeux')).toHaveValue('L’emploi des jeunes.');
    expect(screen.getByLabelText('Ce que nous pouvons apporter')).toHaveValue('');
  });

  it('fills only the empty fields from the draft written from step 1', async () => {
    await renderApp(PAGE, presentationApi());
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Reprendre le brouillon' }));

    expect(screen.getByLabelText('Nos motivations')).toHaveValue(
      'Partager notre savoir-faire en gestion de l’eau.',
    );
    expect(screen.getByLabelText('Notre territoire et ses acteurs')).toHaveValue(
      'Acteurs : Lycée Chevrollier (co-porteur).',
    );
    expect(screen.getByLabelText('Nos enjeux')).toHaveValue('L’emploi des jeunes.');
    expect(screen.getByLabelText('Ce que nous pouvons apporter')).toHaveValue(
      'Ingénierie des réseaux d’eau.',
    );
    expect(
      screen.getByText(
        'Brouillon repris dans les champs vides : Notre territoire et ses acteurs, Ce que nous pouvons apporter. Relisez-les, puis enregistrez.',
      ),
    ).toBeVisible();
  });

  it('saves the French text with its language and the version read, then refreshes the assessment', async () => {
    const saved = {
      ...PRESENTATION,
      version: 10,
      fr: { ...PRESENTATION.fr, contributions: 'Ingénierie des réseaux d’eau.' },
      missing: ['territory_and_actors'],
    };
    const api = presentationApi({
      'PUT /api/partnerships/:id/presentation': async () => jsonResponse(200, saved),
    });
    const { queryClient } = await renderApp(PAGE, api);
    const invalidate = jest.spyOn(queryClient, 'invalidateQueries');
    const page = userEvent.setup();
    await page.type(
      await screen.findByLabelText('Ce que nous pouvons apporter'),
      '  Ingénierie des réseaux d’eau. ',
    );
    await page.click(screen.getByRole('button', { name: 'Enregistrer la présentation' }));

    expect(await screen.findByText('Présentation enregistrée (Français).')).toBeVisible();
    const [put] = api.requestsTo('PUT', '/api/partnerships/p-1/presentation');
    expect(await put?.json()).toEqual({
      language: 'fr',
      sections: {
        motivations: 'Partager notre savoir-faire en gestion de l’eau.',
        territory_and_actors: '',
        stakes: 'L’emploi des jeunes.',
        contributions: 'Ingénierie des réseaux d’eau.',
      },
      version: 9,
    });
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ['partnerships', 'p-1', 'assessment'] });
    expect(
      await screen.findByText('3 sections rédigées sur 4 dans le texte français enregistré.'),
    ).toBeVisible();
  });

  it('saves the English translation on its own, keeping the French edits unsaved', async () => {
    const api = presentationApi({
      'PUT /api/partnerships/:id/presentation': async (request) => {
        const body = (await request.json()) as { sections: typeof EMPTY_TEXT };
        return jsonResponse(200, { ...PRESENTATION, version: 10, en: body.sections });
      },
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    await page.type(await screen.findByLabelText('Ce que nous pouvons apporter'), 'Non enregistré');
    await page.selectOptions(screen.getByLabelText('Langue de la présentation'), 'en');
    expect(screen.getByLabelText('Nos motivations')).toHaveValue('');
    expect(screen.getByLabelText('Nos motivations')).toHaveAttribute('lang', 'en');
    await page.type(screen.getByLabelText('Nos motivations'), 'Sharing our water know-how.');
    await page.click(screen.getByRole('button', { name: 'Enregistrer la présentation' }));

    expect(await screen.findByText('Présentation enregistrée (Anglais).')).toBeVisible();
    const [put] = api.requestsTo('PUT', '/api/partnerships/p-1/presentation');
    expect(await put?.json()).toEqual({
      language: 'en',
      sections: { ...EMPTY_TEXT, motivations: 'Sharing our water know-how.' },
      version: 9,
    });
    expect(screen.getByLabelText('Nos motivations')).toHaveValue('Sharing our water know-how.');
    await page.selectOptions(screen.getByLabelText('Langue de la présentation'), 'fr');
    expect(screen.getByLabelText('Ce que nous pouvons apporter')).toHaveValue('Non enregistré');
  });

  it('says the presentation changed meanwhile and shows the reloaded text when the version is stale', async () => {
    let reads = 0;
    const api = presentationApi({
      'GET /api/partnerships/:id/presentation': async () => {
        reads += 1;
        return jsonResponse(
          200,
          reads === 1
            ? PRESENTATION
            : { ...PRESENTATION, version: 11, fr: { ...PRESENTATION.fr, stakes: 'Changé par Marc.' } },
        );
      },
      'PUT /api/partnerships/:id/presentation': async () =>
        problemResponse(409, 'RESOURCE.CONFLICT', { currentVersion: 11 }),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    await page.type(await screen.findByLabelText('Nos enjeux'), ' Et le climat.');
    await page.click(screen.getByRole('button', { name: 'Enregistrer la présentation' }));

    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Quelqu’un a modifié la présentation entre-temps. Le texte enregistré a été rechargé',
    );
    const [put] = api.requestsTo('PUT', '/api/partnerships/p-1/presentation');
    expect(await put?.json()).toMatchObject({ language: 'fr', version: 9 });
    await waitFor(() => expect(screen.getByLabelText('Nos enjeux')).toHaveValue('Changé par Marc.'));
    expect(reads).toBe(2);
  });

  it('shows a refused section beside its field', async () => {
    const api = presentationApi({
      'PUT /api/partnerships/:id/presentation': async () =>
        validationProblem([
          {
            field: 'sections.stakes',
            rule: 'maxLength',
            message: 'stakes must be shorter than or equal to 6000 characters',
          },
        ]),
    });
    await renderApp(PAGE, api);
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Enregistrer la présentation' }));
    const stakes = screen.getByLabelText('Nos enjeux');
    await waitFor(() => expect(stakes).toHaveAttribute('aria-invalid', 'true'));
    expect(stakes).toHaveAccessibleDescription(/Trop long : au plus 6000 caractères\./);
    expect(stakes).toHaveFocus();
  });

  it('offers no PDF nor share link in a language the presentation has no text in (a blank page)', async () => {
    await renderApp(PAGE, presentationApi());
    expect(await screen.findByRole('link', { name: 'Télécharger le PDF (français)' })).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Télécharger le PDF (anglais)' })).not.toBeInTheDocument();
    expect(optionValues(screen.getByLabelText('Langue du lien'))).toEqual(['fr']);
  });

  it('says how to get a PDF and a share link while the presentation has no text at all', async () => {
    const api = presentationApi({
      'GET /api/partnerships/:id/presentation': async () =>
        jsonResponse(200, { ...PRESENTATION, fr: EMPTY_TEXT, en: EMPTY_TEXT }),
    });
    await renderApp(PAGE, api);
    expect(
      await screen.findByText(
        'Pas encore de PDF : la présentation n’a de texte dans aucune langue. Un PDF est proposé dans chaque langue où elle est rédigée.',
      ),
    ).toBeVisible();
    expect(screen.queryByRole('link', { name: /Télécharger le PDF/ })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Langue du lien')).not.toBeInTheDocument();
    expect(
      screen.getByText(
        'Rédigez la présentation avant de la partager : un lien est proposé dans chaque langue où elle a du texte.',
      ),
    ).toBeVisible();
  });

  it('links the PDF in each language and the print view of the language edited', async () => {
    await renderApp(
      PAGE,
      presentationApi({ 'GET /api/partnerships/:id/presentation': async () => jsonResponse(200, BILINGUAL) }),
    );
    const fr = await screen.findByRole('link', { name: 'Télécharger le PDF (français)' });
    expect(fr).toHaveAttribute('href', '/api/partnerships/p-1/presentation/pdf?language=fr');
    expect(fr).toHaveAttribute('download');
    const en = screen.getByRole('link', { name: 'Télécharger le PDF (anglais)' });
    expect(en).toHaveAttribute('href', '/api/partnerships/p-1/presentation/pdf?language=en');
    expect(screen.getByRole('link', { name: 'Version imprimable' })).toHaveAttribute(
      'href',
      '/partenariats/p-1/presentation/impression?langue=fr',
    );
    await userEvent.setup().selectOptions(screen.getByLabelText('Langue de la présentation'), 'en');
    expect(screen.getByRole('link', { name: 'Version imprimable' })).toHaveAttribute(
      'href',
      '/partenariats/p-1/presentation/impression?langue=en',
    );
  });

  it('shows a new share link’s address once, to copy, and withdraws a link with DELETE', async () => {
    const created = {
      ...ACTIVE_LINK,
      id: 'l-2',
      language: 'en',
      createdAt: '2026-03-05T10:00:00.000Z',
      expiresAt: '2099-03-15T10:00:00.000Z',
      url: 'http://passerelle.test/presentation-partagee/secret-token',
    };
    let links = [ACTIVE_LINK, REVOKED_LINK];
    const api = presentationApi({
      'GET /api/partnerships/:id/presentation': async () => jsonResponse(200, BILINGUAL),
      'GET /api/partnerships/:id/presentation/share-links': async () => jsonResponse(200, { items: links }),
      'POST /api/partnerships/:id/presentation/share-links': async () => {
        const { url: _url, ...listed } = created;
        links = [listed, ...links];
        return jsonResponse(201, created);
      },
      'DELETE /api/partnerships/:id/presentation/share-links/:linkId': async () => {
        links = links.map((link) =>
          link.id === 'l-1' ? { ...link, revokedAt: '2026-03-02T10:00:00.000Z' } : link,
        );
        return noContent();
      },
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    // user-event stands in for the clipboard; the test only needs to know what was written to it.
    const writeText = jest.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);

    const list = await screen.findByRole('list', { name: 'Liens envoyés' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    expect(list).toHaveTextContent('Retiré le 25 février 2026.');
    expect(within(list).getAllByRole('button')).toHaveLength(1);

    await page.selectOptions(screen.getByLabelText('Langue du lien'), 'en');
    const days = screen.getByLabelText('Validité (jours)');
    await page.clear(days);
    await page.type(days, '14');
    await page.click(screen.getByRole('button', { name: 'Créer un lien de partage' }));

    const url = await screen.findByLabelText('Lien à envoyer');
    expect(url).toHaveValue('http://passerelle.test/presentation-partagee/secret-token');
    expect(url).toHaveAttribute('readonly');
    const [post] = api.requestsTo('POST', '/api/partnerships/p-1/presentation/share-links');
    expect(await post?.json()).toEqual({ language: 'en', expiresInDays: 14 });
    await page.click(screen.getByRole('button', { name: 'Copier le lien' }));
    expect(await screen.findByText('Lien copié.')).toBeVisible();
    expect(writeText).toHaveBeenCalledWith('http://passerelle.test/presentation-partagee/secret-token');
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(3));
    // The address is in the field alone: the list never shows it.
    expect(list).not.toHaveTextContent('secret-token');

    await page.click(within(list).getByRole('button', { name: 'Retirer le lien du 1 mars 2026' }));
    expect(
      await screen.findByText('Le lien du 1 mars 2026 est retiré : il ne fonctionne plus.'),
    ).toBeVisible();
    expect(api.requestsTo('DELETE', '/api/partnerships/p-1/presentation/share-links/l-1')).toHaveLength(1);
    await waitFor(() =>
      expect(
        within(list).queryByRole('button', { name: 'Retirer le lien du 1 mars 2026' }),
      ).not.toBeInTheDocument(),
    );
  });

  it('refuses a validity out of range beside its field', async () => {
    const api = presentationApi({
      'POST /api/partnerships/:id/presentation/share-links': async () =>
        validationProblem([
          { field: 'expiresInDays', rule: 'max', message: 'expiresInDays must not be greater than 90' },
        ]),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const days = await screen.findByLabelText('Validité (jours)');
    await page.clear(days);
    await page.type(days, '120');
    await page.click(screen.getByRole('button', { name: 'Créer un lien de partage' }));
    await waitFor(() => expect(days).toHaveAccessibleDescription(/Trop grand : au plus 90\./));
    expect(screen.queryByLabelText('Lien à envoyer')).not.toBeInTheDocument();
  });

  it('lets a viewer read the presentation without changing or sharing it', async () => {
    await renderApp(PAGE, presentationApi({}, 'viewer'));
    expect(
      await screen.findByText('Votre rôle permet de consulter la présentation, pas de la modifier.'),
    ).toBeVisible();
    expect(screen.getByLabelText('Nos motivations')).toHaveAttribute('readonly');
    expect(screen.queryByRole('button', { name: 'Enregistrer la présentation' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Reprendre le brouillon' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Créer un lien de partage' })).not.toBeInTheDocument();
    expect(await screen.findByRole('list', { name: 'Liens envoyés' })).toBeVisible();
  });

  it('is linked from the partnership page', async () => {
    await renderApp(
      '/partenariats/p-1',
      presentationApi({
        'GET /api/partnerships/:id/assessment': async () => problemResponse(404, 'RESOURCE.NOT_FOUND'),
        'GET /api/partnerships/:id/internal-notes': async () => jsonResponse(200, { items: [] }),
      }),
    );
    expect(await screen.findByRole('link', { name: /^Savoir se présenter :/ })).toHaveAttribute(
      'href',
      '/partenariats/p-1/presentation',
    );
  });

  it('writes the page in English', async () => {
    await renderApp(PAGE, presentationApi(), 'en');
    expect(await screen.findByRole('heading', { level: 1, name: 'Present yourself' })).toBeVisible();
    expect(await screen.findByLabelText('Language of the presentation')).toBeVisible();
    expect(screen.getByLabelText('Our territory and its actors')).toBeVisible();
    expect(screen.getByRole('link', { name: 'Download the PDF (French)' })).toBeVisible();
    expect(screen.getByRole('button', { name: 'Create a share link' })).toBeVisible();
  });
});

describe('the print view of the presentation', () => {
  it('shows the saved text alone, headed in its language, and asks only for the presentation', async () => {
    const api = presentationApi({
      'GET /api/partnerships/:id/presentation': async () =>
        jsonResponse(200, {
          ...PRESENTATION,
          en: { ...EMPTY_TEXT, motivations: 'Sharing our water know-how.' },
        }),
    });
    await renderApp('/partenariats/p-1/presentation/impression?langue=en', api);
    expect(await screen.findByRole('heading', { level: 1, name: 'Ville d’Angers' })).toBeVisible();
    const document = screen.getByRole('article');
    expect(document).toHaveAttribute('lang', 'en');
    expect(
      within(document)
        .getAllByRole('heading', { level: 2 })
        .map((heading) => heading.textContent),
    ).toEqual(['Our motivations', 'Our territory and its actors', 'Our stakes', 'What we can bring']);
    expect(document).toHaveTextContent('Sharing our water know-how.');
    expect(screen.getByRole('button', { name: 'Imprimer' })).toBeVisible();
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
    const asked = api.requests.map((request) => new URL(request.url).pathname);
    expect(asked.filter((path) => path !== '/api/auth/session')).toEqual([
      '/api/partnerships/p-1/presentation',
    ]);
  });
});
