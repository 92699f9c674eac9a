import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LANGUAGE_STORAGE_KEY, readStoredLanguage } from '../lib/i18n/i18n';
import { jsonResponse, renderApp, signedInAs, stubApi } from '../test/render-app';

const healthy = async () =>
  jsonResponse(200, {
    status: 'ok',
    checks: { database: { status: 'up', latencyMs: 2 }, redis: { status: 'up', latencyMs: 1 } },
  });

describe('app shell', () => {
  beforeEach(() => window.localStorage.clear());

  it('speaks French by default and sets the page language', async () => {
    await renderApp('/', healthy);
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Bienvenue sur Passerelle' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('fr');
    expect(document.documentElement.dir).toBe('ltr');
    expect(document.title).toBe('Bienvenue sur Passerelle — Passerelle');
  });

  it('lists the six steps of the method, in order, in its navigation', async () => {
    await renderApp('/', healthy);
    const navigation = screen.getByRole('navigation', { name: 'Les six étapes de la méthode' });
    const links = within(navigation).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual([
      '1Construire l’engagement',
      '2Rechercher des partenaires',
      '3Savoir se présenter',
      '4Initier la relation',
      '5Conventionner et dialoguer',
      '6Passer aux actions',
    ]);
  });

  it('switches to English with the labelled language select and remembers it', async () => {
    const user = userEvent.setup();
    await renderApp('/', healthy);
    await user.selectOptions(screen.getByLabelText('Langue'), 'en');
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Welcome to Passerelle' }),
    ).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('en');
    expect(readStoredLanguage()).toBe('en');
  });

  it("speaks the account's language once signed in, and keeps a new choice on the account", async () => {
    const user = userEvent.setup();
    const api = stubApi(
      {
        'GET /api/partnerships': async () => jsonResponse(200, { items: [], nextCursor: null }),
        'PUT /api/me/language': async (request) => jsonResponse(200, await request.json()),
      },
      signedInAs('officer', { language: 'en' }),
    );
    await renderApp('/', api, { language: 'fr', keepAccountLanguage: true });
    await waitFor(() => expect(document.documentElement.lang).toBe('en'));
    expect(screen.getByLabelText('Language')).toHaveValue('en');

    await user.selectOptions(screen.getByLabelText('Language'), 'fr');

    await waitFor(() => expect(document.documentElement.lang).toBe('fr'));
    const saved = api.requests.find((request) => request.url.endsWith('/api/me/language'));
    expect(await saved?.json()).toEqual({ language: 'fr' });
    // The account now says French: the interface stays in French rather than switching back.
    expect(screen.getByLabelText('Langue')).toHaveValue('fr');
  });

  it('folds the account, language and menu behind one button, and folds them again on another page', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/', healthy);
    const toggle = screen.getByRole('button', { name: 'Menu' });
    const menu = document.getElementById(toggle.getAttribute('aria-controls')!)!;
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveAttribute('data-open', 'false');
    expect(within(menu).getByLabelText('Langue')).toBeInTheDocument();

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(menu).toHaveAttribute('data-open', 'true');

    await act(() => router.navigate('/etapes/initiation'));
    expect(screen.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
    expect(menu).toHaveAttribute('data-open', 'false');
  });

  it('ignores a stored language it does not know', () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'klingon');
    expect(readStoredLanguage(window.localStorage, ['bm-ML'])).toBe('fr');
  });

  it("speaks, before anyone chose, the first of the browser's languages that it knows", () => {
    expect(readStoredLanguage(window.localStorage, ['bm-ML', 'en-GB', 'fr'])).toBe('en');
    expect(readStoredLanguage(window.localStorage, ['wo'])).toBe('fr');
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, 'fr');
    expect(readStoredLanguage(window.localStorage, ['en-GB'])).toBe('fr');
  });

  it('shows a step page with its number, and a not-found page for unknown addresses', async () => {
    const { router } = await renderApp('/etapes/initiation', healthy);
    expect(screen.getByRole('heading', { level: 1, name: 'Initier la relation' })).toBeInTheDocument();
    expect(screen.getByText('Étape 4')).toBeInTheDocument();
    // What the method asks at this step, each criterion with its reason, as partnerships are assessed by it.
    const asks = screen.getByRole('region', { name: 'Ce que la méthode demande avant l’étape suivante' });
    expect(asks).toHaveTextContent('Une délégation s’est rendue sur le territoire partenaire.');
    expect(within(asks).getAllByText('Pourquoi ?').length).toBeGreaterThanOrEqual(2);
    expect(screen.getByRole('link', { name: '← Étape précédente : Savoir se présenter' })).toHaveAttribute(
      'href',
      '/etapes/presentation',
    );
    expect(
      screen.getByRole('link', { name: 'Étape suivante : Conventionner et dialoguer →' }),
    ).toHaveAttribute('href', '/etapes/convention');
    await waitFor(() => expect(document.title).toBe('Initier la relation — Passerelle'));
    await act(() => router.navigate('/nulle-part'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Page introuvable' })).toBeInTheDocument();
    // The tab's title follows the page, for the tab bar and for screen readers.
    await waitFor(() => expect(document.title).toBe('Page introuvable — Passerelle'));
  });

  it('offers a skip link to the main content for keyboard users', async () => {
    await renderApp('/', healthy);
    expect(screen.getByRole('link', { name: 'Aller au contenu' })).toHaveAttribute('href', '#main');
  });

  it('keeps the shell and offers a reload when a page cannot be loaded', async () => {
    jest.doMock('./routes/not-found-route', () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    });
    try {
      await renderApp('/nulle-part', healthy);
      expect(await screen.findByRole('heading', { level: 1, name: 'Page indisponible' })).toBeInTheDocument();
      expect(screen.getByRole('alert')).toHaveTextContent(
        'Cette page n’a pas pu être chargée. Vérifiez votre connexion, puis rechargez la page.',
      );
      expect(screen.getByRole('button', { name: 'Recharger la page' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Aller au contenu' })).toBeInTheDocument();
    } finally {
      jest.dontMock('./routes/not-found-route');
    }
  });
});
