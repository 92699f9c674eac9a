import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

interface PortfolioBody {
  total: number;
  byStatus: Record<string, number>;
  homeCountryCode: string;
  rows: Array<{
    id: string;
    title: string;
    yourRole: string;
    currentStep: string | null;
    health: { score: number; components: Array<{ id: string; weight: number }> };
    partners: Array<{ name: string; countryCode: string }>;
    nextVisit: { startsOn: string; direction: string } | null;
    asymmetry: { visitsToPartner: number; visitsFromPartner: number };
  }>;
  map: Array<{ countryCode: string; name: string; partnershipCount: number }>;
}

const isoDay = (offsetDays: number) =>
  new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);
const dayFirst = (isoDate: string) => isoDate.split('-').reverse().join('/');
const csvLines = (body: string) =>
  body
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');

describe('portfolio dashboard', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let angersOfficer: TestHttpClient;
  let bamakoOfficer: TestHttpClient;
  let strangerOfficer: TestHttpClient;
  let withBamako: string;
  let angersOfficerId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(buildTestConfig(database.url));
    const dataSource = app.get(DataSource);
    const factory = new Factory(dataSource);
    const titled = async (initiator: string, user: string, partners: string[], title: string) => {
      const created = await factory.partnership(initiator, user, partners);
      await dataSource.query('UPDATE partnership SET title = $1 WHERE id = $2', [title, created.id]);
      return created;
    };
    const angers = await factory.organisation("Ville d'Angers", 'FR');
    const bamako = await factory.organisation('District de Bamako', 'ML');
    const rennes = await factory.organisation('Ville de Rennes', 'FR');
    const sendai = await factory.organisation('Ville de Sendai', 'JP');
    const angersStaff = await factory.staff(angers.id);
    const bamakoStaff = await factory.staff(bamako.id);
    const rennesStaff = await factory.staff(rennes.id);
    angersOfficerId = angersStaff.officer.id;
    angersOfficer = TestHttpClient.withSession(app, await factory.session(angersStaff.officer.id));
    bamakoOfficer = TestHttpClient.withSession(app, await factory.session(bamakoStaff.officer.id));
    strangerOfficer = TestHttpClient.withSession(app, await factory.session(rennesStaff.officer.id));
    withBamako = (await titled(angers.id, angersStaff.officer.id, [bamako.id], 'Angers – Bamako')).id;
    await titled(angers.id, angersStaff.officer.id, [sendai.id], 'Angers – Sendai');
    await titled(rennes.id, rennesStaff.officer.id, [sendai.id], 'Rennes – Sendai');
    const planned = await angersOfficer.request('POST', `/api/partnerships/${withBamako}/visits`, {
      direction: 'from_partner',
      partnerPartyId: bamako.id,
      startsOn: isoDay(20),
      endsOn: isoDay(24),
      purpose: 'Délégation de Bamako à Angers',
      agenda: [],
      delegation: [{ name: 'Aminata Traoré', partyId: bamako.id, role: 'elected' }],
      hosts: [],
      travelAdvisory: null,
    });
    expect(planned.statusCode).toBe(201);
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('lists every partnership of the authority with its step, health components and next visit', async () => {
    const response = await angersOfficer.request('GET', '/api/portfolio');
    expect(response.statusCode).toBe(200);
    const body = response.json() as PortfolioBody;
    expect(body.total).toBe(2);
    expect(body.homeCountryCode).toBe('FR');
    expect(body.rows.map((row) => row.title)).toEqual(['Angers – Bamako', 'Angers – Sendai']);
    const bamako = body.rows[0]!;
    expect(bamako).toMatchObject({
      yourRole: 'initiator',
      currentStep: 'COMMITMENT',
      partners: [{ name: 'District de Bamako', countryCode: 'ML' }],
      nextVisit: { startsOn: isoDay(20), direction: 'from_partner' },
    });
    // At step 1 only following the method is expected: the later steps' components weigh nothing yet.
    expect(bamako.health.components.map((component) => [component.id, component.weight])).toEqual([
      ['METHOD_PROGRESS', 100],
      ['DIALOGUE_REGULARITY', 0],
      ['VISIT_RECIPROCITY', 0],
      ['ACTION_BALANCE', 0],
      ['INDICATORS_CO_VALIDATED', 0],
      ['CONVENTION_IN_FORCE', 0],
      ['RELATION_STABILITY', 0],
    ]);
    expect(body.map.map((partner) => partner.countryCode).sort()).toEqual(['JP', 'ML']);
  });

  it('shows the partner authority the same partnership from its side', async () => {
    const body = (await bamakoOfficer.request('GET', '/api/portfolio')).json() as PortfolioBody;
    expect(body.rows).toHaveLength(1);
    expect(body.rows[0]).toMatchObject({ yourRole: 'partner', partners: [{ name: "Ville d'Angers" }] });
  });

  it('filters by partner country and words, and refuses an invalid filter', async () => {
    const japan = (await angersOfficer.request('GET', '/api/portfolio?country=JP')).json() as PortfolioBody;
    expect(japan.rows.map((row) => row.title)).toEqual(['Angers – Sendai']);
    const words = (await angersOfficer.request('GET', '/api/portfolio?q=bamako')).json() as PortfolioBody;
    expect(words.rows.map((row) => row.title)).toEqual(['Angers – Bamako']);
    const invalid = await angersOfficer.request('GET', '/api/portfolio?country=france&step=NOPE');
    expect(invalid.statusCode).toBe(422);
    expect(invalid.json()).toMatchObject({ code: 'REQUEST.VALIDATION_FAILED' });
  });

  it('never shows partnerships the authority is not party to', async () => {
    const body = (await strangerOfficer.request('GET', '/api/portfolio')).json() as PortfolioBody;
    expect(body.rows.map((row) => row.title)).toEqual(['Rennes – Sendai']);
  });

  it('exports the filtered table as CSV in French: French headers and values, semicolons, day-first dates', async () => {
    const response = await angersOfficer.request('GET', '/api/portfolio/csv?country=ML');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toBe('attachment; filename="portefeuille.csv"');
    expect(response.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const lines = csvLines(response.body);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^Partenariat;Statut;Rôle de votre collectivité;Étape en cours;Étapes franchies \(sur 6\);Santé \(sur 100\);Santé : suivi de la méthode;/,
    );
    expect(lines[1]).toMatch(
      /^Angers – Bamako;Actif;À l’initiative;1\. Construire l’engagement;\d;\d+;[\d,]+;/,
    );
    expect(lines[1]).toContain(';District de Bamako;Mali;');
    expect(lines[1]).toContain(`;${dayFirst(isoDay(20))};Accueil du partenaire;`);
  });

  it('exports in English when asked, and in the account’s language otherwise', async () => {
    const english = csvLines(
      (await angersOfficer.request('GET', '/api/portfolio/csv?country=ML&language=en')).body,
    );
    expect(english[0]).toMatch(/^Partnership,Status,Your authority’s role,Current step,/);
    expect(english[1]).toMatch(/^Angers – Bamako,Active,Initiator,1\. Build the commitment,/);
    expect(english[1]).toContain(`,${isoDay(20)},Hosting the partner,`);

    await app
      .get(DataSource)
      .query('UPDATE app_user SET preferred_language = $1 WHERE id = $2', ['en', angersOfficerId]);
    try {
      const response = await angersOfficer.request('GET', '/api/portfolio/csv?country=ML');
      expect(response.headers['content-disposition']).toBe('attachment; filename="portfolio.csv"');
      expect(csvLines(response.body)[0]).toMatch(/^Partnership,Status,/);
    } finally {
      await app
        .get(DataSource)
        .query('UPDATE app_user SET preferred_language = $1 WHERE id = $2', ['fr', angersOfficerId]);
    }
  });

  it('exports the same table as an Excel workbook whose cells hold texts, numbers and dates', async () => {
    const response = await angersOfficer.request('GET', '/api/portfolio/xlsx?country=ML');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers['content-disposition']).toBe('attachment; filename="portefeuille.xlsx"');
    const workbook = new Workbook();
    // exceljs types `load` with its own Buffer interface, which Node's Buffer satisfies at run time.
    await workbook.xlsx.load(response.rawPayload as unknown as Parameters<Workbook['xlsx']['load']>[0]);
    const sheet = workbook.getWorksheet('Partenariats')!;
    expect(sheet.rowCount).toBe(2);
    const cell = (header: string) => {
      const headers = (sheet.getRow(1).values as unknown[]).slice(1);
      const column = headers.indexOf(header) + 1;
      expect(column).toBeGreaterThan(0);
      return sheet.getRow(2).getCell(column);
    };
    expect(cell('Partenariat').value).toBe('Angers – Bamako');
    expect(cell('Statut').value).toBe('Actif');
    expect(cell('Rôle de votre collectivité').value).toBe('À l’initiative');
    expect(cell('Étape en cours').value).toBe('1. Construire l’engagement');
    expect(typeof cell('Étapes franchies (sur 6)').value).toBe('number');
    expect(typeof cell('Santé (sur 100)').value).toBe('number');
    expect(cell('Santé : suivi de la méthode').numFmt).toBe('0%');
    expect(cell('Partenaires').value).toBe('District de Bamako');
    expect(cell('Pays des partenaires').value).toBe('Mali');
    expect(cell('Prochaine mission, début').value).toEqual(new Date(`${isoDay(20)}T00:00:00Z`));
    expect(cell('Prochaine mission, début').numFmt).toBe('dd/mm/yyyy');
    expect(cell('Prochaine mission, sens').value).toBe('Accueil du partenaire');
    expect(cell('En sommeil').value).toBe('Non');
    expect(cell('Délégations partenaires accueillies').value).toBe(0);
    expect(cell('Points d’attention').value).toEqual(expect.any(Number));
  });

  it('refuses an export language it does not write', async () => {
    const response = await angersOfficer.request('GET', '/api/portfolio/xlsx?language=xx');
    expect(response.statusCode).toBe(422);
  });
});
