import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { XMLParser } from 'fast-xml-parser';
import { DataSource } from 'typeorm';
import type { OrganisationEntity } from '../src/organisations/organisation.entity';
import type { UserEntity } from '../src/users/user.entity';
import type { UserRole } from '../src/users/user-role';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

interface FileBody {
  organisationIdentifier: string | null;
  actionCount: number;
  activities: Array<{ identifier: string; title: string; budgets: number; transactions: number }>;
  issues: Array<{ code: string; blocking: boolean; actionId: string | null; lineId: string | null }>;
}

/** The parsed XML, every element as an array so that one or several read the same. */
interface ParsedActivity {
  'iati-identifier': string[];
  'reporting-org': Array<{ ref: string; narrative: string[] }>;
  title: Array<{ narrative: string[] }>;
  'participating-org': Array<{ role: string; narrative: string[] }>;
  'recipient-country'?: Array<{ code: string; percentage: string }>;
  budget?: Array<{ value: Array<{ '#text': string; currency: string }> }>;
  transaction?: Array<{ ref: string; 'transaction-type': Array<{ code: string }> }>;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '',
  parseAttributeValue: false,
  parseTagValue: false,
  isArray: (_name: string, _path: unknown, _isLeaf: boolean, isAttribute: boolean) => !isAttribute,
});

function activitiesOf(xml: string): ParsedActivity[] {
  const document = parser.parse(xml) as {
    'iati-activities': Array<{ version: string; 'iati-activity': ParsedActivity[] }>;
  };
  const root = document['iati-activities'][0]!;
  expect(root.version).toBe('2.03');
  return root['iati-activity'];
}

const ANGERS_IATI = 'FR-SIRET-21490007800012';
const BAMAKO_IATI = 'ML-RCCM-BKO2020B1234';

describe('the IATI activity file', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let factory: Factory;
  let angers: OrganisationEntity;
  let bamako: OrganisationEntity;
  let angersStaff: Record<UserRole, UserEntity>;
  let officer: TestHttpClient;
  let bamakoOfficer: TestHttpClient;
  let partnershipId: string;
  let actionId: string;
  const angersLineIds: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(buildTestConfig(database.url));
    factory = new Factory(app.get(DataSource));
    angers = await factory.organisation("Ville d'Angers");
    bamako = await factory.organisation('District de Bamako', 'ML');
    angersStaff = await factory.staff(angers.id);
    const bamakoStaff = await factory.staff(bamako.id);
    officer = TestHttpClient.withSession(app, await factory.session(angersStaff.officer.id));
    bamakoOfficer = TestHttpClient.withSession(app, await factory.session(bamakoStaff.officer.id));
    partnershipId = (await factory.partnership(angers.id, angersStaff.officer.id, [bamako.id])).id;
    actionId = await fundedAction();
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  async function ok(client: TestHttpClient, method: 'POST' | 'PUT', url: string, body: object) {
    const response = await client.request(method, url, body);
    expect(response.statusCode).toBe(method === 'POST' ? 201 : 200);
    return response.json();
  }

  async function fundedAction(): Promise<string> {
    const base = `/api/partnerships/${partnershipId}/actions`;
    const created = await ok(officer, 'POST', base, {
      title: 'Forages & bornes-fontaines <Bamako>',
      themes: ['water_sanitation'],
      sdgs: [6],
      locatedIn: [bamako.id],
      operators: [{ name: 'Régie des eaux', partyId: bamako.id }],
      priority: 'high',
      startsOn: '2025-01-01',
      endsOn: '2026-12-31',
    });
    const id: string = created.action.id;
    await ok(officer, 'PUT', `${base}/${id}/description`, {
      version: created.version,
      description: 'Des forages dans trois quartiers',
      objectives: 'L’eau potable pour 12 000 habitants',
      sectors: [
        { code: '14031', percentage: 60 },
        { code: '15112', percentage: 40 },
      ],
      markers: { gender: 1 },
    });
    for (const line of [
      {
        amount: 10_000,
        currency: 'EUR',
        committedAmount: 10_000,
        committedOn: '2025-01-15',
        paidAmount: 6_000,
      },
      { amount: 3_279_785, currency: 'XOF', paidAmount: 3_279_785 },
    ]) {
      const detail = await ok(officer, 'POST', `${base}/${id}/budget-lines`, {
        funder: 'own_budget',
        funderName: 'Budget propre',
        status: 'granted',
        periodStartsOn: '2025-01-01',
        periodEndsOn: '2025-12-31',
        paidOn: '2025-03-10',
        ...line,
      });
      angersLineIds.push(detail.action.budget.at(-1).id);
    }
    return id;
  }

  async function view(client: TestHttpClient): Promise<FileBody> {
    const response = await client.request('GET', '/api/iati/activity-file');
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  it('explains that no file can be published without the organisation’s IATI identifier', async () => {
    const body = await view(officer);
    expect(body).toMatchObject({ organisationIdentifier: null, actionCount: 1, activities: [] });
    expect(body.issues.map((issue) => issue.code)).toEqual(['organisation_identifier_missing']);
    const download = await officer.request('GET', '/api/iati/activity-file/xml');
    expect(download.statusCode).toBe(409);
    expect(download.json().code).toBe('IATI.IDENTIFIER_MISSING');
  });

  it('publishes one activity per funded action, prefixed by the identifier the administrator entered', async () => {
    const admin = TestHttpClient.withSession(app, await factory.session(angersStaff.admin.id));
    const { version } = (await admin.request('GET', '/api/organisation')).json();
    const saved = await admin.request('PATCH', '/api/organisation', { version, iatiIdentifier: ANGERS_IATI });
    expect(saved.statusCode).toBe(200);

    const body = await view(officer);
    expect(body.organisationIdentifier).toBe(ANGERS_IATI);
    expect(body.activities).toEqual([
      {
        identifier: `${ANGERS_IATI}-${actionId}`,
        title: 'Forages & bornes-fontaines <Bamako>',
        budgets: 2,
        transactions: 3,
        indicators: 0,
      },
    ]);

    const download = await officer.request('GET', '/api/iati/activity-file/xml');
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/xml; charset=utf-8');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="iati-activities-${ANGERS_IATI}.xml"`,
    );
    const [activity] = activitiesOf(download.body);
    expect(activity!['iati-identifier']).toEqual([`${ANGERS_IATI}-${actionId}`]);
    expect(activity!['reporting-org'][0]).toMatchObject({ ref: ANGERS_IATI, type: '11' });
    expect(activity!.title[0]!.narrative).toEqual([
      expect.objectContaining({ '#text': 'Forages & bornes-fontaines <Bamako>' }),
    ]);
    expect(activity!['recipient-country']).toEqual([{ code: 'ML', percentage: '100' }]);
    expect(activity!.budget!.map((budget) => budget.value[0]!)).toEqual([
      { '#text': '10000', currency: 'EUR', 'value-date': '2025-01-01' },
      { '#text': '3279785', currency: 'XOF', 'value-date': '2025-01-01' },
    ]);
    expect(activity!.transaction!.map((t) => [t.ref, t['transaction-type'][0]!.code])).toEqual([
      [angersLineIds[0], '2'],
      [angersLineIds[0], '3'],
      [angersLineIds[1], '3'],
    ]);
  });

  it('gives a partner authority abroad its own file only, never another authority’s', async () => {
    // Bamako has no identifier: its own file is refused, and nothing of Angers' is served instead.
    const refused = await bamakoOfficer.request('GET', '/api/iati/activity-file/xml');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().code).toBe('IATI.IDENTIFIER_MISSING');
    expect((await view(bamakoOfficer)).actionCount).toBe(0);

    await app
      .get(DataSource)
      .query('UPDATE organisation SET iati_identifier = $1 WHERE id = $2', [BAMAKO_IATI, bamako.id]);
    const nothing = await bamakoOfficer.request('GET', '/api/iati/activity-file/xml');
    expect(nothing.statusCode).toBe(409);
    expect(nothing.json().code).toBe('IATI.NO_ACTIVITY');

    // Once Bamako funds the action from its own budget, its file carries its share under its own prefix.
    const detail = await ok(
      bamakoOfficer,
      'POST',
      `/api/partnerships/${partnershipId}/actions/${actionId}/budget-lines`,
      {
        funder: 'own_budget',
        funderName: 'Budget du district',
        status: 'granted',
        amount: 500_000,
        currency: 'XOF',
        periodStartsOn: '2025-01-01',
        periodEndsOn: '2025-12-31',
        paidAmount: 500_000,
        paidOn: '2025-04-01',
      },
    );
    const bamakoLineId: string = detail.action.budget.at(-1).id;
    const download = await bamakoOfficer.request('GET', '/api/iati/activity-file/xml');
    expect(download.statusCode).toBe(200);
    expect(download.body).not.toContain(`<iati-identifier>${ANGERS_IATI}`);
    const [activity] = activitiesOf(download.body);
    expect(activity!['iati-identifier']).toEqual([`${BAMAKO_IATI}-${actionId}`]);
    expect(activity!['reporting-org'][0]).toMatchObject({ ref: BAMAKO_IATI });
    expect(activity!.transaction!.map((transaction) => transaction.ref)).toEqual([bamakoLineId]);
    // Angers funds the action too: named as a funding organisation, its figures are not Bamako's to publish.
    expect(activity!['participating-org'].filter((org) => org.role === '1')).toHaveLength(2);
    // Mali, on the DAC list of ODA recipients, is the recipient of Bamako's spending at home too.
    expect(activity!['recipient-country']).toEqual([{ code: 'ML', percentage: '100' }]);
  });

  it('lets every reader download it, and nobody signed out', async () => {
    const viewer = TestHttpClient.withSession(app, await factory.session(angersStaff.viewer.id));
    expect((await viewer.request('GET', '/api/iati/activity-file/xml')).statusCode).toBe(200);
    const anonymous = TestHttpClient.withSession(app, undefined);
    expect((await anonymous.request('GET', '/api/iati/activity-file/xml')).statusCode).toBe(401);
  });
});
