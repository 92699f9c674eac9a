import { screen, within } from '@testing-library/react';
import type { Schemas } from '../../lib/api/client';
import { jsonResponse, renderApp, signedInAs, stubApi } from '../../test/render-app';

const PARTNERSHIP: Schemas['HandoverPartnershipView'] = {
  partnershipId: '00000000-0000-4000-8000-000000000001',
  name: 'Angers – Kairouan',
  status: 'active',
  form: 'decentralised_cooperation',
  since: '2024-03-01',
  partners: [{ organisationId: 'org-kairouan', name: 'Municipalité de Kairouan', country: 'TN' }],
  motivations: [],
  councilDecisions: [],
  convention: null,
  rupture: null,
  openFollowUps: [],
  nextExchanges: [],
  nextVisit: null,
  contacts: [],
  funding: [],
  grants: [
    {
      actionTitle: 'Chantier-école',
      applicantName: "Ville d'Angers",
      own: true,
      funderName: 'Programme de coopération transfrontalière',
      callName: 'Autorités locales',
      status: 'granted',
      submitBy: null,
      requestedAmount: 45_000,
      grantedAmount: 42_000,
      decidedOn: '2026-05-12',
      conditions: 'Visibilité du programme sur le chantier.',
      tranches: [
        {
          label: 'Préfinancement',
          expectedOn: '2026-06-01',
          expectedAmount: 25_200,
          receivedOn: '2026-06-09',
          receivedAmount: 25_200,
          late: false,
        },
        {
          label: 'Solde',
          expectedOn: '2026-11-01',
          expectedAmount: 16_800,
          receivedOn: null,
          receivedAmount: null,
          late: true,
        },
      ],
      reports: [
        { kind: 'interim', dueOn: '2026-10-15', submittedOn: '2026-10-10', overdue: false },
        { kind: 'final', dueOn: '2026-12-01', submittedOn: null, overdue: true },
      ],
    },
    {
      actionTitle: 'Chantier-école',
      applicantName: 'Municipalité de Kairouan',
      own: false,
      funderName: 'MEAE',
      callName: 'Jeunesse et patrimoine',
      status: 'draft',
      submitBy: '2026-12-17',
      requestedAmount: 15_000,
      grantedAmount: null,
      decidedOn: null,
      conditions: '',
      tranches: [],
      reports: [],
    },
  ],
  health: { score: 72, components: [], warnings: [] },
};

function dossierApi() {
  return stubApi(
    {
      'GET /api/handover-dossier': async () =>
        jsonResponse(200, {
          authority: {
            name: "Ville d'Angers",
            kind: 'municipality',
            countryCode: 'FR',
            population: 157_175,
            contacts: {
              elected: { name: null, title: null, email: null },
              officer: { name: null, title: null, email: null },
              phone: null,
            },
          },
          asOf: '2026-12-07',
          partnerships: [PARTNERSHIP],
        }),
    },
    signedInAs('officer'),
  );
}

describe('the handover dossier page', () => {
  it('lists what each funder expects: conditions, tranches received or late, reports sent or overdue', async () => {
    await renderApp('/organisation/dossier-de-passation', dossierApi());
    const entry = await screen.findByRole('region', { name: 'Angers – Kairouan' });
    expect(within(entry).getByRole('heading', { name: 'Obligations envers les financeurs' })).toBeVisible();
    expect(
      within(entry)
        .getByText(/Programme de coopération transfrontalière/)
        .closest('li'),
    ).toHaveTextContent(/accordée : 42\s000,00\s€, décidée le 12 mai 2026/);
    expect(within(entry).getByText('Conditions : Visibilité du programme sur le chantier.')).toBeVisible();
    expect(
      within(entry).getByText(
        /Tranche « Préfinancement » : 25\s200,00\s€ attendue le 1(er)? juin 2026, reçue le 9 juin 2026/,
      ),
    ).toBeVisible();
    expect(within(entry).getByText(/Tranche « Solde » .* pas encore reçue \(en retard\)/)).toBeVisible();
    expect(
      within(entry).getByText('Rapport intermédiaire dû le 15 octobre 2026, envoyé le 10 octobre 2026'),
    ).toBeVisible();
    expect(
      within(entry).getByText(/Rapport final dû le 1(er)? décembre 2026, pas encore envoyé \(en retard\)/),
    ).toBeVisible();
    expect(within(entry).getByText(/MEAE/).closest('li')).toHaveTextContent(
      /\(demande de Municipalité de Kairouan\) — brouillon, 15\s000,00\s€ demandés, à déposer au plus tard le 17 décembre 2026/,
    );
  });

  it('downloads the PDF in the reader’s language, Spanish for a Spanish reader', async () => {
    await renderApp('/organisation/dossier-de-passation', dossierApi(), 'es');
    expect(await screen.findByRole('link', { name: 'Descargar el PDF' })).toHaveAttribute(
      'href',
      '/api/handover-dossier/pdf?language=es',
    );
  });
});
