import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { WorkerModule } from '../src/worker.module';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { SmtpTestServer } from './support/smtp-test-server';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

interface CandidatesBody {
  items: Array<{
    id: string;
    version: number;
    name: string;
    stage: string;
    source: string;
    nextStepOn: string | null;
    history: Array<{ stage: string }>;
  }>;
}

describe('step 2: the partner search', () => {
  let database: TestDatabase;
  let smtp: SmtpTestServer;
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let factory: Factory;
  let angersId: string;
  let officer: TestHttpClient;
  let elected: TestHttpClient;
  let partnershipId: string;
  const url = (path = '') => `/api/partnerships/${partnershipId}${path}`;

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = new SmtpTestServer();
    const config = buildTestConfig(database.url, {
      SMTP_URL: await smtp.start(),
      PUBLIC_URL: 'http://passerelle.test',
    });
    app = await startTestApp(config);
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    await worker.init();
    factory = new Factory(app.get(DataSource));
    const angers = await factory.organisation("Ville d'Angers");
    angersId = angers.id;
    const staff = await factory.staff(angers.id);
    officer = TestHttpClient.withSession(app, await factory.session(staff.officer.id));
    elected = TestHttpClient.withSession(app, await factory.session(staff.elected.id));
    const created = await officer.request('POST', '/api/partnerships', {
      title: 'Angers – Afrique de l’Ouest',
      form: 'decentralised_cooperation',
      approach: 'mutual_interest',
      targetCountries: ['ML', 'SN'],
      themes: ['water_sanitation'],
    });
    partnershipId = created.json().id;
  });

  afterAll(async () => {
    await worker.close();
    await app.close();
    await smtp.stop();
    await database.drop();
  });

  async function addCandidate(name: string, extra: Record<string, unknown> = {}): Promise<CandidatesBody> {
    const response = await officer.request('POST', url('/candidates'), {
      name,
      countryCode: 'ML',
      source: 'territory_actors_network',
      sourceDetail: 'Association des Maliens d’Angers',
      nextStep: 'Envoyer notre présentation',
      nextStepOn: '2026-12-15',
      ...extra,
    });
    expect(response.statusCode).toBe(201);
    return response.json();
  }

  const advance = async (candidateId: string, stage: string, version: number) =>
    officer.request('POST', url(`/candidates/${candidateId}/advance`), { stage, version });

  /** A candidate's own version in a view: what a move of that candidate sends back. */
  const versionOf = (view: CandidatesBody, candidateId: string) =>
    view.items.find((item) => item.id === candidateId)!.version;

  it('records candidates with their channel and moves them forward along the pipeline', async () => {
    const added = await addCandidate('Commune de Kayes');
    const candidate = added.items.at(-1)!;
    expect(candidate).toMatchObject({
      stage: 'identified',
      source: 'territory_actors_network',
      nextStepOn: '2026-12-15',
    });
    const contacted = await advance(candidate.id, 'contacted', candidate.version);
    expect(contacted.statusCode).toBe(200);
    const contactedVersion = versionOf(contacted.json(), candidate.id);
    expect(contactedVersion).toBe(candidate.version + 1);
    const skipping = await advance(candidate.id, 'proposed', contactedVersion);
    expect([skipping.statusCode, skipping.json().code]).toEqual([409, 'PARTNER_SEARCH.INVALID_TRANSITION']);
    // The candidate moved since `added` was read: a move made on that version is refused.
    const stale = await advance(candidate.id, 'in_discussion', candidate.version);
    expect([stale.statusCode, stale.json().code]).toEqual([409, 'RESOURCE.CONFLICT']);
    expect(stale.json().currentVersion).toBe(contactedVersion);
    const accepted = await advance(candidate.id, 'accepted', contactedVersion);
    expect(accepted.statusCode).toBe(422);
    expect(accepted.json().errors).toEqual([expect.objectContaining({ field: 'stage' })]);
  });

  it('replans the next step of a candidate kept at its stage, without moving it', async () => {
    const added = await addCandidate('Commune de Koutiala');
    const candidate = added.items.at(-1)!;
    const replanned = await officer.request('POST', url(`/candidates/${candidate.id}/advance`), {
      stage: 'identified',
      nextStep: 'Appeler le secrétaire général',
      nextStepOn: '2026-12-20',
      version: candidate.version,
    });
    expect(replanned.statusCode).toBe(200);
    const kept = (replanned.json() as CandidatesBody).items.find((item) => item.id === candidate.id)!;
    expect(kept).toMatchObject({ stage: 'identified', nextStepOn: '2026-12-20' });
    expect(kept.history.map((change) => change.stage)).toEqual(['identified']);
    const audit: Array<{ action: string }> = await app
      .get(DataSource)
      .query(`SELECT action FROM audit_event WHERE entity_id = $1`, [partnershipId]);
    expect(audit.map((entry) => entry.action)).toContain('lifecycle.CandidateNextStepPlanned');
  });

  it('refuses the authority itself, a duplicate, and unknown channels', async () => {
    const self = await officer.request('POST', url('/candidates'), {
      name: "Ville d'Angers",
      countryCode: 'FR',
      organisationId: angersId,
      source: 'chance_meeting',
      sourceDetail: '',
    });
    expect([self.statusCode, self.json().code]).toEqual([409, 'PARTNER_SEARCH.CANDIDATE_IS_PARTY']);
    await addCandidate('Commune de Ségou');
    const twice = await officer.request('POST', url('/candidates'), {
      name: 'commune de ségou',
      countryCode: 'ML',
      source: 'chance_meeting',
      sourceDetail: 'Salon',
    });
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'PARTNER_SEARCH.DUPLICATE_CANDIDATE']);
    const unknown = await officer.request('POST', url('/candidates'), {
      name: 'X',
      countryCode: 'ZZ',
      source: 'telepathy',
      sourceDetail: '',
    });
    expect(unknown.statusCode).toBe(422);
    expect((unknown.json().errors as Array<{ field: string }>).map((error) => error.field).sort()).toEqual([
      'countryCode',
      'source',
    ]);
  });

  it('invites a candidate that agreed; accepting the invitation makes it a party and the step done', async () => {
    const added = await addCandidate('Commune de Tombouctou');
    const candidateId = added.items.at(-1)!.id;
    let version = versionOf(added, candidateId);
    for (const stage of ['contacted', 'in_discussion', 'proposed'])
      version = versionOf((await advance(candidateId, stage, version)).json(), candidateId);
    const invitationBody = {
      email: 'maire@tombouctou.test',
      organisation: {
        name: 'Commune de Tombouctou',
        kind: 'commune',
        countryCode: 'ML',
        languages: ['fr'],
        timeZone: 'Africa/Bamako',
      },
    };

    const tooEarly = await officer.request(
      'POST',
      url(`/candidates/${candidateId}/invitation`),
      invitationBody,
    );
    expect([tooEarly.statusCode, tooEarly.json().code]).toEqual([409, 'PARTNER_SEARCH.COMMITMENT_NOT_BUILT']);

    const stated = (
      await officer.request('POST', url('/motivations'), {
        category: 'political',
        frameOfReference: 'humanist',
        text: 'Solidarité',
      })
    ).json();
    const reviewed = await elected.request('POST', url(`/motivations/${stated.motivations[0].id}/review`), {
      decision: 'approved',
      version: stated.motivations[0].version,
    });
    expect(reviewed.statusCode).toBe(200);

    const invited = await officer.request(
      'POST',
      url(`/candidates/${candidateId}/invitation`),
      invitationBody,
    );
    expect(invited.statusCode).toBe(201);
    const mail = await smtp
      .waitForMails(1)
      .then(() => smtp.received.find((received) => received.to.includes('maire@tombouctou.test')));
    const token = mail!.text.match(/invitation\/([A-Za-z0-9_-]+)/)![1]!;

    const tombouctou = await new TestHttpClient(app).start();
    const accepted = await tombouctou.request('POST', `/api/invitations/${token}/accept`, {
      displayName: 'Ali Maïga',
      password: 'un long mot de passe',
    });
    expect(accepted.statusCode).toBe(200);

    const candidates = (await officer.request('GET', url('/candidates'))).json() as CandidatesBody;
    expect(candidates.items.find((candidate) => candidate.id === candidateId)?.stage).toBe('accepted');
    const partnership = (await officer.request('GET', url())).json();
    expect(partnership.parties.map((party: { name: string }) => party.name)).toEqual([
      "Ville d'Angers",
      'Commune de Tombouctou',
    ]);
    const assessment = (await officer.request('GET', url('/assessment'))).json();
    expect(assessment.steps.find((step: { step: string }) => step.step === 'PARTNER_SEARCH').status).toBe(
      'done',
    );

    // The new partner sees the partnership, but not the initiator's partner search.
    expect((await tombouctou.request('GET', url())).statusCode).toBe(200);
    expect((await tombouctou.request('GET', url('/candidates'))).statusCode).toBe(404);
  });

  it('invites a candidate already registered in Passerelle; its admin accepts inside the product', async () => {
    const kayes = await factory.organisation('Commune de Nioro', 'ML');
    const kayesAdmin = await factory.user(kayes.id, 'admin');
    const added = await addCandidate('Commune de Nioro', { organisationId: kayes.id });
    const candidateId = added.items.at(-1)!.id;
    let version = versionOf(added, candidateId);
    for (const stage of ['contacted', 'in_discussion', 'proposed'])
      version = versionOf((await advance(candidateId, stage, version)).json(), candidateId);
    const invited = await officer.request('POST', url(`/candidates/${candidateId}/invitation`), {
      email: kayesAdmin.email,
      organisation: {
        name: 'Commune de Kayes',
        kind: 'commune',
        countryCode: 'ML',
        languages: ['fr'],
        timeZone: 'Africa/Bamako',
      },
    });
    expect(invited.statusCode).toBe(201);
    const admin = TestHttpClient.withSession(app, await factory.session(kayesAdmin.id));
    const pending = (await admin.request('GET', '/api/partnership-invitations')).json();
    expect(
      (await admin.request('POST', `/api/partnership-invitations/${pending.items[0].id}/accept`)).statusCode,
    ).toBe(204);
    const candidates = (await officer.request('GET', url('/candidates'))).json() as CandidatesBody;
    expect(candidates.items.find((candidate) => candidate.id === candidateId)?.stage).toBe('accepted');
  });
});
