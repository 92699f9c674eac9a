import type { NestFastifyApplication } from '@nestjs/platform-fastify';
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

describe('portfolio dashboard', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let angersOfficer: TestHttpClient;
  let bamakoOfficer: TestHttpClient;
  let strangerOfficer: TestHttpClient;
  let withBamako: string;

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

  it('exports the filtered table as CSV a spreadsheet opens with its accents', async () => {
    const response = await angersOfficer.request('GET', '/api/portfolio/csv?country=ML');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain('portfolio.csv');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(
      /^title,status,your_role,current_step,steps_done,health_score,health_method_progress,health_dialogue_regularity,/,
    );
    expect(lines[1]).toMatch(/^Angers – Bamako,active,initiator,COMMITMENT,\d,/);
    expect(lines[1]).toContain('District de Bamako');
  });
});
