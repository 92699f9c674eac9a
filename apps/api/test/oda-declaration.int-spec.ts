import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Workbook } from 'exceljs';
import { DataSource } from 'typeorm';
import type { OrganisationEntity } from '../src/organisations/organisation.entity';
import type { UserEntity } from '../src/users/user.entity';
import type { UserRole } from '../src/users/user-role';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

interface LineBody {
  id: string;
  version: number;
  currency: string;
  eurRate: number | null;
  channel: string | null;
  paidAmount: number | null;
  paidOn: string | null;
}
interface DetailBody {
  version: number;
  action: { id: string; budget: LineBody[]; description: string; sectors: unknown[] };
}
interface Subtotal {
  key: string | null;
  amount: number;
}
interface DeclarationBody {
  year: number;
  total: number;
  rows: Array<{
    actionId: string;
    partnershipName: string;
    actionTitle: string;
    paidOn: string;
    country: string | null;
    odaEligible: boolean | null;
    channel: string | null;
    sectorCode: string | null;
    amount: number;
    markers: Record<string, number>;
  }>;
  byCountry: Subtotal[];
  byChannel: Subtotal[];
  bySector: Subtotal[];
  issues: Array<{ code: string; actionId: string; lineId: string | null; country: string | null }>;
}

const ALL_MARKERS = {
  gender: 1,
  environment: 2,
  biodiversity: 0,
  climate_mitigation: 0,
  climate_adaptation: 1,
  desertification: 0,
  nutrition: 0,
  disability: 0,
};

/** A line's euro value as the declaration must count it: its paid amount at its own rate, to the cent. */
const euroCents = (amount: number, rate: number) => Math.round((amount * 100) / rate);
const byKey = (subtotals: Subtotal[]) =>
  Object.fromEntries(subtotals.map((subtotal) => [String(subtotal.key), subtotal.amount]));

describe('the annual ODA declaration', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let factory: Factory;
  let angers: OrganisationEntity;
  let bamako: OrganisationEntity;
  let rabat: OrganisationEntity;
  let angersStaff: Record<UserRole, UserEntity>;
  let officer: TestHttpClient;
  let bamakoOfficer: TestHttpClient;
  /** Every own-budget line of Angers paid, as the test created it: the truth the totals must match. */
  const paid: Array<{ year: number; country: string | null; cents: number }> = [];
  let undescribedActionId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(buildTestConfig(database.url));
    factory = new Factory(app.get(DataSource));
    angers = await factory.organisation("Ville d'Angers");
    bamako = await factory.organisation('District de Bamako', 'ML');
    rabat = await factory.organisation('Commune de Rabat', 'MA');
    angersStaff = await factory.staff(angers.id);
    const bamakoStaff = await factory.staff(bamako.id);
    officer = TestHttpClient.withSession(app, await factory.session(angersStaff.officer.id));
    bamakoOfficer = TestHttpClient.withSession(app, await factory.session(bamakoStaff.officer.id));
    await buildTwoYearsOfActions();
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  async function send(
    client: TestHttpClient,
    method: 'POST' | 'PUT',
    url: string,
    body: Record<string, unknown>,
    status = method === 'POST' ? 201 : 200,
  ): Promise<DetailBody> {
    const response = await client.request(method, url, body);
    expect(response.statusCode).toBe(status);
    return response.json();
  }

  async function action(partnershipId: string, partnerId: string, locatedIn: string[]): Promise<string> {
    const created = await send(officer, 'POST', `/api/partnerships/${partnershipId}/actions`, {
      title: `Action ${locatedIn.length}`,
      themes: ['water_sanitation'],
      sdgs: [6],
      locatedIn,
      operators: [{ name: 'Régie', partyId: partnerId }],
      priority: 'medium',
      startsOn: '2025-01-01',
      endsOn: '2026-12-31',
    });
    return created.action.id;
  }

  async function ownLine(
    partnershipId: string,
    actionId: string,
    line: Record<string, unknown>,
    client = officer,
  ): Promise<LineBody> {
    const detail = await send(
      client,
      'POST',
      `/api/partnerships/${partnershipId}/actions/${actionId}/budget-lines`,
      { funder: 'own_budget', funderName: 'Budget propre', status: 'granted', ...line },
    );
    return detail.action.budget.at(-1)!;
  }

  async function buildTwoYearsOfActions(): Promise<void> {
    const withBamako = (await factory.partnership(angers.id, angersStaff.officer.id, [bamako.id])).id;
    const withRabat = (await factory.partnership(angers.id, angersStaff.officer.id, [rabat.id])).id;
    const water = await action(withBamako, bamako.id, [bamako.id]);
    const read = await send(officer, 'PUT', `/api/partnerships/${withBamako}/actions/${water}/description`, {
      version: 1,
      description: 'Forages et bornes-fontaines',
      objectives: 'L’eau potable pour trois quartiers',
      sectors: [
        { code: '14031', percentage: 60 },
        { code: '15112', percentage: 40 },
      ],
      markers: ALL_MARKERS,
    });
    expect(read.action.sectors).toHaveLength(2);

    // 2025: euros directly, CFA francs through an NGO at the pegged rate the line records by itself.
    await ownLine(withBamako, water, {
      amount: 10_000,
      currency: 'EUR',
      paidAmount: 10_000,
      paidOn: '2025-03-10',
    });
    paid.push({ year: 2025, country: 'ML', cents: euroCents(10_000, 1) });
    const xof = await ownLine(withBamako, water, {
      amount: 3_279_785,
      currency: 'XOF',
      channel: 'civil_society',
      paidAmount: 3_279_785,
      paidOn: '2025-11-02',
    });
    expect(xof.eurRate).toBe(655.957);
    paid.push({ year: 2025, country: 'ML', cents: euroCents(3_279_785, 655.957) });
    // 2026: CFA francs again, and a euro line whose payment is stated later, under the line's version.
    await ownLine(withBamako, water, {
      amount: 1_000_000,
      currency: 'XOF',
      paidAmount: 1_000_000,
      paidOn: '2026-02-01',
    });
    paid.push({ year: 2026, country: 'ML', cents: euroCents(1_000_000, 655.957) });
    const later = await ownLine(withBamako, water, { amount: 7_500.55, currency: 'EUR' });
    await send(officer, 'PUT', `/api/partnerships/${withBamako}/actions/${water}/budget-lines/${later.id}`, {
      version: later.version,
      channel: 'direct',
      eurRate: 1,
      periodStartsOn: '2026-01-01',
      periodEndsOn: '2026-12-31',
      committedAmount: 7_500.55,
      committedOn: '2026-01-15',
      paidAmount: 7_500.55,
      paidOn: '2026-06-30',
    });
    paid.push({ year: 2026, country: 'ML', cents: euroCents(7_500.55, 1) });
    // Not Angers' ODA: a ministry grant, and Bamako's own budget.
    await send(officer, 'POST', `/api/partnerships/${withBamako}/actions/${water}/budget-lines`, {
      funder: 'ministry_call',
      funderName: 'MEAE',
      amount: 20_000,
      currency: 'EUR',
      status: 'granted',
      paidAmount: 20_000,
      paidOn: '2025-05-05',
    });
    await ownLine(
      withBamako,
      water,
      { amount: 50_000, currency: 'XOF', paidAmount: 50_000, paidOn: '2025-05-05' },
      bamakoOfficer,
    );
    // Planned for 2026 and not paid: the review asks for its payment.
    await ownLine(withBamako, water, {
      amount: 2_000,
      currency: 'EUR',
      periodStartsOn: '2026-01-01',
      periodEndsOn: '2026-12-31',
    });

    // With Rabat: dirhams at the rate recorded on the line, and awareness raising in Angers itself.
    const market = await action(withRabat, rabat.id, [rabat.id]);
    await ownLine(withRabat, market, {
      amount: 21_500,
      currency: 'MAD',
      eurRate: 10.75,
      paidAmount: 21_500,
      paidOn: '2026-03-01',
    });
    paid.push({ year: 2026, country: 'MA', cents: euroCents(21_500, 10.75) });
    undescribedActionId = await action(withRabat, rabat.id, [angers.id]);
    await ownLine(withRabat, undescribedActionId, {
      amount: 800,
      currency: 'EUR',
      paidAmount: 800,
      paidOn: '2026-09-01',
    });
    paid.push({ year: 2026, country: null, cents: euroCents(800, 1) });
  }

  async function declaration(year: number): Promise<DeclarationBody> {
    const response = await officer.request('GET', `/api/oda/declarations/${year}`);
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  it.each([2025, 2026])(
    'reconciles %i with the budget lines paid that year, in total and by country',
    async (year) => {
      const body = await declaration(year);
      const lines = paid.filter((line) => line.year === year);
      const totalCents = lines.reduce((sum, line) => sum + line.cents, 0);
      expect(Math.round(body.total * 100)).toBe(totalCents);
      expect(Math.round(body.rows.reduce((sum, row) => sum + row.amount * 100, 0))).toBe(totalCents);
      const countries = new Map<string, number>();
      for (const line of lines)
        countries.set(String(line.country), (countries.get(String(line.country)) ?? 0) + line.cents);
      expect(byKey(body.byCountry)).toEqual(
        Object.fromEntries([...countries].map(([country, cents]) => [country, cents / 100])),
      );
      expect(body.byChannel.reduce((sum, subtotal) => sum + Math.round(subtotal.amount * 100), 0)).toBe(
        totalCents,
      );
      expect(body.bySector.reduce((sum, subtotal) => sum + Math.round(subtotal.amount * 100), 0)).toBe(
        totalCents,
      );
    },
  );

  it('splits by channel and by sector as the lines and the action say', async () => {
    const body2025 = await declaration(2025);
    expect(body2025.total).toBe(15_000);
    expect(byKey(body2025.byChannel)).toEqual({ direct: 10_000, civil_society: 5_000 });
    expect(byKey(body2025.bySector)).toEqual({ '14031': 9_000, '15112': 6_000 });
    expect(body2025.rows.every((row) => row.odaEligible === true && row.markers.environment === 2)).toBe(
      true,
    );
    expect(body2025.issues).toEqual([]);
    const body2026 = await declaration(2026);
    expect(body2026.total).toBe(1_524.49 + 7_500.55 + 2_000 + 800);
  });

  it('lists what is missing, each with the action (and line) that fixes it', async () => {
    const body = await declaration(2026);
    const codes = body.issues.map((issue) => issue.code).sort();
    expect(codes).toEqual([
      'action_description_missing',
      'action_description_missing',
      'action_markers_missing',
      'action_markers_missing',
      'action_objectives_missing',
      'action_objectives_missing',
      'action_sectors_missing',
      'action_sectors_missing',
      'line_payment_missing',
    ]);
    expect(body.issues.some((issue) => issue.actionId === undescribedActionId)).toBe(true);
  });

  it('exports the declaration as XLSX, cell by cell as the review shows it', async () => {
    const body = await declaration(2025);
    const response = await officer.request(
      'GET',
      '/api/oda/declarations/2025/export?format=xlsx&language=fr',
    );
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-disposition']).toBe('attachment; filename="declaration-apd-2025.xlsx"');
    const workbook = new Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Déclaration APD 2025');
    const header = sheet.getRow(1).values as unknown[];
    expect(header.slice(1, 12)).toEqual([
      'Année',
      'Partenariat',
      'Action',
      'Date du versement',
      'Pays bénéficiaire',
      'Code pays (ISO)',
      'Éligible APD',
      'Canal',
      'Code CAD',
      'Secteur CAD',
      'Montant versé (EUR)',
    ]);
    expect(sheet.rowCount).toBe(body.rows.length + 1);
    body.rows.forEach((row, index) => {
      const cells = sheet.getRow(index + 2);
      expect(cells.getCell(1).value).toBe(2025);
      expect(cells.getCell(2).value).toBe(row.partnershipName);
      expect(cells.getCell(3).value).toBe(row.actionTitle);
      expect(cells.getCell(4).value).toEqual(new Date(`${row.paidOn}T00:00:00Z`));
      expect(cells.getCell(5).value).toBe('Mali');
      expect(cells.getCell(6).value).toBe(row.country);
      expect(cells.getCell(7).value).toBe('oui');
      expect(cells.getCell(8).value).toBe(
        row.channel === 'direct' ? 'Directe (collectivité)' : 'Association / ONG',
      );
      expect(cells.getCell(9).value).toBe(row.sectorCode);
      expect(cells.getCell(10).value).toBe(
        row.sectorCode === '14031'
          ? 'Approvisionnement en eau potable – dispositifs de base'
          : 'Décentralisation et soutien aux administrations infranationales',
      );
      expect(cells.getCell(11).value).toBe(row.amount);
      expect(cells.getCell(12).value).toBe(1);
      expect(cells.getCell(13).value).toBe(2);
    });
    const amounts = body.rows.map((_, index) => Number(sheet.getRow(index + 2).getCell(11).value));
    expect(Math.round(amounts.reduce((sum, amount) => sum + amount * 100, 0))).toBe(1_500_000);
  });

  it('exports the declaration as CSV in the language asked', async () => {
    const response = await officer.request('GET', '/api/oda/declarations/2026/export?format=csv&language=en');
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const lines = response.body
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toContain('Amount paid (EUR)');
    expect(lines).toHaveLength((await declaration(2026)).rows.length + 1);
    expect(response.body).toContain('Not allocable by country');
  });

  it('exports in the account’s language when none is asked, the DAC sectors named in English for Spanish', async () => {
    const rows = (await declaration(2025)).rows;
    expect(rows.some((row) => row.sectorCode === '14031')).toBe(true);
    const setLanguage = (language: string) =>
      factory.dataSource.query('UPDATE app_user SET preferred_language = $1 WHERE id = $2', [
        language,
        angersStaff.officer.id,
      ]);
    await setLanguage('es');
    try {
      const response = await officer.request('GET', '/api/oda/declarations/2025/export?format=csv');
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-disposition']).toBe('attachment; filename="declaracion-aod-2025.csv"');
      expect(response.body).toContain('Importe desembolsado (EUR)');
      expect(response.body).toContain('Basic drinking water supply');
      expect(response.body).not.toContain('Approvisionnement en eau potable');
    } finally {
      await setLanguage('fr');
    }
  });

  it('refuses sectors that do not sum to 100 or are not DAC purpose codes', async () => {
    const partnershipId = (await factory.partnership(angers.id, angersStaff.officer.id, [bamako.id])).id;
    const actionId = await action(partnershipId, bamako.id, [bamako.id]);
    const url = `/api/partnerships/${partnershipId}/actions/${actionId}/description`;
    const describe = (sectors: unknown[]) =>
      officer.request('PUT', url, { version: 1, description: '', objectives: '', sectors, markers: {} });
    const notHundred = await describe([{ code: '14031', percentage: 50 }]);
    expect(notHundred.statusCode).toBe(422);
    expect(notHundred.json().code).toBe('ODA.SECTORS_NOT_100');
    const unknown = await describe([{ code: '99999', percentage: 100 }]);
    expect(unknown.json().code).toBe('ODA.UNKNOWN_SECTOR');
    // Markers left out are not scored yet, not refused.
    const partly = await officer.request('PUT', url, {
      version: 1,
      description: 'Jardins',
      objectives: '',
      sectors: [{ code: '14031', percentage: 100 }],
      markers: { gender: 2 },
    });
    expect(partly.statusCode).toBe(200);
    expect(partly.json().action.markers).toEqual({ gender: 2 });
  });

  it('serves every active DAC sector in French and English, each in a category, and accepts any of them', async () => {
    const response = await officer.request('GET', '/api/oda/code-lists');
    expect(response.statusCode).toBe(200);
    const lists = response.json() as {
      sectors: Array<{ code: string; category: string; nameFr: string; nameEn: string }>;
      sectorCategories: Array<{ code: string; nameFr: string; nameEn: string }>;
    };
    expect(lists.sectors.length).toBeGreaterThan(280);
    const categories = new Set(lists.sectorCategories.map((category) => category.code));
    expect(lists.sectors.filter((sector) => !categories.has(sector.category))).toEqual([]);
    expect(lists.sectors.find((sector) => sector.code === '23231')).toEqual({
      code: '23231',
      category: '232',
      nameFr: 'Energie solaire pour réseaux isolés et systèmes autonomes',
      nameEn: 'Solar energy for isolated grids and standalone systems',
    });
    expect(lists.sectorCategories.find((category) => category.code === '232')).toEqual({
      code: '232',
      nameFr: "II.3.b. Production d'électricité, sources renouvelables",
      nameEn: 'II.3.b. Energy generation, renewable sources',
    });
    // A code far from decentralised cooperation's usual ones is still a DAC purpose code.
    const partnershipId = (await factory.partnership(angers.id, angersStaff.officer.id, [bamako.id])).id;
    const actionId = await action(partnershipId, bamako.id, [bamako.id]);
    const described = await officer.request(
      'PUT',
      `/api/partnerships/${partnershipId}/actions/${actionId}/description`,
      {
        version: 1,
        description: 'Mini-réseaux solaires',
        objectives: '',
        sectors: [{ code: '23231', percentage: 100 }],
        markers: {},
      },
    );
    expect(described.statusCode).toBe(200);
  });

  it('takes the organisation’s IATI identifier from its administrator, and says when it is missing', async () => {
    expect((await declaration(2025)) as unknown).toMatchObject({ iatiIdentifier: null });
    const admin = TestHttpClient.withSession(app, await factory.session(angersStaff.admin.id));
    const { version } = (await admin.request('GET', '/api/organisation')).json();
    const refused = await admin.request('PATCH', '/api/organisation', {
      version,
      iatiIdentifier: 'not an id',
    });
    expect(refused.statusCode).toBe(422);
    const saved = await admin.request('PATCH', '/api/organisation', {
      version,
      iatiIdentifier: 'FR-SIRET-21490007800012',
    });
    expect(saved.statusCode).toBe(200);
    expect((await declaration(2025)) as unknown).toMatchObject({ iatiIdentifier: 'FR-SIRET-21490007800012' });
  });

  it('shows an authority only its own declaration', async () => {
    const response = await bamakoOfficer.request('GET', '/api/oda/declarations/2025');
    expect(response.statusCode).toBe(200);
    const body: DeclarationBody = response.json();
    expect(body.rows.every((row) => row.partnershipName !== '')).toBe(true);
    expect(body.total).toBe(Math.round((50_000 * 100) / 655.957) / 100);
  });
});
