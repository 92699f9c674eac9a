import { randomUUID } from 'node:crypto';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { getQueueToken } from '@nestjs/bullmq';
import { addDays, addMonths, calendarDateAt } from '@passerelle/domain';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../src/audit/audit-event.entity';
import { PartnershipRepository } from '../src/lifecycle/partnership.repository';
import { PartnershipEntity } from '../src/partnership-records/partnership.entity';
import { QUEUES, type SendMailJobPayload } from '../src/queues/queue-names';
import type { UserEntity } from '../src/users/user.entity';
import { WorkerModule } from '../src/worker.module';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { SmtpTestServer } from './support/smtp-test-server';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { createTestFileStorage, type TestFileStorage } from './support/test-file-storage';

interface ConventionBody {
  version: number;
  convention: {
    id: string;
    state: string;
    versions: Array<{ number: number; text: string; terms: { durationMonths: number } }>;
    approvals: Array<{
      partyId: string;
      version: number;
      councilDecisionRef: string;
      decisionFile: { id: string; mediaType: string } | null;
    }>;
    signature: { version: number; signedFile: { mediaType: string } | null } | null;
    effectiveOn: string | null;
    expiresOn: string | null;
    termination: { reason: string; actionDecisions: unknown[] } | null;
    tacitRenewalObjectionDeadline: string | null;
  } | null;
  history: Array<{ id: string; state: string }>;
  availableCommands: string[];
  canDraft: boolean;
  missingForApproval: string[];
  agreedPriorities: string[];
  awaitedForApproval: Array<{ criterion: string; awaitedParties: string[] }>;
  ongoingActions: Array<{ id: string }>;
}

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n2 0 obj <</Type /Pages /Kids [] /Count 0>> endobj\ntrailer <</Root 1 0 R>>\n%%EOF\n',
);
const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452000000010000000108060000001f15c489', 'hex'),
]);

const TERMS = {
  durationMonths: 36,
  tacitRenewal: { periodMonths: 12, objectionNoticeDays: 60 },
  terminationNoticeDays: 90,
};

function conventionText(objectives: string, durationMonths = 36) {
  return {
    text: 'Convention de coopération décentralisée entre la Ville d’Angers et le District de Bamako.',
    content: {
      objectives,
      priorities: ['Assainissement'],
      themes: ['waste', 'water_sanitation'],
      governance: 'Un comité de pilotage paritaire se réunit deux fois par an.',
      dialogueModalities: 'Visioconférence trimestrielle entre élus.',
      fundingCommitments: 'Chaque partie finance ses missions.',
      terminationClause: 'Préavis de trois mois.',
    },
    terms: { ...TERMS, durationMonths },
  };
}

describe('step 5: the convention', () => {
  let database: TestDatabase;
  let storage: TestFileStorage;
  let smtp: SmtpTestServer;
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let factory: Factory;
  let angersId: string;
  let bamakoId: string;
  let angersOfficerUser: UserEntity;
  let angersOfficer: TestHttpClient;
  let angersOfficer2: TestHttpClient;
  let angersElected: TestHttpClient;
  let angersViewer: TestHttpClient;
  let bamakoOfficer: TestHttpClient;
  let bamakoElected: TestHttpClient;
  let bamakoUsers: Record<'admin' | 'officer' | 'elected' | 'viewer' | 'disabled', UserEntity>;
  let angersUsers: UserEntity[];
  let stranger: TestHttpClient;
  const today = () => calendarDateAt(new Date(), 'Europe/Paris');

  beforeAll(async () => {
    database = await createTestDatabase();
    storage = await createTestFileStorage();
    smtp = new SmtpTestServer();
    const config = buildTestConfig(database.url, {
      SMTP_URL: await smtp.start(),
      PUBLIC_URL: 'http://passerelle.test',
      FILE_STORAGE_DIR: storage.dir,
    });
    app = await startTestApp(config);
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    await worker.init();
    dataSource = app.get(DataSource);
    factory = new Factory(dataSource);
    const angers = await factory.organisation("Ville d'Angers");
    const bamako = await factory.organisation('District de Bamako', 'ML');
    const rennes = await factory.organisation('Ville de Rennes');
    angersId = angers.id;
    bamakoId = bamako.id;
    const angersStaff = await factory.staff(angers.id);
    angersOfficerUser = angersStaff.officer;
    angersUsers = Object.values(angersStaff);
    bamakoUsers = {
      admin: await factory.user(bamako.id, 'admin', { displayName: 'Fatoumata Diarra' }),
      officer: await factory.user(bamako.id, 'officer', { displayName: 'Ibrahim Keïta' }),
      elected: await factory.user(bamako.id, 'elected', {
        displayName: 'Awa Touré',
        preferredLanguage: 'en',
      }),
      viewer: await factory.user(bamako.id, 'viewer'),
      disabled: await factory.user(bamako.id, 'officer', { disabledAt: new Date() }),
    };
    const as = async (userId: string) => TestHttpClient.withSession(app, await factory.session(userId));
    angersOfficer = await as(angersStaff.officer.id);
    angersOfficer2 = await as((await factory.user(angers.id, 'officer')).id);
    angersElected = await as(angersStaff.elected.id);
    angersViewer = await as(angersStaff.viewer.id);
    bamakoOfficer = await as(bamakoUsers.officer.id);
    bamakoElected = await as(bamakoUsers.elected.id);
    stranger = await as((await factory.user(rennes.id, 'admin')).id);
  });

  afterAll(async () => {
    await worker.close();
    await app.close();
    await smtp.stop();
    await database.drop();
    await storage.remove();
  });

  const url = (partnershipId: string, path = '') => `/api/partnerships/${partnershipId}${path}`;

  async function newPartnership(): Promise<string> {
    return (await factory.partnership(angersId, angersOfficerUser.id, [bamakoId])).id;
  }

  async function view(partnershipId: string, client = angersOfficer): Promise<ConventionBody> {
    const response = await client.request('GET', url(partnershipId, '/convention'));
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  /** The convention's version (0 before its draft). */
  async function versionOf(partnershipId: string): Promise<number> {
    return (await view(partnershipId)).version;
  }

  /** The current version of the record a write to `path` edits: the political dialogue, or else the convention. */
  async function versionFor(partnershipId: string, path: string): Promise<number> {
    if (!path.startsWith('/political-dialogue')) return versionOf(partnershipId);
    const response = await angersOfficer.request('GET', url(partnershipId, '/political-dialogue'));
    expect(response.statusCode).toBe(200);
    return response.json().version;
  }

  /** Sends a write with the current version of the record it edits and expects `status`. */
  async function write(
    client: TestHttpClient,
    method: 'POST' | 'PUT',
    partnershipId: string,
    path: string,
    body: Record<string, unknown> = {},
    status = 200,
  ) {
    const response = await client.request(method, url(partnershipId, path), {
      ...body,
      version: await versionFor(partnershipId, path),
    });
    expect({ status: response.statusCode, body: response.json() }).toMatchObject({ status });
    return response.json();
  }

  /** Every party shares a motivation, each side's elected official judges them compatible, a priority is agreed. */
  async function completePoliticalDialogue(partnershipId: string): Promise<void> {
    for (const [officer, elected, text] of [
      [angersOfficer, angersElected, 'Solidarité avec la diaspora malienne'],
      [bamakoOfficer, bamakoElected, 'Renforcer la gestion des déchets'],
    ] as const) {
      const stated = (
        await officer.request('POST', url(partnershipId, '/motivations'), {
          category: 'political',
          frameOfReference: 'humanist',
          text,
        })
      ).json();
      const { id, version } = stated.motivations.at(-1) as { id: string; version: number };
      const reviewed = (
        await elected.request('POST', url(partnershipId, `/motivations/${id}/review`), {
          decision: 'approved',
          version,
        })
      ).json();
      // Each motivation is edited under its own version: the share names the reviewed motivation's.
      const shared = await officer.request('POST', url(partnershipId, `/motivations/${id}/share`), {
        version: reviewed.motivations.find((motivation: { id: string }) => motivation.id === id).version,
      });
      expect(shared.statusCode).toBe(200);
    }
    await write(
      angersElected,
      'POST',
      partnershipId,
      '/political-dialogue/compatibility-reviews',
      { decision: 'approved' },
      201,
    );
    await write(
      bamakoElected,
      'POST',
      partnershipId,
      '/political-dialogue/compatibility-reviews',
      { decision: 'approved' },
      201,
    );
    const proposed = await write(
      angersOfficer,
      'POST',
      partnershipId,
      '/political-dialogue/priorities',
      { title: 'Assainissement', stakeIds: [] },
      201,
    );
    const priorityId = proposed.priorities.at(-1).id as string;
    await write(
      bamakoElected,
      'POST',
      partnershipId,
      `/political-dialogue/priorities/${priorityId}/agreement`,
    );
  }

  async function upload(partnershipId: string, content: Buffer, filename: string): Promise<string> {
    const response = await angersOfficer.postMultipart(url(partnershipId, '/files'), [
      { name: 'file', filename, content },
    ]);
    expect(response.statusCode).toBe(201);
    return response.json().id;
  }

  /** A convention drafted, negotiated, approved by both councils, signed and in force since today. */
  async function conventionInForce(partnershipId: string): Promise<ConventionBody> {
    await completePoliticalDialogue(partnershipId);
    await write(
      angersOfficer,
      'POST',
      partnershipId,
      '/convention',
      conventionText('Coopérer sur les déchets'),
      201,
    );
    await write(angersOfficer, 'POST', partnershipId, '/convention/negotiation');
    const approval = { conventionVersion: 1, councilDecisionRef: 'DEL-1', decidedOn: today() };
    await write(angersOfficer, 'POST', partnershipId, '/convention/approvals', approval, 201);
    await write(bamakoOfficer, 'POST', partnershipId, '/convention/approvals', approval, 201);
    await write(angersOfficer, 'POST', partnershipId, '/convention/signature', {
      conventionVersion: 1,
      signedOn: today(),
      signatories: [
        { partyId: angersId, name: 'Christophe Béchu', title: 'Maire' },
        { partyId: bamakoId, name: 'Adama Sangaré', title: 'Maire du District' },
      ],
    });
    return write(angersOfficer, 'POST', partnershipId, '/convention/entry-into-force', {
      effectiveOn: today(),
    });
  }

  /** An ongoing action, recorded straight through the lifecycle model (step 6 has its own API). */
  async function ongoingAction(partnershipId: string): Promise<string> {
    const actionId = randomUUID();
    await dataSource.transaction((manager) =>
      app.get(PartnershipRepository).execute(manager, partnershipId, {
        type: 'CreateAction',
        actionId,
        title: 'Centre de tri de Sotuba',
        themes: ['waste'],
        sdgs: [11],
        locatedIn: [bamakoId],
        initiatedBy: bamakoId,
        operators: [],
        priority: 'high',
        startsOn: null,
        endsOn: null,
      }),
    );
    return actionId;
  }

  async function mailJobs(partnershipId: string, kind: string): Promise<SendMailJobPayload[]> {
    const queue = app.get<Queue<SendMailJobPayload>>(getQueueToken(QUEUES.mail), { strict: false });
    const jobs = await queue.getJobs(['waiting', 'active', 'delayed', 'completed', 'failed']);
    return jobs.filter((job) => job.id?.startsWith(`mail-${kind}-${partnershipId}-`)).map((job) => job.data);
  }

  async function mailTo(address: string, subjectPart: string): Promise<{ subject: string; text: string }> {
    for (let waited = 0; waited < 10_000; waited += 50) {
      const mail = smtp.received.find(
        (received) => received.to.includes(address) && received.subject.includes(subjectPart),
      );
      if (mail) return mail;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no mail to ${address} about ${subjectPart}`);
  }

  it('takes a convention from draft to in force: versions and their diff, both councils’ approvals, signature', async () => {
    const partnershipId = await newPartnership();
    const empty = await view(partnershipId);
    expect(empty).toMatchObject({ convention: null, history: [], availableCommands: [], canDraft: true });

    const drafted = await write(
      angersOfficer,
      'POST',
      partnershipId,
      '/convention',
      conventionText('Coopérer sur la gestion des déchets.\nFormer les agents.'),
      201,
    );
    expect(drafted.convention).toMatchObject({ state: 'draft', versions: [{ number: 1 }] });
    expect(drafted.canDraft).toBe(false);

    const revised = await write(
      bamakoOfficer,
      'PUT',
      partnershipId,
      '/convention',
      conventionText('Coopérer sur la gestion des déchets.\nFormer les agents des deux villes.', 48),
    );
    expect(revised.convention.versions.map((v: { number: number }) => v.number)).toEqual([1, 2]);

    const diff = await bamakoOfficer.request('GET', url(partnershipId, '/convention/diff?from=1&to=2'));
    expect(diff.statusCode).toBe(200);
    expect(diff.json()).toEqual({
      fromVersion: 1,
      toVersion: 2,
      changes: [
        {
          field: 'objectives',
          lines: [
            { operation: 'same', text: 'Coopérer sur la gestion des déchets.' },
            { operation: 'removed', text: 'Former les agents.' },
            { operation: 'added', text: 'Former les agents des deux villes.' },
          ],
        },
        {
          field: 'durationMonths',
          lines: [
            { operation: 'removed', text: '36' },
            { operation: 'added', text: '48' },
          ],
        },
      ],
    });
    const unknownVersion = await angersOfficer.request(
      'GET',
      url(partnershipId, '/convention/diff?from=1&to=9'),
    );
    expect([unknownVersion.statusCode, unknownVersion.json().code]).toEqual([404, 'RESOURCE.NOT_FOUND']);
    const badNumber = await angersOfficer.request(
      'GET',
      url(partnershipId, '/convention/diff?from=one&to=2'),
    );
    expect([badNumber.statusCode, badNumber.json().code]).toEqual([422, 'REQUEST.VALIDATION_FAILED']);

    const negotiating = await write(angersOfficer, 'POST', partnershipId, '/convention/negotiation');
    expect(negotiating.convention.state).toBe('in_negotiation');
    expect(negotiating.availableCommands).toContain('ApproveConvention');

    // The convention concludes the political dialogue: no approval before it took place.
    const approval = { conventionVersion: 2, councilDecisionRef: 'DEL-2027-045', decidedOn: today() };
    const early = await write(angersOfficer, 'POST', partnershipId, '/convention/approvals', approval, 409);
    // Nothing of the political dialogue is done yet: each condition waits for both parties.
    expect((await view(partnershipId)).awaitedForApproval[0]?.awaitedParties).toHaveLength(2);
    expect(early).toMatchObject({
      code: 'CONVENTION.NOT_APPROVABLE',
      details: { missingCriteria: expect.arrayContaining(['CONVENTION.PRIORITIES_SET']) },
    });
    await completePoliticalDialogue(partnershipId);
    const afterDialogue = await view(partnershipId);
    expect(afterDialogue.missingForApproval).toEqual([]);
    // The priority both sides agreed is what the next draft starts from.
    expect(afterDialogue.agreedPriorities).toEqual(['Assainissement']);
    // The dialogue and the motivations are records of their own: the convention's version did not move.
    expect(afterDialogue.version).toBe(negotiating.version);

    const scanId = await upload(partnershipId, PNG, 'deliberation-angers.png');
    const approvedByAngers = await write(
      angersOfficer,
      'POST',
      partnershipId,
      '/convention/approvals',
      { ...approval, decisionFileId: scanId },
      201,
    );
    expect(approvedByAngers.convention.approvals).toEqual([
      expect.objectContaining({
        partyId: angersId,
        version: 2,
        councilDecisionRef: 'DEL-2027-045',
        decisionFile: expect.objectContaining({ id: scanId, mediaType: 'image/png' }),
      }),
    ]);
    const twice = await write(angersOfficer2, 'POST', partnershipId, '/convention/approvals', approval, 409);
    expect(twice.code).toBe('CONVENTION.ALREADY_APPROVED');

    const signatories = [
      { partyId: angersId, name: 'Christophe Béchu', title: 'Maire' },
      { partyId: bamakoId, name: 'Adama Sangaré', title: 'Maire du District' },
    ];
    const signature = { conventionVersion: 2, signedOn: today(), signatories };
    const unapproved = await write(
      angersOfficer,
      'POST',
      partnershipId,
      '/convention/signature',
      signature,
      409,
    );
    expect(unapproved.code).toBe('CONVENTION.NOT_SIGNABLE');

    const approvedByAll = await write(
      bamakoOfficer,
      'POST',
      partnershipId,
      '/convention/approvals',
      { ...approval, councilDecisionRef: 'DEL-BKO-2027-12' },
      201,
    );
    expect(approvedByAll.convention.state).toBe('approved');

    const notPdf = await write(
      angersOfficer,
      'POST',
      partnershipId,
      '/convention/signature',
      { ...signature, signedFileId: scanId },
      422,
    );
    expect(notPdf.code).toBe('FILE.NOT_ATTACHABLE');
    const pdfId = await upload(partnershipId, PDF, 'convention-signee.pdf');
    const signed = await write(angersOfficer, 'POST', partnershipId, '/convention/signature', {
      ...signature,
      signedFileId: pdfId,
    });
    expect(signed.convention).toMatchObject({
      state: 'signed',
      signature: { version: 2, signedFile: { id: pdfId, mediaType: 'application/pdf' } },
    });

    const inForce = await write(angersOfficer, 'POST', partnershipId, '/convention/entry-into-force', {
      effectiveOn: today(),
    });
    const expiresOn = addMonths(today(), 48);
    expect(inForce.convention).toMatchObject({
      state: 'in_force',
      effectiveOn: today(),
      expiresOn,
      tacitRenewalObjectionDeadline: addDays(expiresOn, -60),
    });
    expect(inForce.availableCommands).toEqual(
      expect.arrayContaining(['ObjectToTacitRenewal', 'SuspendConvention', 'TerminateConvention']),
    );

    const trail = (
      await dataSource.getRepository(AuditEventEntity).find({ where: { entityId: partnershipId } })
    ).map((event) => event.action);
    expect(trail).toEqual(
      expect.arrayContaining([
        'lifecycle.ConventionDrafted',
        'lifecycle.ConventionRevised',
        'lifecycle.ConventionNegotiationOpened',
        'lifecycle.ConventionApproved',
        'lifecycle.ConventionSigned',
        'lifecycle.ConventionEnteredIntoForce',
      ]),
    );
  });

  it('lets only one of two officers editing the same draft win; the other gets 409 and nothing half-written', async () => {
    const partnershipId = await newPartnership();
    await write(angersOfficer, 'POST', partnershipId, '/convention', conventionText('Version initiale'), 201);
    const version = await versionOf(partnershipId);
    const [first, second] = await Promise.all(
      [angersOfficer, angersOfficer2].map((client, index) =>
        client.request('PUT', url(partnershipId, '/convention'), {
          ...conventionText(`Rédaction de l’agent ${index + 1}`),
          version,
        }),
      ),
    );
    expect([first!.statusCode, second!.statusCode].sort()).toEqual([200, 409]);
    const loser = [first!, second!].find((response) => response.statusCode === 409)!;
    expect(loser.json()).toMatchObject({ code: 'RESOURCE.CONFLICT', currentVersion: version + 1 });
    const winner = [first!, second!].find((response) => response.statusCode === 200)!;

    const after = await view(partnershipId);
    expect(after.version).toBe(version + 1);
    expect(after.convention?.versions).toHaveLength(2);
    expect(after.convention?.versions[1]).toEqual(winner.json().convention.versions[1]);
    const revisions = await dataSource
      .getRepository(AuditEventEntity)
      .countBy({ entityId: partnershipId, action: 'lifecycle.ConventionRevised' });
    expect(revisions).toBe(1);
  });

  it('lets the partner record a measurement and edit its presentation while our officer revises the convention, all at once', async () => {
    const partnershipId = await newPartnership();
    await write(angersOfficer, 'POST', partnershipId, '/convention', conventionText('Version initiale'), 201);
    const actionId = await ongoingAction(partnershipId);
    const indicatorId = randomUUID();
    await dataSource.transaction(async (manager) => {
      const repository = app.get(PartnershipRepository);
      await repository.execute(manager, partnershipId, {
        type: 'AddIndicator',
        actionId,
        indicatorId,
        name: 'Tonnes triées',
        unit: 't',
        baseline: 0,
        target: 100,
        proposedBy: bamakoId,
      });
      await repository.execute(manager, partnershipId, {
        type: 'ValidateIndicator',
        actionId,
        indicatorId,
        partyId: angersId,
      });
    });
    const version = await versionOf(partnershipId);
    // Each writes what it read: Bamako's presentation before its first text (version 0), our convention.
    const presentationVersion = (
      await bamakoOfficer.request('GET', url(partnershipId, '/presentation'))
    ).json().version;
    const [measured, presented, revised] = await Promise.all([
      bamakoOfficer.request(
        'POST',
        url(partnershipId, `/actions/${actionId}/indicators/${indicatorId}/measurements`),
        { on: today(), value: 12, unit: 't' },
      ),
      bamakoOfficer.request('PUT', url(partnershipId, '/presentation'), {
        language: 'fr',
        sections: { motivations: 'Une gestion des déchets qui tienne' },
        version: presentationVersion,
      }),
      angersOfficer.request('PUT', url(partnershipId, '/convention'), {
        ...conventionText('Révision après le comité de pilotage'),
        version,
      }),
    ]);
    expect([measured.statusCode, presented.statusCode, revised.statusCode]).toEqual([201, 200, 200]);
    expect(revised.json().version).toBe(version + 1);
    expect((await view(partnershipId)).convention?.versions).toHaveLength(2);
    const action = (await angersOfficer.request('GET', url(partnershipId, `/actions/${actionId}`))).json();
    expect(action.action.indicators[0].measurements).toEqual([
      { on: today(), value: 12, recordedBy: bamakoId, breakdown: [], evidenceIds: [], evidence: [] },
    ]);
  });

  it('ends a convention only with notice and a decision on each ongoing action, and tells the other party', async () => {
    const partnershipId = await newPartnership();
    await conventionInForce(partnershipId);
    const actionId = await ongoingAction(partnershipId);
    const before = await view(partnershipId);
    expect(before.ongoingActions).toEqual([expect.objectContaining({ id: actionId })]);

    const termination = {
      reason: 'Changement de priorités du conseil municipal',
      noticeGivenOn: today(),
      effectiveOn: addDays(today(), 10),
      actionDecisions: [],
    };
    const shortNotice = await write(
      angersOfficer,
      'POST',
      partnershipId,
      '/convention/termination',
      termination,
      422,
    );
    expect(shortNotice).toMatchObject({
      code: 'CONVENTION.TERMINATION_NEEDS_NOTICE',
      details: { requiredDays: 90, givenDays: 10 },
    });
    const withNotice = { ...termination, effectiveOn: addDays(today(), 90) };
    const undecided = await write(
      angersOfficer,
      'POST',
      partnershipId,
      '/convention/termination',
      withNotice,
      422,
    );
    expect(undecided).toMatchObject({
      code: 'CONVENTION.TERMINATION_NEEDS_ACTION_DECISIONS',
      details: { missingActionIds: [actionId] },
    });
    expect((await view(partnershipId)).version).toBe(before.version);
    expect(await mailJobs(partnershipId, 'convention_terminated')).toEqual([]);

    const terminated = await write(angersOfficer, 'POST', partnershipId, '/convention/termination', {
      ...withNotice,
      actionDecisions: [{ actionId, fate: 'complete_during_notice' }],
    });
    expect(terminated.convention).toMatchObject({
      state: 'terminated',
      termination: { reason: 'Changement de priorités du conseil municipal' },
    });
    expect(terminated.canDraft).toBe(true);

    const jobs = await mailJobs(partnershipId, 'convention_terminated');
    const notified = [bamakoUsers.admin, bamakoUsers.officer, bamakoUsers.elected].map((user) => user.email);
    expect(jobs.flatMap((job) => job.to).sort()).toEqual([...notified].sort());
    for (const user of [...angersUsers, bamakoUsers.viewer, bamakoUsers.disabled]) {
      expect(jobs.flatMap((job) => job.to)).not.toContain(user.email);
    }
    const { title } = await dataSource
      .getRepository(PartnershipEntity)
      .findOneByOrFail({ id: partnershipId });
    const inFrench = await mailTo(bamakoUsers.officer.email, 'Fin de la convention');
    expect(inFrench.subject).toContain(title);
    expect(inFrench.text).toContain("Ville d'Angers a décidé de mettre fin à la convention");
    expect(inFrench.text).toContain(`Décision prise par : ${angersOfficerUser.displayName} (Ville d'Angers)`);
    expect(inFrench.text).toContain('Motif : Changement de priorités du conseil municipal');
    expect(inFrench.text).toContain(`http://passerelle.test/partenariats/${partnershipId}`);
    const inEnglish = await mailTo(bamakoUsers.elected.email, 'End of the convention');
    expect(inEnglish.text).toContain('Reason: Changement de priorités du conseil municipal');
    expect(inEnglish.text).toMatch(/Notice given on: \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(inEnglish.text).toMatch(/Takes effect on: \d{1,2} [A-Z][a-z]+ \d{4}/);
  });

  it('suspends, resumes and ends the partnership in order — never deleting it — and tells the other party', async () => {
    const partnershipId = await newPartnership();
    await write(
      angersOfficer,
      'POST',
      partnershipId,
      '/convention',
      conventionText('Projet de convention'),
      201,
    );
    const statusOf = async () => (await angersOfficer.request('GET', url(partnershipId, '/status'))).json();
    const post = async (path: string, body: Record<string, unknown>, status: number) => {
      const response = await angersOfficer.request('POST', url(partnershipId, path), {
        ...body,
        version: (await statusOf()).version,
      });
      expect({ status: response.statusCode, body: response.json() }).toMatchObject({ status });
      return response.json();
    };

    expect(await statusOf()).toMatchObject({
      status: 'active',
      requiredNoticeDays: 30,
      ongoingActions: [],
      canAbandon: true,
    });
    const noReason = await post('/suspension', { reason: '  ' }, 422);
    expect(noReason.code).toBe('PARTNERSHIP.SUSPENSION_NEEDS_REASON');
    const suspended = await post('/suspension', { reason: 'Crise sécuritaire' }, 200);
    expect(suspended).toMatchObject({ status: 'suspended', suspension: { reason: 'Crise sécuritaire' } });
    expect((await mailJobs(partnershipId, 'partnership_suspended')).flatMap((job) => job.to)).toHaveLength(3);
    await mailTo(bamakoUsers.admin.email, 'suspendu');
    expect(await post('/resumption', {}, 200)).toMatchObject({ status: 'active', suspension: null });

    const termination = {
      reason: 'Fin du mandat',
      noticeGivenOn: today(),
      effectiveOn: addDays(today(), 5),
      actionDecisions: [],
    };
    // An unsigned draft binds no one: abandoning is a simple act, at once; a later end is the orderly rupture.
    expect((await post('/termination', termination, 409)).code).toBe(
      'PARTNERSHIP.RUPTURE_NEEDS_ORDERLY_PATH',
    );
    const terminated = await post('/termination', { ...termination, effectiveOn: today() }, 200);
    expect(terminated).toMatchObject({ status: 'terminated', termination: { reason: 'Fin du mandat' } });

    // The draft convention ends with the relation; the records stay readable, and nothing more can change.
    const afterwards = await view(partnershipId);
    expect(afterwards.convention?.state).toBe('terminated');
    expect(afterwards.canDraft).toBe(false);
    const late = await write(
      angersOfficer,
      'POST',
      partnershipId,
      '/political-dialogue/priorities',
      { title: 'Encore', stakeIds: [] },
      409,
    );
    expect(late.code).toBe('PARTNERSHIP.TERMINATED');
    const jobs = await mailJobs(partnershipId, 'partnership_terminated');
    expect(jobs).toHaveLength(3);
    expect(await mailJobs(partnershipId, 'convention_terminated')).toEqual([]);
    const mail = await mailTo(bamakoUsers.officer.email, 'Fin du partenariat');
    expect(mail.text).toContain('Motif : Fin du mandat');
    expect(mail.text).toContain('Préavis donné le :');
  });

  it('answers 404 to a non-party and 403 to a viewer who tries to write', async () => {
    const partnershipId = await newPartnership();
    for (const path of ['/convention', '/convention/diff?from=1&to=1', '/status']) {
      expect((await stranger.request('GET', url(partnershipId, path))).statusCode).toBe(404);
    }
    const strangerDraft = await stranger.request('POST', url(partnershipId, '/convention'), {
      ...conventionText('Intrusion'),
      version: 1,
    });
    expect(strangerDraft.statusCode).toBe(404);
    const strangerTermination = await stranger.request('POST', url(partnershipId, '/termination'), {
      reason: 'Intrusion',
      noticeGivenOn: today(),
      effectiveOn: addDays(today(), 60),
      actionDecisions: [],
      version: 1,
    });
    expect(strangerTermination.statusCode).toBe(404);

    const viewerDraft = await angersViewer.request('POST', url(partnershipId, '/convention'), {
      ...conventionText('Lecture seule'),
      version: (await view(partnershipId, angersViewer)).version,
    });
    expect([viewerDraft.statusCode, viewerDraft.json().code]).toEqual([403, 'AUTH.FORBIDDEN']);
    const status = (await angersViewer.request('GET', url(partnershipId, '/status'))).json();
    const viewerSuspension = await angersViewer.request('POST', url(partnershipId, '/suspension'), {
      reason: 'Lecture seule',
      version: status.version,
    });
    expect(viewerSuspension.statusCode).toBe(403);
    expect((await view(partnershipId)).convention).toBeNull();
  });
});
