import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, renderApp, signedInAs, stubApi } from '../../test/render-app';

const LAST_YEAR = new Date().getFullYear() - 1;

const DECLARATION = {
  year: LAST_YEAR,
  total: 12_524.49,
  rows: [],
  byCountry: [
    { key: 'ML', amount: 11_524.49 },
    { key: null, amount: 1_000 },
  ],
  byChannel: [{ key: 'civil_society', amount: 12_524.49 }],
  bySector: [{ key: '14031', amount: 12_524.49 }],
  issues: [
    {
      code: 'action_sectors_missing',
      partnershipId: 'p-1',
      partnershipName: 'Angers – Bamako',
      actionId: 'a-1',
      actionTitle: 'Forage du quartier Nord',
      lineId: null,
      country: null,
    },
    {
      code: 'line_payment_missing',
      partnershipId: 'p-1',
      partnershipName: 'Angers – Bamako',
      actionId: 'a-1',
      actionTitle: 'Forage du quartier Nord',
      lineId: 'b-1',
      country: null,
    },
  ],
  iatiIdentifier: null,
};

const CODE_LISTS = {
  sectors: [
    {
      code: '14031',
      category: '140',
      nameFr: 'Eau potable – dispositifs de base',
      nameEn: 'Basic drinking water supply',
    },
  ],
  sectorCategories: [
    {
      code: '140',
      nameFr: "I.4. Distribution d'Eau et Assainissement",
      nameEn: 'I.4. Water supply and sanitation',
    },
  ],
  markers: [],
  channels: [],
  sectorsVersion: '2026-12-06',
  recipientsVersion: '2026-12-06',
};

function odaApi() {
  return stubApi(
    {
      'GET /api/oda/declarations/:year': async (_request, params) =>
        jsonResponse(200, { ...DECLARATION, year: Number(params['year']) }),
      'GET /api/oda/code-lists': async () => jsonResponse(200, CODE_LISTS),
    },
    signedInAs('officer'),
  );
}

describe('the annual ODA declaration page', () => {
  it('opens on last year, with what is missing linked to the action that fixes it', async () => {
    const api = odaApi();
    await renderApp('/organisation/declaration-apd', api);
    expect(await screen.findByRole('heading', { name: '2 points à compléter' })).toBeVisible();
    expect(api.requestsTo('GET', `/api/oda/declarations/${LAST_YEAR}`)).toHaveLength(1);
    const issues = screen.getByRole('list', { name: '2 points à compléter' });
    const links = within(issues).getAllByRole('link', { name: 'Forage du quartier Nord' });
    expect(links[0]).toHaveAttribute('href', '/partenariats/p-1/actions/a-1#apd');
    expect(links[1]).toHaveAttribute('href', '/partenariats/p-1/actions/a-1#budget');
    expect(screen.getByText('Ligne prévue cette année sans versement enregistré')).toBeVisible();
  });

  it('shows the totals by country, channel and sector, and the exports of the chosen year', async () => {
    const api = odaApi();
    await renderApp('/organisation/declaration-apd', api);
    expect(await screen.findByRole('heading', { name: /APD versée : 12\s524,49\s€/ })).toBeVisible();
    const countries = screen.getByRole('table', { name: 'Par pays bénéficiaire' });
    expect(within(countries).getByRole('rowheader', { name: 'Mali' })).toBeVisible();
    expect(
      within(countries).getByRole('rowheader', { name: 'Non ventilé par pays (en France)' }),
    ).toBeVisible();
    const sectors = screen.getByRole('table', { name: 'Par secteur du CAD' });
    expect(
      await within(sectors).findByRole('rowheader', { name: '14031 · Eau potable – dispositifs de base' }),
    ).toBeVisible();
    await userEvent
      .setup()
      .selectOptions(screen.getByLabelText('Année des versements'), String(LAST_YEAR - 1));
    expect(await screen.findByRole('link', { name: 'Télécharger (Excel)' })).toHaveAttribute(
      'href',
      `/api/oda/declarations/${LAST_YEAR - 1}/export?format=xlsx&language=fr`,
    );
    expect(api.requestsTo('GET', `/api/oda/declarations/${LAST_YEAR - 1}`)).toHaveLength(1);
  });

  it('gives a German reader the exports in German and the DAC sectors by their English names', async () => {
    await renderApp('/organisation/declaration-apd', odaApi(), 'de');
    const sectors = await screen.findByRole('table', { name: 'Nach DAC-Sektor' });
    expect(
      await within(sectors).findByRole('rowheader', { name: '14031 · Basic drinking water supply' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'Herunterladen (Excel)' })).toHaveAttribute(
      'href',
      `/api/oda/declarations/${LAST_YEAR}/export?format=xlsx&language=de`,
    );
  });

  it('gives an Arabic reader the exports in Arabic and the DAC sectors by their French names', async () => {
    await renderApp('/organisation/declaration-apd', odaApi(), 'ar');
    const sectors = await screen.findByRole('table', { name: 'حسب قطاع لجنة المساعدة الإنمائية' });
    expect(
      await within(sectors).findByRole('rowheader', { name: '14031 · Eau potable – dispositifs de base' }),
    ).toBeVisible();
    expect(screen.getByRole('link', { name: 'التنزيل (Excel)' })).toHaveAttribute(
      'href',
      `/api/oda/declarations/${LAST_YEAR}/export?format=xlsx&language=ar`,
    );
  });
});
