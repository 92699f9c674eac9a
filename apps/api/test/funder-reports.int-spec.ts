import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Workbook, type Worksheet } from 'exceljs';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';
import { readPdf } from '../src/common/pdf/pdf-reading.test-helpers';
import type { OrganisationEntity } from '../src/organisations/organisation.entity';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { SetClock } from './support/set-clock';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

const ACTION_TITLE = 'Forage et château d’eau de Kati';

/**
 * Funder reports end to end: an action of Angers funded through two calls — the ministry's granted, with
 * tranches and reports, the EU's refused —, its log and its indicator measured by the partner; the report's
 * figures read back from the XLSX (exceljs) and from the PDF's text (poppler), in French and in English.
 */
describe('funder reports', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  const clock = new SetClock(new Date('2031-01-10T10:00:00Z'));
  let angers: OrganisationEntity;
  let bamako: OrganisationEntity;
  let angersOfficer: TestHttpClient;
  let bamakoOfficer: TestHttpClient;
  /** An officer of Angers whose account reads Portuguese. */
  let portugueseOfficer: TestHttpClient;
  let stranger: TestHttpClient;
  let partnershipId: string;
  let grantedId: string;
  let refusedId: string;

  const url = (path: string) => `/api/partnerships/${partnershipId}${path}`;
  const reportUrl = (applicationId: string, query: string) =>
    url(`/funding-applications/${applicationId}/report?${query}`);

  async function ok(
    client: TestHttpClient,
    method: 'POST' | 'PUT',
    path: string,
    body: unknown,
    status = method === 'POST' ? 201 : 200,
  ): Promise<Record<string, unknown> & { id: string; version: number }> {
    const response = await client.request(method, url(path), body);
    expect([response.statusCode, response.json().code]).toEqual([status, undefined]);
    return response.json();
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    const config = buildTestConfig(database.url);
    app = await startTestApp(config, AppModule.forRoot(config, { clock }));
    const factory = new Factory(app.get(DataSource));
    angers = await factory.organisation("Ville d'Angers");
    bamako = await factory.organisation('Cercle de Kati', 'ML');
    const rennes = await factory.organisation('Ville de Rennes');
    const angersStaff = await factory.staff(angers.id);
    angersOfficer = TestHttpClient.withSession(app, await factory.session(angersStaff.officer.id));
    portugueseOfficer = TestHttpClient.withSession(
      app,
      await factory.session((await factory.user(angers.id, 'officer', { preferredLanguage: 'pt' })).id),
    );
    bamakoOfficer = TestHttpClient.withSession(
      app,
      await factory.session((await factory.user(bamako.id, 'officer')).id),
    );
    stranger = TestHttpClient.withSession(
      app,
      await factory.session((await factory.user(rennes.id, 'officer')).id),
    );
    partnershipId = (await factory.partnership(angers.id, angersStaff.officer.id, [bamako.id])).id;

    const created = await ok(angersOfficer, 'POST', '/actions', {
      title: ACTION_TITLE,
      themes: ['water_sanitation'],
      sdgs: [6],
      locatedIn: [bamako.id],
      operators: [],
      priority: 'high',
      startsOn: '2031-01-05',
      endsOn: '2032-12-31',
    });
    const action = created.action as { id: string };
    const actionId = action.id;
    await ok(angersOfficer, 'PUT', `/actions/${actionId}/description`, {
      version: created.version,
      description: 'Un forage et un château d’eau pour trois quartiers',
      objectives: 'L’eau potable pour 2 000 ménages',
      sectors: [{ code: '14031', percentage: 100 }],
      markers: {},
    });
    for (const line of [
      {
        funder: 'own_budget',
        funderName: 'Ville d’Angers',
        amount: 25_000,
        currency: 'EUR',
        status: 'granted',
        committedAmount: 20_000,
        committedOn: '2031-01-08',
        paidAmount: 5_000,
        paidOn: '2031-01-09',
      },
      {
        funder: 'ministry_call',
        funderName: 'MEAE — DAECT',
        partyId: null,
        amount: 15_000,
        currency: 'EUR',
        status: 'granted',
      },
      // The partner's own share, in CFA francs at the peg: 10,000 euros.
      {
        funder: 'own_budget',
        funderName: 'Cercle de Kati',
        partyId: bamako.id,
        amount: 6_559_570,
        currency: 'XOF',
        eurRate: 655.957,
        status: 'granted',
      },
    ])
      await ok(angersOfficer, 'POST', `/actions/${actionId}/budget-lines`, line);

    const proposed = await ok(angersOfficer, 'POST', `/actions/${actionId}/indicators`, {
      name: 'Ménages raccordés',
      unit: 'ménages',
      baseline: 0,
      target: 400,
      plan: {
        kind: 'level',
        frequency: 'half_yearly',
        periods: [
          { startsOn: '2031-01-01', endsOn: '2031-06-30', target: 100, baseline: null },
          { startsOn: '2031-07-01', endsOn: '2031-12-31', target: 250, baseline: null },
        ],
        disaggregations: [],
      },
    });
    const indicator = (proposed.action as { indicators: Array<{ id: string; version: number }> })
      .indicators[0]!;
    await ok(
      bamakoOfficer,
      'POST',
      `/actions/${actionId}/indicators/${indicator.id}/validation`,
      {
        version: indicator.version,
      },
      200,
    );

    const call = async (body: Record<string, unknown>) => {
      const response = await angersOfficer.request('POST', '/api/funding-calls', body);
      expect(response.statusCode).toBe(201);
      return response.json().id as string;
    };
    const ministryCall = await call({
      funder: 'ministry_call',
      funderName: 'MEAE — DAECT',
      name: 'Appel à projets 2031',
      opensOn: '2031-01-01',
      closesOn: '2031-01-31',
      rules: [],
    });
    const euCall = await call({
      funder: 'european_union',
      funderName: 'Union européenne',
      name: 'Autorités locales 2031',
      opensOn: '2031-01-01',
      closesOn: '2031-03-15',
      rules: [],
    });
    clock.set(new Date('2031-01-20T10:00:00Z'));
    const apply = async (callId: string, requestedAmount: number) => {
      const drafted = await ok(angersOfficer, 'POST', `/actions/${actionId}/funding-applications`, {
        callId,
        requestedAmount,
        staffTimeAmount: 0,
      });
      return ok(
        angersOfficer,
        'POST',
        `/funding-applications/${drafted.id}/submission`,
        {
          version: drafted.version,
          on: '2031-01-20',
        },
        200,
      );
    };
    const ministry = await apply(ministryCall, 15_000);
    const eu = await apply(euCall, 30_000);
    grantedId = ministry.id;
    refusedId = eu.id;

    clock.set(new Date('2031-02-15T10:00:00Z'));
    await ok(angersOfficer, 'POST', `/actions/${actionId}/log`, {
      kind: 'mission',
      text: 'Étude hydrogéologique avec les techniciens du cercle',
      attachmentIds: [],
    });
    clock.set(new Date('2031-04-02T10:00:00Z'));
    await ok(
      angersOfficer,
      'POST',
      `/funding-applications/${ministry.id}/decision`,
      {
        version: ministry.version,
        outcome: 'granted',
        on: '2031-03-01',
        grantedAmount: 15_000,
        conditions: 'Rapport intermédiaire avant le 30 juin',
      },
      200,
    );
    await ok(
      angersOfficer,
      'POST',
      `/funding-applications/${eu.id}/decision`,
      {
        version: eu.version,
        outcome: 'refused',
        on: '2031-04-01',
        conditions: 'Hors des priorités géographiques',
      },
      200,
    );
    const advance = await ok(angersOfficer, 'POST', `/funding-applications/${ministry.id}/tranches`, {
      label: 'Avance',
      expectedOn: '2031-03-15',
      expectedAmount: 9_000,
    });
    await ok(angersOfficer, 'POST', `/funding-applications/${ministry.id}/tranches`, {
      label: 'Solde',
      expectedOn: '2032-01-15',
      expectedAmount: 6_000,
    });
    await ok(angersOfficer, 'PUT', `/funding-applications/${ministry.id}/tranches/${advance.id}/receipt`, {
      version: advance.version,
      on: '2031-03-20',
      amount: 9_000,
    });
    await ok(angersOfficer, 'POST', `/funding-applications/${ministry.id}/reports`, {
      kind: 'interim',
      dueOn: '2031-06-30',
    });
    await ok(angersOfficer, 'POST', `/funding-applications/${ministry.id}/reports`, {
      kind: 'final',
      dueOn: '2033-03-31',
    });

    clock.set(new Date('2031-05-10T10:00:00Z'));
    const measurements = `/actions/${actionId}/indicators/${indicator.id}/measurements`;
    await ok(bamakoOfficer, 'POST', measurements, { on: '2031-05-01', value: 80, unit: 'ménages' });
    await ok(angersOfficer, 'POST', `/actions/${actionId}/log`, {
      kind: 'delivery',
      text: 'Livraison de la pompe immergée',
      attachmentIds: [],
    });
    clock.set(new Date('2031-06-20T10:00:00Z'));
    await ok(bamakoOfficer, 'POST', measurements, { on: '2031-06-15', value: 120, unit: 'ménages' });
    // Written after the interim report's due date: its period ends there, the July entry is left out.
    clock.set(new Date('2031-07-08T10:00:00Z'));
    await ok(angersOfficer, 'POST', `/actions/${actionId}/log`, {
      kind: 'meeting',
      text: 'Comité de pilotage de juillet',
      attachmentIds: [],
    });
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  async function workbookOf(client: TestHttpClient, query: string): Promise<Workbook> {
    const response = await client.request('GET', reportUrl(grantedId, query));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    const workbook = new Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    return workbook;
  }

  /** The rows of a sheet under its header, as plain values (exceljs numbers its cells from 1). */
  function rowsOf(sheet: Worksheet): unknown[][] {
    const rows: unknown[][] = [];
    sheet.eachRow((row, number) => {
      if (number > 1) rows.push((row.values as unknown[]).slice(1));
    });
    return rows;
  }

  function summaryOf(workbook: Workbook, sheetName: string): Map<string, unknown> {
    return new Map(rowsOf(workbook.getWorksheet(sheetName)!).map((row) => [row[0] as string, row[1]]));
  }

  async function pdfText(client: TestHttpClient, query: string): Promise<string> {
    const response = await client.request('GET', reportUrl(grantedId, query));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    // Spaces of any width (French thousands, no-break before a colon) read as one space.
    return readPdf(response.rawPayload).text.replace(/\s+/g, ' ');
  }

  it('writes the interim report as a French workbook whose figures are the records’', async () => {
    const workbook = await workbookOf(angersOfficer, 'kind=interim&format=xlsx&language=fr');
    const summary = summaryOf(workbook, 'Rapport');
    expect(summary.get('Rapport')).toBe('Rapport intermédiaire au financeur');
    expect(summary.get('Action')).toBe(ACTION_TITLE);
    expect([summary.get('Début'), summary.get('Fin'), summary.get('Attendu le')]).toEqual([
      '2031-01-05',
      '2031-06-30',
      '2031-06-30',
    ]);
    expect(summary.get('Demandé (€)')).toBe(15_000);
    expect(summary.get('Accordé (€)')).toBe(15_000);
    expect(summary.get('Reçu en tranches (€)')).toBe(9_000);
    expect(summary.get('Part')).toBe(0.3);
    // Other granted funds (25,000 of Angers, 10,000 of the partner in euros) per euro the ministry granted.
    expect(summary.get('Effet de levier')).toBeCloseTo(35_000 / 15_000, 10);
    expect(summary.get('Refusé (non compté) (€)')).toBe(30_000);
    expect(summary.get('Demandé, décision attendue (non compté) (€)')).toBe(0);

    expect(rowsOf(workbook.getWorksheet('Indicateurs')!)).toEqual(
      [
        [
          'Ménages raccordés',
          'ménages',
          null,
          new Date('2031-01-01'),
          new Date('2031-06-30'),
          0,
          100,
          120,
          1.2,
        ],
        [
          'Ménages raccordés',
          'ménages',
          null,
          new Date('2031-07-01'),
          new Date('2031-12-31'),
          0,
          250,
          null,
          null,
        ],
        ['Ménages raccordés', 'ménages', 'Ensemble de l’action', null, null, 0, 400, 120, 0.3],
      ].map((row) => row.map((cell) => (cell === null ? undefined : cell))),
    );

    const lines = rowsOf(workbook.getWorksheet('Budget par ligne')!);
    expect(lines).toContainEqual([
      'Budget propre de Cercle de Kati',
      'Accordé',
      'XOF',
      6_559_570,
      0,
      0,
      655.957,
      10_000,
      0,
      0,
    ]);
    const byFunder = rowsOf(workbook.getWorksheet('Budget par financeur')!);
    expect(byFunder.at(-1)).toEqual([
      'Total en euros',
      50_000,
      20_000,
      5_000,
      50_000,
      undefined,
      undefined,
      0,
    ]);

    const applications = rowsOf(workbook.getWorksheet('Demandes')!);
    expect(applications.map((row) => [row[0], row[2], row[3], row[4] ?? null, row[8] ?? null])).toEqual([
      ['Appel à projets 2031', 'Accordée', 15_000, 15_000, '✓'],
      ['Autorités locales 2031', 'Refusée', 30_000, null, null],
    ]);
    expect(rowsOf(workbook.getWorksheet('Tranches')!).map((row) => [row[0], row[2], row[4] ?? null])).toEqual(
      [
        ['Avance', 9_000, 9_000],
        ['Solde', 6_000, null],
      ],
    );
    const activities = rowsOf(workbook.getWorksheet('Activités')!).map((row) => row[4]);
    expect(activities).toEqual([
      'Étude hydrogéologique avec les techniciens du cercle',
      'Livraison de la pompe immergée',
    ]);
  });

  it('prints the same figures in the French PDF, the refused request apart', async () => {
    const text = await pdfText(angersOfficer, 'kind=interim&format=pdf&language=fr');
    expect(text).toContain('RAPPORT INTERMÉDIAIRE AU FINANCEUR');
    expect(text).toContain(ACTION_TITLE);
    expect(text).toContain('Période du 5 janvier 2031 au 30 juin 2031');
    expect(text).toContain('Accordé : 15 000,00 €');
    expect(text).toContain('Référence 0, Cible 100, Réalisé 120');
    expect(text).toContain('Cible 250, Réalisé non mesuré');
    expect(text).toContain('Livraison de la pompe immergée');
    expect(text).not.toContain('Comité de pilotage de juillet');
    expect(text).toContain('MEAE — DAECT : Part 30 %, Effet de levier 2,33');
    expect(text).toContain('Refusé (non compté) : 30 000,00 €');
    expect(text).toContain('Autorités locales 2031 (Union européenne — Union européenne) : Refusée');
    expect(text).toContain('Taux pour 1 € 655,957 : Prévu 10 000,00 €');
    expect(text).toContain('Budget propre de Cercle de Kati — Accordé : Prévu 6 559 570 F CFA');
  });

  it('prints the final report in English in the ministry’s layout, for either party', async () => {
    const text = await pdfText(bamakoOfficer, 'kind=final&format=pdf&language=en&layout=daect');
    expect(text).toContain('FINAL TECHNICAL AND FINANCIAL REPORT');
    expect(text).toContain('Period from 5 January 2031 to 8 July 2031');
    expect(text).toContain('4. Effects here and there');
    expect(text).toContain('Baseline 0, Target 100, Actual 120');
    expect(text).toContain('Comité de pilotage de juillet');
    expect(text).toContain('MEAE — DAECT: Share 30%, Leverage 2.33');
    expect(text).toContain('Refused (not counted): €30,000.00');

    const workbook = await workbookOf(bamakoOfficer, 'kind=final&format=xlsx&language=en&layout=daect');
    const summary = summaryOf(workbook, 'Report');
    expect(summary.get('Report')).toBe('Final technical and financial report');
    expect(summary.get('Granted (€)')).toBe(15_000);
    expect(summary.get('Refused (not counted) (€)')).toBe(30_000);
  });

  it('writes the report in the account’s language when none is asked', async () => {
    const response = await portugueseOfficer.request('GET', reportUrl(grantedId, 'kind=interim&format=pdf'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toContain('relatorio-intercalar');
    expect(readPdf(response.rawPayload).text.replace(/\s+/g, ' ')).toMatch(
      /relatório intercalar ao financiador/i,
    );
  });

  it('prints the Arabic report right to left, its title on the right margin', async () => {
    const response = await bamakoOfficer.request(
      'GET',
      reportUrl(grantedId, 'kind=interim&format=pdf&language=ar'),
    );
    expect(response.statusCode).toBe(200);
    const { text, firstPage } = readPdf(response.rawPayload);
    const flat = text.replace(/\s+/g, ' ');
    // The grant's heading, and its amounts in Latin digits (ar-u-nu-latn).
    expect(flat).toContain('المنحة');
    expect(flat).toContain('15,000.00');
    // The first line (the report's title, at 72 dpi from the 50-point margin) ends on the right margin and
    // leaves the left half of the page blank.
    const ink = (fromColumn: number, toColumn: number) => {
      let count = 0;
      for (let row = 50; row < 64; row += 1)
        for (let column = fromColumn; column < toColumn; column += 1)
          if (firstPage.pixels[row * firstPage.width + column]! < 128) count += 1;
      return count;
    };
    expect(ink(firstPage.width - 50 - 20, firstPage.width - 48)).toBeGreaterThan(0);
    expect(ink(0, Math.round(firstPage.width / 2))).toBe(0);
  });

  it('answers a bad query, a refused application and an unrelated authority as problems', async () => {
    for (const query of [
      'kind=yearly&format=pdf',
      'kind=final&format=docx',
      'format=pdf',
      'kind=final&format=pdf&layout=eu',
    ]) {
      const response = await angersOfficer.request('GET', reportUrl(grantedId, query));
      expect([response.statusCode, response.headers['content-type'], response.json().code]).toEqual([
        422,
        'application/problem+json; charset=utf-8',
        'REQUEST.VALIDATION_FAILED',
      ]);
    }
    const refused = await angersOfficer.request('GET', reportUrl(refusedId, 'kind=final&format=pdf'));
    expect([refused.statusCode, refused.json().code]).toEqual([409, 'FUNDING.NOT_GRANTED']);
    const outsider = await stranger.request('GET', reportUrl(grantedId, 'kind=final&format=pdf'));
    expect([outsider.statusCode, outsider.json().code]).toEqual([404, 'RESOURCE.NOT_FOUND']);
  });
});
