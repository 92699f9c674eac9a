import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { jsonResponse, renderApp, signedInAs, stubApi } from '../../test/render-app';

const ORGANISATION = {
  id: '00000000-0000-4000-8000-0000000000aa',
  name: 'Ville d’Angers',
  kind: 'commune',
  countryCode: 'FR',
  population: 157_175,
  languages: ['fr'],
  timeZone: 'Europe/Paris',
  directoryListed: true,
  directorySummary: '',
  themesOffered: [],
  themesSought: [],
  iatiIdentifier: null as string | null,
  version: 3,
};

const ISSUE = {
  partnershipId: 'p-1',
  partnershipName: 'Angers – Bamako',
  actionId: 'a-1',
  actionTitle: 'Forage du quartier Nord',
  lineId: null,
};

const WITHOUT_IDENTIFIER = {
  organisationIdentifier: null,
  standardVersion: '2.03',
  codeListsVersion: '2026-12-06',
  actionCount: 2,
  activities: [],
  issues: [
    {
      ...ISSUE,
      code: 'organisation_identifier_missing',
      blocking: false,
      partnershipId: null,
      actionId: null,
    },
    { ...ISSUE, code: 'action_sectors_missing', blocking: true },
  ],
};

const WITH_IDENTIFIER = {
  ...WITHOUT_IDENTIFIER,
  organisationIdentifier: 'FR-SIRET-21490007800012',
  activities: [
    {
      identifier: 'FR-SIRET-21490007800012-a-2',
      title: 'Chantier-école',
      budgets: 1,
      transactions: 2,
      indicators: 1,
    },
  ],
  issues: [{ ...ISSUE, code: 'action_sectors_missing', blocking: true }],
};

function iatiApi(role: 'admin' | 'viewer') {
  let file: unknown = WITHOUT_IDENTIFIER;
  let organisation = ORGANISATION;
  return stubApi(
    {
      'GET /api/iati/activity-file': async () => jsonResponse(200, file),
      'GET /api/organisation': async () => jsonResponse(200, organisation),
      'PATCH /api/organisation': async (request) => {
        const body = (await request.json()) as { iatiIdentifier: string };
        organisation = { ...organisation, iatiIdentifier: body.iatiIdentifier, version: 4 };
        file = WITH_IDENTIFIER;
        return jsonResponse(200, organisation);
      },
    },
    signedInAs(role),
  );
}

describe('the IATI file page', () => {
  it('explains why there is no file without identifier, and lets the administrator enter it', async () => {
    const api = iatiApi('admin');
    await renderApp('/organisation/iati', api);
    expect(await screen.findByText('Votre collectivité n’a pas encore d’identifiant IATI.')).toBeVisible();
    expect(screen.queryByRole('link', { name: 'Télécharger le fichier IATI (XML)' })).toBeNull();
    const issues = screen.getByRole('list', { name: 'Ce qui manque (1)' });
    expect(within(issues).getByRole('link', { name: 'Forage du quartier Nord' })).toHaveAttribute(
      'href',
      '/partenariats/p-1/actions/a-1#apd',
    );

    await userEvent.type(
      await screen.findByLabelText('Identifiant d’organisation IATI', { exact: false }),
      'FR-SIRET-21490007800012',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Enregistrer l’identifiant' }));
    expect(await screen.findByText('Identifiant IATI enregistré.')).toBeVisible();
    const [patch] = api.requestsTo('PATCH', '/api/organisation');
    expect(await patch!.json()).toEqual({ iatiIdentifier: 'FR-SIRET-21490007800012', version: 3 });
    expect(await screen.findByRole('link', { name: 'Télécharger le fichier IATI (XML)' })).toHaveAttribute(
      'href',
      '/api/iati/activity-file/xml',
    );
    expect(screen.getByText('FR-SIRET-21490007800012-a-2')).toBeVisible();
  });

  it('tells a reader who may not change the identifier who enters it', async () => {
    await renderApp('/organisation/iati', iatiApi('viewer'));
    expect(
      await screen.findByText('L’identifiant IATI de la collectivité est saisi par son administrateur.'),
    ).toBeVisible();
    expect(screen.queryByLabelText('Identifiant d’organisation IATI', { exact: false })).toBeNull();
  });
});
