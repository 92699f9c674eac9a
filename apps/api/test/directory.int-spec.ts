import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

describe('step 2: the directory, partner requests and suggested partners', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let factory: Factory;
  let angersAdmin: TestHttpClient;
  let angersOfficer: TestHttpClient;
  let bamakoOfficer: TestHttpClient;
  let ids: Record<string, string>;

  async function listed(
    name: string,
    country: string,
    fields: Partial<OrganisationEntity>,
  ): Promise<OrganisationEntity> {
    const organisation = await factory.organisation(name, country);
    await dataSource
      .getRepository(OrganisationEntity)
      .update({ id: organisation.id }, { directoryListed: true, ...fields });
    return organisation;
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(buildTestConfig(database.url));
    dataSource = app.get(DataSource);
    factory = new Factory(dataSource);
    const angers = await factory.organisation("Ville d'Angers");
    await dataSource
      .getRepository(OrganisationEntity)
      .update({ id: angers.id }, { themesOffered: ['governance', 'heritage'] });
    const angersStaff = await factory.staff(angers.id);
    angersAdmin = TestHttpClient.withSession(app, await factory.session(angersStaff.admin.id));
    angersOfficer = TestHttpClient.withSession(app, await factory.session(angersStaff.officer.id));
    const bamako = await listed('District de Bamako', 'ML', {
      languages: ['fr', 'bm'],
      themesOffered: ['water_sanitation'],
      themesSought: ['governance'],
      directorySummary: 'Capitale du Mali, 2,8 millions d’habitants',
    });
    const kayes = await listed('Commune de Kayes', 'ML', { languages: ['fr'], themesSought: ['heritage'] });
    const dakar = await listed('Ville de Dakar', 'SN', {
      languages: ['fr', 'wo'],
      themesOffered: ['youth_mobility'],
    });
    const tunis = await listed('Municipalité de Tunis', 'TN', {
      languages: ['ar', 'fr'],
      themesOffered: ['water_sanitation'],
    });
    const hidden = await factory.organisation('Commune non publiée', 'ML');
    bamakoOfficer = TestHttpClient.withSession(
      app,
      await factory.session((await factory.user(bamako.id, 'officer')).id),
    );
    ids = {
      angers: angers.id,
      bamako: bamako.id,
      kayes: kayes.id,
      dakar: dakar.id,
      tunis: tunis.id,
      hidden: hidden.id,
    };
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  const names = (body: { items: Array<{ name: string }> }) => body.items.map((item) => item.name);

  it('finds only published profiles, by country, kind, language, theme and words', async () => {
    expect(
      names((await angersOfficer.request('GET', '/api/directory/organisations?country=ML')).json()),
    ).toEqual(['Commune de Kayes', 'District de Bamako']);
    expect(
      names((await angersOfficer.request('GET', '/api/directory/organisations?language=wo')).json()),
    ).toEqual(['Ville de Dakar']);
    expect(
      names(
        (await angersOfficer.request('GET', '/api/directory/organisations?theme=water_sanitation')).json(),
      ),
    ).toEqual(['District de Bamako', 'Municipalité de Tunis']);
    expect(names((await angersOfficer.request('GET', '/api/directory/organisations?q=mali')).json())).toEqual(
      ['District de Bamako'],
    );
    expect(
      names((await angersOfficer.request('GET', '/api/directory/organisations?q=100%25')).json()),
    ).toEqual([]);
    const bad = await angersOfficer.request('GET', '/api/directory/organisations?country=XX&theme=astrology');
    expect(bad.statusCode).toBe(422);
  });

  it('pages through the directory by name', async () => {
    const first = (await angersOfficer.request('GET', '/api/directory/organisations?limit=2')).json();
    const second = (
      await angersOfficer.request('GET', `/api/directory/organisations?limit=2&cursor=${first.nextCursor}`)
    ).json();
    expect([...names(first), ...names(second)]).toEqual([
      'Commune de Kayes',
      'District de Bamako',
      'Municipalité de Tunis',
      'Ville de Dakar',
    ]);
    expect(second.nextCursor).toBeNull();
  });

  it('publishes an authority’s profile under the version check', async () => {
    const organisation = (await angersAdmin.request('GET', '/api/organisation')).json();
    const profile = {
      listed: true,
      summary: 'Ville d’art et d’histoire',
      themesOffered: ['heritage', 'governance'],
      themesSought: ['water_sanitation'],
    };
    const published = await angersAdmin.request('PUT', '/api/organisation/directory-profile', {
      ...profile,
      version: organisation.version,
    });
    expect(published.statusCode).toBe(200);
    const stale = await angersAdmin.request('PUT', '/api/organisation/directory-profile', {
      ...profile,
      listed: false,
      version: organisation.version,
    });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'RESOURCE.CONFLICT']);
    expect(
      names((await bamakoOfficer.request('GET', '/api/directory/organisations?country=FR')).json()),
    ).toEqual(["Ville d'Angers"]);
  });

  it('posts, lists and closes partner requests', async () => {
    const posted = await bamakoOfficer.request('POST', '/api/organisation/partner-requests', {
      title: 'Nous cherchons un partenaire pour la gouvernance locale',
      description: 'Formation des élus et des agents.',
      themes: ['governance'],
    });
    expect(posted.statusCode).toBe(201);
    const open = (
      await angersOfficer.request('GET', '/api/directory/partner-requests?theme=governance')
    ).json();
    expect(open.items).toEqual([
      expect.objectContaining({ organisationName: 'District de Bamako', countryCode: 'ML' }),
    ]);
    const foreign = await angersOfficer.request(
      'POST',
      `/api/organisation/partner-requests/${posted.json().id}/close`,
      { version: 1 },
    );
    expect(foreign.statusCode).toBe(404);
    const closed = await bamakoOfficer.request(
      'POST',
      `/api/organisation/partner-requests/${posted.json().id}/close`,
      { version: 1 },
    );
    expect(closed.json().status).toBe('closed');
    expect(
      (await angersOfficer.request('GET', '/api/directory/partner-requests?theme=governance')).json().items,
    ).toEqual([]);
    const empty = await bamakoOfficer.request('POST', '/api/organisation/partner-requests', {
      title: '',
      description: 'x',
      themes: [],
    });
    expect(empty.json().errors).toEqual([expect.objectContaining({ field: 'title' })]);
  });

  it('suggests authorities of the target countries, best first, each point explained, never a party or a candidate', async () => {
    const created = await angersOfficer.request('POST', '/api/partnerships', {
      title: 'Angers – Sahel',
      form: 'decentralised_cooperation',
      approach: 'mutual_interest',
      targetCountries: ['ML', 'SN'],
      themes: ['water_sanitation', 'youth_mobility'],
    });
    const partnershipId = created.json().id as string;
    const suggested = (
      await angersOfficer.request('GET', `/api/partnerships/${partnershipId}/suggested-partners`)
    ).json();
    expect(names(suggested)).toEqual(['District de Bamako', 'Ville de Dakar', 'Commune de Kayes']);
    // Angers published its profile above: the web then gives other advice than publishing it.
    expect(suggested.ownProfileListed).toBe(true);
    expect(suggested.items[0].reasons).toEqual(
      expect.arrayContaining([
        { kind: 'they_offer_what_we_seek', value: 'water_sanitation', points: 20 },
        { kind: 'they_seek_what_we_offer', value: 'governance', points: 15 },
      ]),
    );
    expect(suggested.items[0].score).toBeGreaterThan(suggested.items[1].score);

    await angersOfficer.request('POST', `/api/partnerships/${partnershipId}/candidates`, {
      name: 'District de Bamako',
      countryCode: 'ML',
      organisationId: ids.bamako,
      source: 'authority_network',
      sourceDetail: 'Annuaire Passerelle',
    });
    const after = (
      await angersOfficer.request('GET', `/api/partnerships/${partnershipId}/suggested-partners`)
    ).json();
    expect(names(after)).not.toContain('District de Bamako');
    expect(names(after)).not.toContain('Commune non publiée');
  });
});
