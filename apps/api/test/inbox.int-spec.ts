import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { calendarDateAt } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { SendInboxDigests } from '../src/inbox/jobs/send-inbox-digests';
import { WorkerModule } from '../src/worker.module';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { SmtpTestServer } from './support/smtp-test-server';

interface InboxItemBody {
  key: string;
  kind: string;
  partnership: { id: string; title: string };
  subjectId: string;
  subjectLabel: string;
  since: string;
  dueOn: string | null;
  overdue: boolean;
  path: string;
}

interface NotificationBody {
  id: string;
  source: 'reminder' | 'inbox';
  kind: string;
  partnership: { id: string; title: string };
  subjectDate: string | null;
  inboxItem: { subjectLabel: string; dueOn: string | null; path: string; stillWaiting: boolean } | null;
  readAt: string | null;
}

interface InboxBody {
  count: number;
  items: InboxItemBody[];
}

/** Today in Angers (Europe/Paris): the inbox dates Angers' items in its authority's calendar, not in UTC. */
const today = () => calendarDateAt(new Date(), 'Europe/Paris');

describe('the personal inbox', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let smtp: SmtpTestServer;
  const emails = { angersElected: '', bamakoElected: '', angersOfficer: '' };
  let angersOfficer: TestHttpClient;
  let angersElected: TestHttpClient;
  let angersViewer: TestHttpClient;
  let bamakoOfficer: TestHttpClient;
  let bamakoElected: TestHttpClient;
  let rennesElected: TestHttpClient;
  let rennesOfficer: TestHttpClient;
  let partnershipId: string;
  /** The two officers, as a dialogue plan's participants name them. */
  const technicians: Array<{ userId: string; partyId: string; role: 'technician' }> = [];
  const url = (path = '') => `/api/partnerships/${partnershipId}${path}`;

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = new SmtpTestServer();
    const config = buildTestConfig(database.url, {
      SMTP_URL: await smtp.start(),
      PUBLIC_URL: 'https://passerelle.test',
      REMINDER_QUIET_HOURS: 'none',
    });
    app = await startTestApp(config);
    // The digests are run by the spec (no job scheduler: INBOX_DIGEST_INTERVAL_MS is 0 in tests).
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    await worker.init();
    const factory = new Factory(app.get(DataSource));
    const angers = await factory.organisation("Ville d'Angers");
    const bamako = await factory.organisation('District de Bamako', 'ML');
    const rennes = await factory.organisation('Ville de Rennes');
    const angersStaff = await factory.staff(angers.id);
    const as = async (userId: string) => TestHttpClient.withSession(app, await factory.session(userId));
    angersOfficer = await as(angersStaff.officer.id);
    angersElected = await as(angersStaff.elected.id);
    angersViewer = await as(angersStaff.viewer.id);
    const bamakoElectedUser = await factory.user(bamako.id, 'elected');
    const bamakoOfficerUser = await factory.user(bamako.id, 'officer');
    bamakoOfficer = await as(bamakoOfficerUser.id);
    for (const officer of [angersStaff.officer, bamakoOfficerUser]) {
      technicians.push({ userId: officer.id, partyId: officer.organisationId, role: 'technician' });
    }
    bamakoElected = await as(bamakoElectedUser.id);
    Object.assign(emails, {
      angersElected: angersStaff.elected.email,
      angersOfficer: angersStaff.officer.email,
      bamakoElected: bamakoElectedUser.email,
    });
    rennesOfficer = await as((await factory.user(rennes.id, 'officer')).id);
    rennesElected = await as((await factory.user(rennes.id, 'elected')).id);
    partnershipId = (await factory.partnership(angers.id, angersStaff.officer.id, [bamako.id])).id;
  });

  afterAll(async () => {
    await worker.close();
    await app.close();
    await smtp.stop();
    await database.drop();
  });

  async function inbox(client: TestHttpClient): Promise<InboxBody> {
    const response = await client.request('GET', '/api/inbox');
    expect(response.statusCode).toBe(200);
    const count = await client.request('GET', '/api/inbox/count');
    expect(count.json()).toEqual({ count: response.json().count });
    return response.json();
  }

  const kinds = async (client: TestHttpClient) => (await inbox(client)).items.map((item) => item.kind);

  async function versionOf(path: string): Promise<number> {
    return (await angersOfficer.request('GET', url(path))).json().version;
  }

  async function write(client: TestHttpClient, path: string, body: object, versionPath: string) {
    const response = await client.request('POST', url(path), {
      ...body,
      version: await versionOf(versionPath),
    });
    expect(response.statusCode).toBeLessThan(300);
    return response.json();
  }

  /** States a motivation as the party's officer and returns its id and version. */
  async function stateMotivation(officer: TestHttpClient, text: string) {
    const stated = (
      await officer.request('POST', url('/motivations'), {
        category: 'political',
        frameOfReference: 'humanist',
        text,
      })
    ).json();
    return stated.motivations.at(-1) as { id: string; version: number };
  }

  it('asks the elected official of the side to review a new motivation, with where to act, and no one else', async () => {
    const { id, version } = await stateMotivation(angersOfficer, 'Solidarité avec la diaspora malienne');

    const seen = await inbox(angersElected);
    expect(seen.count).toBe(1);
    expect(seen.items[0]).toMatchObject({
      kind: 'motivation-review',
      partnership: { id: partnershipId },
      subjectId: id,
      subjectLabel: 'Solidarité avec la diaspora malienne',
      since: today(),
      dueOn: null,
      overdue: false,
      path: `/partenariats/${partnershipId}/engagement`,
    });
    expect(await kinds(angersOfficer)).toEqual([]);
    expect(await kinds(angersViewer)).toEqual([]);
    // The partner's side and another authority never see Angers' internal motivation.
    expect(await kinds(bamakoElected)).toEqual([]);
    expect(await inbox(rennesElected)).toEqual({ count: 0, items: [] });

    const reviewed = await angersElected.request('POST', url(`/motivations/${id}/review`), {
      decision: 'approved',
      version,
    });
    expect(reviewed.statusCode).toBe(200);
    expect(await inbox(angersElected)).toEqual({ count: 0, items: [] });
    const share = reviewed.json().motivations.find((m: { id: string }) => m.id === id).version as number;
    expect(
      (await angersOfficer.request('POST', url(`/motivations/${id}/share`), { version: share })).statusCode,
    ).toBe(200);
  });

  it('asks each side’s elected official for the compatibility review, then the partner for a priority', async () => {
    const { id, version } = await stateMotivation(bamakoOfficer, 'Renforcer la gestion des déchets');
    const reviewed = (
      await bamakoElected.request('POST', url(`/motivations/${id}/review`), { decision: 'approved', version })
    ).json();
    const share = reviewed.motivations.find((m: { id: string }) => m.id === id).version as number;
    await bamakoOfficer.request('POST', url(`/motivations/${id}/share`), { version: share });

    expect(await kinds(angersElected)).toEqual(['compatibility-review']);
    expect(await kinds(bamakoElected)).toEqual(['compatibility-review']);
    expect(await kinds(rennesElected)).toEqual([]);
    for (const elected of [angersElected, bamakoElected]) {
      await write(
        elected,
        '/political-dialogue/compatibility-reviews',
        { decision: 'approved' },
        '/political-dialogue',
      );
    }
    expect(await kinds(angersElected)).toEqual([]);

    const proposed = await write(
      angersOfficer,
      '/political-dialogue/priorities',
      { title: 'Assainissement', stakeIds: [] },
      '/political-dialogue',
    );
    const priorityId = proposed.priorities.at(-1).id as string;
    const [waiting] = (await inbox(bamakoElected)).items;
    expect(waiting).toMatchObject({
      kind: 'priority-agreement',
      subjectId: priorityId,
      subjectLabel: 'Assainissement',
      path: `/partenariats/${partnershipId}/motivations-croisees`,
    });
    expect(await kinds(angersElected)).toEqual([]);
    await write(
      bamakoElected,
      `/political-dialogue/priorities/${priorityId}/agreement`,
      {},
      '/political-dialogue',
    );
    expect(await kinds(bamakoElected)).toEqual([]);
  });

  it('asks each side’s elected officials for their council’s approval, which they record themselves', async () => {
    await write(
      angersOfficer,
      '/convention',
      {
        text: 'Convention de coopération',
        content: {
          objectives: 'Coopérer sur les déchets',
          priorities: ['Assainissement'],
          themes: ['waste'],
          governance: 'Comité paritaire',
          dialogueModalities: 'Visioconférence',
          fundingCommitments: 'Chacun ses missions',
          terminationClause: 'Préavis de trois mois',
        },
        terms: { durationMonths: 36, tacitRenewal: null, terminationNoticeDays: 90 },
      },
      '/convention',
    );
    await write(angersOfficer, '/convention/negotiation', {}, '/convention');

    const [ours] = (await inbox(angersElected)).items;
    expect(ours).toMatchObject({
      kind: 'convention-approval',
      path: `/partenariats/${partnershipId}/convention`,
    });
    expect(await kinds(bamakoElected)).toEqual(['convention-approval']);
    expect(await kinds(angersOfficer)).toEqual([]);

    const approval = { conventionVersion: 1, councilDecisionRef: 'DEL-2026-12', decidedOn: today() };
    await write(angersElected, '/convention/approvals', approval, '/convention');
    expect(await kinds(angersElected)).toEqual([]);
    expect(await kinds(bamakoElected)).toEqual(['convention-approval']);
    expect(await kinds(rennesOfficer)).toEqual([]);
    // A viewer still records nothing.
    const byViewer = await angersViewer.request('POST', url('/convention/approvals'), {
      ...approval,
      version: await versionOf('/convention'),
    });
    expect(byViewer.statusCode).toBe(403);
  });

  it('mails each person at most one digest a day of what is new in their inbox, with a link to act', async () => {
    const digests = worker.get(SendInboxDigests);
    const mailsTo = (address: string) => smtp.received.filter((mail) => mail.to.includes(address));

    await digests.run();
    const [bamakoDigest] = mailsTo(emails.bamakoElected);
    expect(mailsTo(emails.bamakoElected)).toHaveLength(1);
    expect(bamakoDigest?.subject).toBe('Passerelle : 1 nouveauté à faire');
    expect(bamakoDigest?.text).toContain('Version de la convention à approuver');
    expect(bamakoDigest?.text).toContain(`https://passerelle.test/partenariats/${partnershipId}/convention`);
    // Nothing waits for Angers' elected official nor its officer: no mail.
    expect(mailsTo(emails.angersElected)).toHaveLength(0);
    expect(mailsTo(emails.angersOfficer)).toHaveLength(0);

    await stateMotivation(angersOfficer, 'Former nos agents à l’international');
    await digests.run();
    await digests.run();
    expect(mailsTo(emails.angersElected)).toHaveLength(1);
    expect(mailsTo(emails.angersElected)[0]?.text).toContain('Motivation à relire');
    // Bamako's item was told today already: no second mail on the same day.
    expect(mailsTo(emails.bamakoElected)).toHaveLength(1);
  });
  it('notifies each new item once in the person’s bell, and marks it read once it is done', async () => {
    const digests = worker.get(SendInboxDigests);
    const inboxNotifications = async (client: TestHttpClient) => {
      const response = await client.request('GET', '/api/notifications');
      expect(response.statusCode).toBe(200);
      return (response.json().items as NotificationBody[]).filter(({ source }) => source === 'inbox');
    };
    await digests.run();

    const [review, ...others] = await inboxNotifications(angersElected);
    expect(others).toEqual([]);
    expect(review).toMatchObject({
      kind: 'motivation-review',
      partnership: { id: partnershipId },
      readAt: null,
      subjectDate: null,
      inboxItem: {
        subjectLabel: 'Former nos agents à l’international',
        dueOn: null,
        path: `/partenariats/${partnershipId}/engagement`,
        stillWaiting: true,
      },
    });
    expect((await angersElected.request('GET', '/api/notifications/unread-count')).json()).toEqual({
      unread: 1,
    });
    expect((await inboxNotifications(bamakoElected)).map(({ kind }) => kind)).toEqual([
      'convention-approval',
    ]);
    expect(await inboxNotifications(angersViewer)).toEqual([]);
    expect(await inboxNotifications(rennesElected)).toEqual([]);

    const commitment = (await angersOfficer.request('GET', url('/commitment'))).json();
    const motivation = commitment.motivations.find(
      (candidate: { text: string }) => candidate.text === 'Former nos agents à l’international',
    ) as { id: string; version: number };
    const reviewed = await angersElected.request('POST', url(`/motivations/${motivation.id}/review`), {
      decision: 'approved',
      version: motivation.version,
    });
    expect(reviewed.statusCode).toBe(200);
    await digests.run();

    const [done, ...more] = await inboxNotifications(angersElected);
    expect(more).toEqual([]);
    expect(done).toMatchObject({ id: review?.id, inboxItem: { stillWaiting: false } });
    expect(done?.readAt).not.toBeNull();
    expect((await angersElected.request('GET', '/api/notifications/unread-count')).json()).toEqual({
      unread: 0,
    });
  });

  it('counts the technicians’ next exchange from their latest one, however many came before', async () => {
    const dialogue = url('/dialogue');
    const { version } = (await angersOfficer.request('GET', dialogue)).json();
    const planned = await angersOfficer.request('PUT', `${dialogue}/plan`, {
      audiences: [
        {
          audience: 'technicians',
          cadence: { every: 2, unit: 'week' },
          channels: ['email'],
          participants: technicians,
        },
      ],
      toleranceDays: 14,
      version,
    });
    expect(planned.statusCode).toBe(200);
    const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString();
    const logExchange = async (days: number) => {
      const logged = await bamakoOfficer.request('POST', `${dialogue}/events`, {
        audience: 'technicians',
        occurredAt: daysAgo(days),
        channel: 'email',
        participants: technicians,
        summary: `Point d’étape, il y a ${days} jours`,
        decisions: [],
      });
      expect(logged.statusCode).toBe(201);
    };
    const exchangeDue = async () =>
      (await inbox(angersOfficer)).items.find((item) => item.kind === 'dialogue-exchange-due');

    // Three exchanges, the latest 20 days ago: two weeks after it, the next one is overdue.
    for (const days of [60, 40, 20]) await logExchange(days);
    const overdue = await exchangeDue();
    const twentyDaysAgo = calendarDateAt(new Date(Date.now() - 20 * 86_400_000), 'Europe/Paris');
    expect(overdue).toMatchObject({ overdue: true, since: twentyDaysAgo });

    // One more, yesterday: nothing is due for almost two weeks.
    await logExchange(1);
    expect(await exchangeDue()).toBeUndefined();
  });
});
