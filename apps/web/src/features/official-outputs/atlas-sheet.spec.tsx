import { screen } from '@testing-library/react';
import type { Schemas } from '../../lib/api/client';
import { jsonResponse, renderApp, signedInAs, stubApi } from '../../test/render-app';

const SHEET: Schemas['AtlasSheetView'] = {
  authority: {
    name: "Ville d'Angers",
    kind: 'commune',
    countryCode: 'FR',
    population: 157_175,
    contacts: {
      elected: { name: 'Hélène Marchais', title: 'Adjointe aux relations internationales', email: null },
      officer: { name: null, title: null, email: null },
      phone: null,
    },
  },
  missingContacts: [],
  projects: [],
};

describe('the atlas sheet page', () => {
  it('exports the sheet in the reader’s language, Portuguese for a Portuguese reader', async () => {
    const api = stubApi(
      { 'GET /api/atlas-sheet': async () => jsonResponse(200, SHEET) },
      signedInAs('officer'),
    );
    await renderApp('/organisation/fiche-atlas', api, 'pt');
    expect(await screen.findByRole('link', { name: 'Livro XLSX' })).toHaveAttribute(
      'href',
      '/api/atlas-sheet/export?format=xlsx&language=pt',
    );
    expect(screen.getByRole('link', { name: 'Fichas de projeto (CSV)' })).toHaveAttribute(
      'href',
      '/api/atlas-sheet/export?format=csv&language=pt&part=projects',
    );
    expect(screen.getByRole('link', { name: 'Contactos (CSV)' })).toHaveAttribute(
      'href',
      '/api/atlas-sheet/export?format=csv&language=pt&part=contacts',
    );
  });
});
