import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  jsonResponse,
  noContent,
  problemResponse,
  renderApp,
  signedInAs,
  stubApi,
  type StubRoutes,
} from '../../test/render-app';

const PAGE = '/compte/rappels';

/** As stored: the dialogue's falling asleep turned off; the convention's two kinds cannot be. */
const PREFERENCES = {
  kinds: [
    { kind: 'dialogue-due', optedOut: false, canOptOut: true },
    { kind: 'dialogue-overdue', optedOut: true, canOptOut: true },
    { kind: 'visit-upcoming', optedOut: false, canOptOut: true },
    { kind: 'visit-report-missing', optedOut: false, canOptOut: true },
    { kind: 'convention-expiring', optedOut: false, canOptOut: false },
    { kind: 'convention-tacit-renewal', optedOut: false, canOptOut: false },
  ],
};

const NO_FEED = { active: false, createdAt: null };
const ACTIVE_FEED = { active: true, createdAt: '2026-02-10T09:00:00.000Z' };

function createdFeed(token: string) {
  return {
    active: true,
    createdAt: '2026-03-07T09:00:00.000Z',
    url: `https://passerelle.test/api/calendar/${token}.ics`,
    webcalUrl: `webcal://passerelle.test/api/calendar/${token}.ics`,
  };
}

function settingsApi(routes: StubRoutes = {}) {
  return stubApi(
    {
      'GET /api/notifications/unread-count': async () => jsonResponse(200, { unread: 0 }),
      'GET /api/me/reminder-preferences': async () => jsonResponse(200, PREFERENCES),
      'GET /api/me/calendar-feed': async () => jsonResponse(200, NO_FEED),
      ...routes,
    },
    signedInAs('elected'),
  );
}

async function preferencesForm() {
  return screen.findByRole('group', { name: 'Je reçois les rappels suivants' });
}

async function calendarSection() {
  return screen.findByRole('region', { name: 'Agenda personnel' });
}

describe('the reminder preferences', () => {
  it('ticks the reminders received, and explains when each comes', async () => {
    await renderApp(PAGE, settingsApi());
    expect(await screen.findByRole('heading', { level: 1, name: 'Rappels et agenda' })).toBeVisible();
    const form = await preferencesForm();
    const boxes = within(form).getAllByRole('checkbox');
    expect(boxes.map((box) => [box.getAttribute('value'), (box as HTMLInputElement).checked])).toEqual([
      ['dialogue-due', true],
      ['dialogue-overdue', false],
      ['visit-upcoming', true],
      ['visit-report-missing', true],
      ['convention-expiring', true],
      ['convention-tacit-renewal', true],
    ]);
    expect(
      within(form).getByRole('checkbox', { name: 'Échange de dialogue à tenir' }),
    ).toHaveAccessibleDescription(
      '7 jours et 1 jour avant la date où un échange est attendu avec les élus, les techniciens ou les acteurs du territoire, selon le rythme convenu avec le partenaire.',
    );
    expect(within(form).getByRole('checkbox', { name: 'Mission à venir' })).toHaveAccessibleDescription(
      '30 jours et 7 jours avant le début d’une mission ou de l’accueil d’une délégation.',
    );
    expect(
      within(form).getByRole('checkbox', { name: 'Compte rendu de mission attendu' }),
    ).toHaveAccessibleDescription(
      '7 jours après la fin d’une mission dont le compte rendu n’est pas encore rédigé.',
    );
    expect(
      screen.getByText(/ne partent jamais entre 21 h et 8 h, heure de votre collectivité/),
    ).toBeVisible();
  });

  it('keeps the convention’s reminders ticked and disabled, with the reason', async () => {
    await renderApp(PAGE, settingsApi());
    const form = await preferencesForm();
    for (const name of ['Échéance de la convention', 'Reconduction tacite de la convention']) {
      const box = within(form).getByRole('checkbox', { name });
      expect(box).toBeChecked();
      expect(box).toBeDisabled();
      expect(box).toHaveAccessibleDescription(
        expect.stringContaining('Toujours envoyé : la fin d’une convention engage votre collectivité'),
      );
    }
    expect(within(form).getByRole('checkbox', { name: 'Mission à venir' })).toBeEnabled();
    expect(within(form).getByRole('checkbox', { name: 'Mission à venir' })).not.toHaveAccessibleDescription(
      expect.stringContaining('Toujours envoyé'),
    );
  });

  it('sends exactly the kinds left unticked, and says they are saved', async () => {
    const api = settingsApi({
      'PUT /api/me/reminder-preferences': async () =>
        jsonResponse(200, {
          kinds: PREFERENCES.kinds.map((item) => ({ ...item, optedOut: item.kind === 'visit-upcoming' })),
        }),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const form = await preferencesForm();
    await page.click(within(form).getByRole('checkbox', { name: 'Mission à venir' }));
    await page.click(within(form).getByRole('checkbox', { name: 'La relation s’endort' }));
    // A mandatory box does not move, and is never sent.
    await page.click(within(form).getByRole('checkbox', { name: 'Échéance de la convention' }));
    expect(within(form).getByRole('checkbox', { name: 'Échéance de la convention' })).toBeChecked();
    await page.click(screen.getByRole('button', { name: 'Enregistrer mes préférences' }));

    expect(await screen.findByText('Vos préférences de rappel sont enregistrées.')).toBeVisible();
    const [put] = api.requestsTo('PUT', '/api/me/reminder-preferences');
    expect(await put?.json()).toEqual({ optOuts: ['visit-upcoming'] });
    expect(within(form).getByRole('checkbox', { name: 'Mission à venir' })).not.toBeChecked();
    expect(within(form).getByRole('checkbox', { name: 'La relation s’endort' })).toBeChecked();
  });

  it('sends the kinds in the fixed order of the list, whatever the order they were unticked in', async () => {
    const api = settingsApi({
      'PUT /api/me/reminder-preferences': async () => jsonResponse(200, PREFERENCES),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const form = await preferencesForm();
    await page.click(within(form).getByRole('checkbox', { name: 'Compte rendu de mission attendu' }));
    await page.click(within(form).getByRole('checkbox', { name: 'Échange de dialogue à tenir' }));
    await page.click(screen.getByRole('button', { name: 'Enregistrer mes préférences' }));
    await waitFor(() => expect(api.requestsTo('PUT', '/api/me/reminder-preferences')).toHaveLength(1));
    const [put] = api.requestsTo('PUT', '/api/me/reminder-preferences');
    expect(await put?.json()).toEqual({
      optOuts: ['dialogue-due', 'dialogue-overdue', 'visit-report-missing'],
    });
  });

  it('shows the API’s refusal in words', async () => {
    await renderApp(
      PAGE,
      settingsApi({
        'PUT /api/me/reminder-preferences': async () =>
          problemResponse(422, 'REMINDER.OPT_OUT_NOT_ALLOWED', { kinds: ['convention-expiring'] }),
      }),
    );
    await preferencesForm();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Enregistrer mes préférences' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Les rappels de fin de convention ne peuvent pas être désactivés : ils restent cochés.',
    );
    expect(screen.queryByText('Vos préférences de rappel sont enregistrées.')).not.toBeInTheDocument();
  });

  it('speaks English too', async () => {
    await renderApp(PAGE, settingsApi(), 'en');
    const form = await screen.findByRole('group', { name: 'I receive the following reminders' });
    expect(within(form).getByRole('checkbox', { name: 'Upcoming visit' })).toHaveAccessibleDescription(
      '30 days and 7 days before a visit or the hosting of a delegation starts.',
    );
    expect(screen.getByText(/never go out between 21:00 and 8:00/)).toBeVisible();
  });

  it('is reached from the account corner of the header', async () => {
    const { router } = await renderApp('/compte/mot-de-passe', settingsApi());
    const account = await screen.findByRole('group', { name: 'Votre session' });
    await userEvent.setup().click(within(account).getByRole('link', { name: 'Rappels et agenda' }));
    expect(router.state.location.pathname).toBe(PAGE);
    expect(await preferencesForm()).toBeVisible();
  });
});

describe('the personal calendar feed', () => {
  it('creates an address, shows it once with a copy button, and says it will not be shown again', async () => {
    const api = settingsApi({
      'POST /api/me/calendar-feed': async () => jsonResponse(201, createdFeed('secret-1')),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const writeText = jest.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    const section = await calendarSection();
    expect(await within(section).findByText('Vous n’avez pas d’adresse d’agenda active.')).toBeVisible();
    expect(within(section).queryByRole('button', { name: 'Révoquer l’adresse' })).not.toBeInTheDocument();

    await page.click(within(section).getByRole('button', { name: 'Créer une adresse d’agenda' }));

    const url = await within(section).findByLabelText('Adresse de votre agenda');
    expect(url).toHaveValue('https://passerelle.test/api/calendar/secret-1.ics');
    expect(url).toHaveAttribute('readonly');
    expect(url).toHaveFocus();
    expect(url).toHaveAccessibleDescription(expect.stringContaining('elle ne sera plus affichée'));
    expect(within(section).getByText('Votre adresse d’agenda est créée.')).toBeVisible();
    expect(within(section).getByText('Une adresse d’agenda est active depuis le 7 mars 2026.')).toBeVisible();
    expect(
      within(section).getByRole('link', { name: 'Ouvrir dans mon application d’agenda' }),
    ).toHaveAttribute('href', 'webcal://passerelle.test/api/calendar/secret-1.ics');
    await page.click(within(section).getByRole('button', { name: 'Copier l’adresse' }));
    expect(await within(section).findByText('Adresse copiée.')).toBeVisible();
    expect(writeText).toHaveBeenCalledWith('https://passerelle.test/api/calendar/secret-1.ics');
    expect(api.requestsTo('POST', '/api/me/calendar-feed')).toHaveLength(1);
  });

  it('never shows an existing address again: it offers to replace or revoke it', async () => {
    await renderApp(
      PAGE,
      settingsApi({ 'GET /api/me/calendar-feed': async () => jsonResponse(200, ACTIVE_FEED) }),
    );
    const section = await calendarSection();
    expect(
      await within(section).findByText('Une adresse d’agenda est active depuis le 10 février 2026.'),
    ).toBeVisible();
    expect(within(section).queryByLabelText('Adresse de votre agenda')).not.toBeInTheDocument();
    expect(
      within(section).queryByRole('button', { name: 'Créer une adresse d’agenda' }),
    ).not.toBeInTheDocument();
    expect(within(section).getByRole('button', { name: 'Remplacer l’adresse' })).toHaveAccessibleDescription(
      expect.stringContaining('l’actuelle cesse aussitôt de fonctionner'),
    );
    expect(within(section).getByRole('button', { name: 'Révoquer l’adresse' })).toBeVisible();
  });

  it('replaces the address: a new one is shown, the old one no longer works', async () => {
    const api = settingsApi({
      'GET /api/me/calendar-feed': async () => jsonResponse(200, ACTIVE_FEED),
      'POST /api/me/calendar-feed': async () => jsonResponse(201, createdFeed('secret-2')),
    });
    await renderApp(PAGE, api);
    const section = await calendarSection();
    await userEvent
      .setup()
      .click(await within(section).findByRole('button', { name: 'Remplacer l’adresse' }));
    expect(
      await within(section).findByText(
        'Une nouvelle adresse d’agenda est créée : l’ancienne ne fonctionne plus.',
      ),
    ).toBeVisible();
    expect(within(section).getByLabelText('Adresse de votre agenda')).toHaveValue(
      'https://passerelle.test/api/calendar/secret-2.ics',
    );
    expect(api.requestsTo('POST', '/api/me/calendar-feed')).toHaveLength(1);
  });

  it('revokes the address: it is no longer shown and a new one can be made', async () => {
    const api = settingsApi({
      'GET /api/me/calendar-feed': async () => jsonResponse(200, NO_FEED),
      'POST /api/me/calendar-feed': async () => jsonResponse(201, createdFeed('secret-3')),
      'DELETE /api/me/calendar-feed': async () => noContent(),
    });
    await renderApp(PAGE, api);
    const page = userEvent.setup();
    const section = await calendarSection();
    await page.click(await within(section).findByRole('button', { name: 'Créer une adresse d’agenda' }));
    await within(section).findByLabelText('Adresse de votre agenda');

    await page.click(within(section).getByRole('button', { name: 'Révoquer l’adresse' }));

    expect(
      await within(section).findByText('Votre adresse d’agenda est révoquée : elle ne fonctionne plus.'),
    ).toBeVisible();
    expect(api.requestsTo('DELETE', '/api/me/calendar-feed')).toHaveLength(1);
    expect(within(section).queryByLabelText('Adresse de votre agenda')).not.toBeInTheDocument();
    expect(section).not.toHaveTextContent('secret-3');
    expect(within(section).getByText('Vous n’avez pas d’adresse d’agenda active.')).toBeVisible();
    expect(within(section).getByRole('button', { name: 'Créer une adresse d’agenda' })).toBeVisible();
    expect(within(section).getByRole('heading', { level: 2, name: 'Agenda personnel' })).toHaveFocus();
  });

  it('says so when the address cannot be made', async () => {
    await renderApp(
      PAGE,
      settingsApi({ 'POST /api/me/calendar-feed': async () => problemResponse(429, 'REQUEST.TOO_MANY') }),
    );
    const section = await calendarSection();
    await userEvent
      .setup()
      .click(await within(section).findByRole('button', { name: 'Créer une adresse d’agenda' }));
    expect(await within(section).findByRole('alert')).toHaveTextContent(
      'Trop de demandes. Réessayez plus tard.',
    );
    expect(within(section).queryByLabelText('Adresse de votre agenda')).not.toBeInTheDocument();
  });

  it('explains how to subscribe in Outlook, Thunderbird and Google Agenda', async () => {
    await renderApp(PAGE, settingsApi());
    const section = await calendarSection();
    const steps = within(section).getByRole('list', { name: 'S’abonner depuis votre agenda' });
    expect(
      within(steps)
        .getAllByRole('listitem')
        .map((item) => item.textContent?.split(' :')[0]),
    ).toEqual(['Outlook', 'Thunderbird', 'Google Agenda']);
  });
});
