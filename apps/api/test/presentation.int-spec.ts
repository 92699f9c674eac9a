import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { PresentationShareLinkEntity } from '../src/presentation/presentation-share-link.entity';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

describe('step 3: presenting oneself', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let officer: TestHttpClient;
  let elected: TestHttpClient;
  let partnerOfficer: TestHttpClient;
  let partnershipId: string;
  const url = (path = '') => `/api/partnerships/${partnershipId}/presentation${path}`;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(buildTestConfig(database.url, { PUBLIC_URL: 'http://passerelle.test' }));
    dataSource = app.get(DataSource);
    const factory = new Factory(dataSource);
    const angers = await factory.organisation("Ville d'Angers");
    const bamako = await factory.organisation('District de Bamako', 'ML');
    const staff = await factory.staff(angers.id);
    officer = TestHttpClient.withSession(app, await factory.session(staff.officer.id));
    elected = TestHttpClient.withSession(app, await factory.session(staff.elected.id));
    partnerOfficer = TestHttpClient.withSession(
      app,
      await factory.session((await factory.user(bamako.id, 'officer')).id),
    );
    partnershipId = (await factory.partnership(angers.id, staff.officer.id, [bamako.id])).id;
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  it('drafts the presentation from step 1, with approved motivations only', async () => {
    const base = `/api/partnerships/${partnershipId}`;
    const stated = (
      await officer.request('POST', `${base}/motivations`, {
        category: 'political',
        frameOfReference: 'humanist',
        text: 'Solidarité avec Bamako',
      })
    ).json();
    // Left unreviewed: it must not reach the draft.
    await officer.request('POST', `${base}/motivations`, {
      category: 'economic',
      frameOfReference: 'pro_domo',
      text: 'Brouillon interne',
    });
    // The motivation's own version, unchanged by stating another one.
    const reviewed = await elected.request('POST', `${base}/motivations/${stated.motivations[0].id}/review`, {
      decision: 'approved',
      version: stated.motivations[0].version,
    });
    expect(reviewed.statusCode).toBe(200);
    await officer.request('POST', `${base}/stakes`, { title: 'Eau potable', cooperationCanBeLever: true });
    await officer.request('POST', `${base}/contributions`, { title: 'Régie des eaux' });
    const view = (await officer.request('GET', url())).json();
    expect(view.draft.motivations).toBe('• Solidarité avec Bamako');
    expect(view.draft.stakes).toBe('• Eau potable (la coopération peut être un levier)');
    expect(view.draft.contributions).toBe('• Régie des eaux');
    expect(view.draft.territory_and_actors).toContain("Ville d'Angers (FR");
    expect(view.missing).toEqual(['motivations', 'territory_and_actors', 'stakes', 'contributions']);
  });

  it('saves French and English texts, completes step 3 on the French one, and refuses a stale edit', async () => {
    // Angers' own presentation, with no text yet: version 0.
    const { version } = (await officer.request('GET', url())).json();
    expect(version).toBe(0);
    const french = {
      motivations: 'Solidarité avec Bamako',
      territory_and_actors: 'Angers, ville ligérienne',
      stakes: 'Eau potable',
      contributions: 'Régie des eaux',
    };
    const saved = await officer.request('PUT', url(), { language: 'fr', sections: french, version });
    expect(saved.statusCode).toBe(200);
    expect(saved.json().missing).toEqual([]);
    const english = await officer.request('PUT', url(), {
      language: 'en',
      sections: { motivations: 'Solidarity with Bamako' },
      version: saved.json().version,
    });
    expect(english.json()).toMatchObject({
      version: saved.json().version + 1,
      fr: french,
      en: { motivations: 'Solidarity with Bamako', stakes: '' },
    });
    const stale = await officer.request('PUT', url(), { language: 'fr', sections: { stakes: 'x' }, version });
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'RESOURCE.CONFLICT']);
    expect((await officer.request('GET', url())).json()).toMatchObject({
      version: english.json().version,
      fr: french,
    });
    const tooLong = await officer.request('PUT', url(), {
      language: 'de',
      sections: { stakes: 'x'.repeat(6001) },
      version: 1,
    });
    expect((tooLong.json().errors as Array<{ field: string }>).map((error) => error.field).sort()).toEqual([
      'language',
      'sections.stakes',
    ]);
    const assessment = (await officer.request('GET', `/api/partnerships/${partnershipId}/assessment`)).json();
    expect(assessment.steps.find((step: { step: string }) => step.step === 'PRESENTATION').status).toBe(
      'done',
    );
  });

  it('downloads the presentation as a PDF', async () => {
    const response = await officer.request('GET', url('/pdf?language=fr'));
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toContain('presentation-fr.pdf');
    expect(response.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect((await officer.request('GET', url('/pdf?language=xx'))).statusCode).toBe(422);
  });

  it('refuses a PDF or a share link in a language the presentation has no text in (a blank page)', async () => {
    // Bamako has written nothing yet, in either language.
    for (const language of ['fr', 'en']) {
      const pdf = await partnerOfficer.request('GET', url(`/pdf?language=${language}`));
      expect([pdf.statusCode, pdf.json().code]).toEqual([409, 'PRESENTATION.NO_TEXT_IN_LANGUAGE']);
      expect(pdf.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const link = await partnerOfficer.request('POST', url('/share-links'), {
      language: 'en',
      expiresInDays: 7,
    });
    expect([link.statusCode, link.json().code]).toEqual([409, 'PRESENTATION.NO_TEXT_IN_LANGUAGE']);
  });

  it('shares a read-only presentation by link, without an account, until it expires or is withdrawn', async () => {
    const created = await officer.request('POST', url('/share-links'), { language: 'en', expiresInDays: 14 });
    expect(created.statusCode).toBe(201);
    const link = created.json().url as string;
    expect(link).toMatch(/^http:\/\/passerelle\.test\/presentation-partagee\/[A-Za-z0-9_-]{43}$/);
    const token = link.split('/').at(-1)!;

    const stranger = new TestHttpClient(app);
    const shared = await stranger.request('GET', `/api/shared-presentations/${token}`);
    expect(shared.statusCode).toBe(200);
    expect(shared.json()).toEqual({
      organisationName: "Ville d'Angers",
      countryCode: 'FR',
      language: 'en',
      sections: {
        motivations: 'Solidarity with Bamako',
        territory_and_actors: '',
        stakes: '',
        contributions: '',
      },
      expiresAt: expect.any(String),
    });
    expect(
      (await stranger.request('GET', `/api/shared-presentations/${token}/pdf`)).headers['content-type'],
    ).toBe('application/pdf');

    const guessed = await stranger.request(
      'GET',
      '/api/shared-presentations/not-a-real-token-not-a-real-token-000000000',
    );
    expect([guessed.statusCode, guessed.json().code]).toEqual([404, 'SHARE_LINK.NOT_FOUND']);

    const expiring = (
      await officer.request('POST', url('/share-links'), { language: 'fr', expiresInDays: 1 })
    ).json();
    await dataSource
      .getRepository(PresentationShareLinkEntity)
      .update({ id: expiring.id }, { expiresAt: new Date(Date.now() - 1000) });
    const expired = await stranger.request(
      'GET',
      `/api/shared-presentations/${(expiring.url as string).split('/').at(-1)}`,
    );
    expect([expired.statusCode, expired.json().code]).toEqual([410, 'SHARE_LINK.EXPIRED']);

    expect((await officer.request('DELETE', url(`/share-links/${created.json().id}`))).statusCode).toBe(204);
    const revoked = await stranger.request('GET', `/api/shared-presentations/${token}`);
    expect([revoked.statusCode, revoked.json().code]).toEqual([410, 'SHARE_LINK.REVOKED']);
    const links = (await officer.request('GET', url('/share-links'))).json();
    expect(
      links.items.find((item: { id: string }) => item.id === created.json().id).revokedAt,
    ).not.toBeNull();
  });

  it('keeps each party’s presentation to itself', async () => {
    const partnerView = (await partnerOfficer.request('GET', url())).json();
    expect(partnerView.fr.motivations).toBe('');
    // Its version is its own presentation's: Angers' texts changed nothing Bamako edits.
    expect(partnerView.version).toBe(0);
    expect(partnerView.organisationName).toBe('District de Bamako');
    expect((await partnerOfficer.request('GET', url('/share-links'))).json().items).toEqual([]);
  });
});
