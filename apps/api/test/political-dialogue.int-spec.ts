import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../src/audit/audit-event.entity';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

interface DialogueBody {
  version: number;
  parties: Array<{
    partyId: string;
    name: string;
    role: string;
    sharedMotivations: Array<{ id: string; text: string; frameOfReference: string; sharedAt: string }>;
    framesOfReference: Record<string, number>;
    latestCompatibilityReview: {
      decision: string;
      reviewerName: string;
      councilDecisionRef: string | null;
      coversLatestSharing: boolean;
    } | null;
  }>;
  priorities: Array<{
    id: string;
    title: string;
    stakeIds: string[];
    agreedBy: string[];
    agreedByAll: boolean;
  }>;
  missingForApproval: string[];
  awaitedForApproval: Array<{ criterion: string; awaitedParties: string[] }>;
}

describe('step 5: the political dialogue', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let angersId: string;
  let bamakoId: string;
  let angersOfficer: TestHttpClient;
  let angersElected: TestHttpClient;
  let angersElectedName: string;
  let angersViewer: TestHttpClient;
  let bamakoOfficer: TestHttpClient;
  let bamakoElected: TestHttpClient;
  let stranger: TestHttpClient;
  let partnershipId: string;
  const url = (path = '') => `/api/partnerships/${partnershipId}${path}`;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(buildTestConfig(database.url));
    dataSource = app.get(DataSource);
    const factory = new Factory(dataSource);
    const angers = await factory.organisation("Ville d'Angers");
    const bamako = await factory.organisation('District de Bamako', 'ML');
    const rennes = await factory.organisation('Ville de Rennes');
    angersId = angers.id;
    bamakoId = bamako.id;
    const angersStaff = await factory.staff(angers.id);
    const bamakoStaff = await factory.staff(bamako.id);
    angersElectedName = angersStaff.elected.displayName;
    const as = async (userId: string) => TestHttpClient.withSession(app, await factory.session(userId));
    angersOfficer = await as(angersStaff.officer.id);
    angersElected = await as(angersStaff.elected.id);
    angersViewer = await as(angersStaff.viewer.id);
    bamakoOfficer = await as(bamakoStaff.officer.id);
    bamakoElected = await as(bamakoStaff.elected.id);
    stranger = await as((await factory.user(rennes.id, 'officer')).id);
    partnershipId = (await factory.partnership(angers.id, angersStaff.officer.id, [bamako.id])).id;
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  async function dialogue(client: TestHttpClient = angersOfficer): Promise<DialogueBody> {
    const response = await client.request('GET', url('/political-dialogue'));
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  /** States a motivation as the party's officer; when asked, its elected official approves it and it is shared. */
  async function motivation(
    officer: TestHttpClient,
    elected: TestHttpClient,
    text: string,
    frameOfReference: string,
    { share = true } = {},
  ): Promise<void> {
    const stated = (
      await officer.request('POST', url('/motivations'), { category: 'political', frameOfReference, text })
    ).json();
    if (!share) return;
    const { id, version } = stated.motivations.at(-1) as { id: string; version: number };
    const reviewed = (
      await elected.request('POST', url(`/motivations/${id}/review`), { decision: 'approved', version })
    ).json();
    // Each motivation is edited under its own version: the share names the reviewed motivation's.
    const shared = await officer.request('POST', url(`/motivations/${id}/share`), {
      version: motivationVersion(reviewed, id),
    });
    expect(shared.statusCode).toBe(200);
  }

  /** The version of one motivation in a commitment view (what a write on motivations answers). */
  function motivationVersion(
    commitment: { motivations: Array<{ id: string; version: number }> },
    id: string,
  ) {
    const found = commitment.motivations.find((motivation) => motivation.id === id);
    expect(found).toBeDefined();
    return found!.version;
  }

  const party = (body: DialogueBody, partyId: string) => body.parties.find((p) => p.partyId === partyId)!;

  it('puts each party’s shared motivations side by side and never shows another party’s internal ones', async () => {
    await motivation(angersOfficer, angersElected, 'Solidarité avec la diaspora malienne', 'humanist');
    await motivation(angersOfficer, angersElected, 'Former nos agents à l’international', 'pro_domo');
    await motivation(angersOfficer, angersElected, 'Note interne : budget contraint en 2027', 'political', {
      share: false,
    });
    await motivation(bamakoOfficer, bamakoElected, 'Renforcer la gestion des déchets', 'political');
    await motivation(bamakoOfficer, bamakoElected, 'Interne Bamako : élections en 2027', 'political', {
      share: false,
    });

    const seenByBamako = await dialogue(bamakoOfficer);
    expect(party(seenByBamako, angersId)).toMatchObject({
      name: "Ville d'Angers",
      role: 'initiator',
      framesOfReference: { humanist: 1, political: 0, pro_domo: 1 },
      latestCompatibilityReview: null,
    });
    expect(party(seenByBamako, angersId).sharedMotivations.map((m) => m.text)).toEqual([
      'Solidarité avec la diaspora malienne',
      'Former nos agents à l’international',
    ]);
    expect(party(seenByBamako, bamakoId).sharedMotivations.map((m) => m.text)).toEqual([
      'Renforcer la gestion des déchets',
    ]);
    expect(JSON.stringify(seenByBamako)).not.toContain('budget contraint');
    expect(JSON.stringify(await dialogue(angersOfficer))).not.toContain('élections en 2027');
    expect(seenByBamako.missingForApproval).toEqual([
      'CONVENTION.COMPATIBILITY_REVIEWED',
      'CONVENTION.PRIORITIES_SET',
    ]);
  });

  it('records compatibility reviews by each side’s elected officials, and asks again after a new motivation is shared', async () => {
    const before = await dialogue();
    const byOfficer = await angersOfficer.request('POST', url('/political-dialogue/compatibility-reviews'), {
      decision: 'approved',
      version: before.version,
    });
    // Angers is led by elected officials: its staff may not review for it (an appointed executive's may).
    expect([byOfficer.statusCode, byOfficer.json().code]).toEqual([403, 'REVIEW.REVIEWER_NOT_ELECTED']);

    const reviewed = await angersElected.request('POST', url('/political-dialogue/compatibility-reviews'), {
      decision: 'approved',
      comment: 'Motivations compatibles avec notre mandat',
      councilDecisionRef: 'DEL-2027-031',
      councilDecisionOn: '2027-01-12',
      version: before.version,
    });
    expect(reviewed.statusCode).toBe(201);
    const afterAngers = reviewed.json() as DialogueBody;
    expect(party(afterAngers, angersId).latestCompatibilityReview).toMatchObject({
      decision: 'approved',
      reviewerName: angersElectedName,
      councilDecisionRef: 'DEL-2027-031',
      coversLatestSharing: true,
    });
    expect(party(afterAngers, bamakoId).latestCompatibilityReview).toBeNull();
    expect(afterAngers.missingForApproval).toContain('CONVENTION.COMPATIBILITY_REVIEWED');
    // Angers did its part: the review now waits for Bamako alone.
    expect(afterAngers.awaitedForApproval).toContainEqual({
      criterion: 'CONVENTION.COMPATIBILITY_REVIEWED',
      awaitedParties: [bamakoId],
    });

    const byBamako = await bamakoElected.request('POST', url('/political-dialogue/compatibility-reviews'), {
      decision: 'approved',
      version: afterAngers.version,
    });
    expect(byBamako.statusCode).toBe(201);
    const afterBamako = byBamako.json() as DialogueBody;
    expect(afterBamako.version).toBe(afterAngers.version + 1);
    expect(afterBamako.missingForApproval).not.toContain('CONVENTION.COMPATIBILITY_REVIEWED');

    // A motivation put on the table afterwards has not been judged yet.
    await motivation(bamakoOfficer, bamakoElected, 'Ouvrir un marché pour nos artisans', 'pro_domo');
    const outdated = await dialogue();
    expect(party(outdated, angersId).latestCompatibilityReview?.coversLatestSharing).toBe(false);
    expect(outdated.missingForApproval).toContain('CONVENTION.COMPATIBILITY_REVIEWED');
    // Sharing edits the motivation, not the dialogue: the dialogue's version read before it is still current.
    expect(outdated.version).toBe(afterBamako.version);
    const againByAngers = await angersElected.request(
      'POST',
      url('/political-dialogue/compatibility-reviews'),
      {
        decision: 'approved',
        version: afterBamako.version,
      },
    );
    expect(againByAngers.statusCode).toBe(201);
    const againByBamako = await bamakoElected.request(
      'POST',
      url('/political-dialogue/compatibility-reviews'),
      {
        decision: 'approved',
        version: (againByAngers.json() as DialogueBody).version,
      },
    );
    expect(againByBamako.statusCode).toBe(201);
    expect((await dialogue()).missingForApproval).not.toContain('CONVENTION.COMPATIBILITY_REVIEWED');
  });

  it('counts a priority once every party agreed to it, each through its elected officials', async () => {
    const stake = (
      await angersOfficer.request('POST', url('/stakes'), {
        title: 'Gestion des déchets',
        cooperationCanBeLever: true,
      })
    )
      .json()
      .stakes.at(-1) as { id: string };

    const unknownStake = await angersOfficer.request('POST', url('/political-dialogue/priorities'), {
      title: 'Assainissement',
      stakeIds: ['00000000-0000-4000-8000-000000000000'],
      version: (await dialogue()).version,
    });
    expect(unknownStake.statusCode).toBe(422);
    expect(unknownStake.json().errors).toEqual([expect.objectContaining({ field: 'stakeIds.0' })]);

    const proposed = await angersOfficer.request('POST', url('/political-dialogue/priorities'), {
      title: 'Assainissement et collecte des déchets',
      stakeIds: [stake.id],
      version: (await dialogue()).version,
    });
    expect(proposed.statusCode).toBe(201);
    const afterProposal = proposed.json() as DialogueBody;
    const priority = afterProposal.priorities.at(-1)!;
    expect(priority).toMatchObject({ stakeIds: [stake.id], agreedBy: [angersId], agreedByAll: false });
    expect(afterProposal.missingForApproval).toEqual(['CONVENTION.PRIORITIES_SET']);

    const agreement = url(`/political-dialogue/priorities/${priority.id}/agreement`);
    const byOfficer = await bamakoOfficer.request('POST', agreement, { version: afterProposal.version });
    expect(byOfficer.statusCode).toBe(403);
    const agreed = await bamakoElected.request('POST', agreement, { version: afterProposal.version });
    expect(agreed.statusCode).toBe(200);
    const afterAgreement = agreed.json() as DialogueBody;
    expect(afterAgreement.priorities.at(-1)).toMatchObject({
      agreedBy: [angersId, bamakoId],
      agreedByAll: true,
    });
    expect(afterAgreement.missingForApproval).toEqual([]);

    const twice = await angersElected.request('POST', agreement, { version: afterAgreement.version });
    expect([twice.statusCode, twice.json().code]).toEqual([409, 'CONVENTION.PRIORITY_ALREADY_AGREED']);
    const unknown = await angersElected.request(
      'POST',
      url('/political-dialogue/priorities/no-such-priority/agreement'),
      { version: afterAgreement.version },
    );
    expect(unknown.statusCode).toBe(404);

    const actions = (
      await dataSource.getRepository(AuditEventEntity).find({ where: { entityId: partnershipId } })
    ).map((event) => event.action);
    expect(actions).toEqual(
      expect.arrayContaining(['lifecycle.CompatibilityReviewed', 'lifecycle.PriorityRecorded']),
    );
  });

  it('refuses a review sent with a stale version, writing nothing', async () => {
    const current = await dialogue();
    const stale = await angersElected.request('POST', url('/political-dialogue/compatibility-reviews'), {
      decision: 'changes_requested',
      version: current.version - 1,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'RESOURCE.CONFLICT', currentVersion: current.version });
    expect((await dialogue()).version).toBe(current.version);
  });

  it('lets only one of two elected officials reviewing under the same version win; the other gets 409', async () => {
    const reviews = () =>
      dataSource
        .getRepository(AuditEventEntity)
        .countBy({ entityId: partnershipId, action: 'lifecycle.CompatibilityReviewed' });
    const reviewsBefore = await reviews();
    const { version } = await dialogue();
    const [first, second] = await Promise.all(
      [angersElected, bamakoElected].map((elected) =>
        elected.request('POST', url('/political-dialogue/compatibility-reviews'), {
          decision: 'approved',
          version,
        }),
      ),
    );
    expect([first!.statusCode, second!.statusCode].sort()).toEqual([201, 409]);
    const loser = [first!, second!].find((response) => response.statusCode === 409)!;
    expect(loser.json()).toMatchObject({ code: 'RESOURCE.CONFLICT', currentVersion: version + 1 });
    expect((await dialogue()).version).toBe(version + 1);
    expect(await reviews()).toBe(reviewsBefore + 1);
  });

  it('answers 404 to a non-party and 403 to a viewer who tries to write', async () => {
    expect((await stranger.request('GET', url('/political-dialogue'))).statusCode).toBe(404);
    const strangerWrite = await stranger.request('POST', url('/political-dialogue/priorities'), {
      title: 'Intrusion',
      stakeIds: [],
      version: 1,
    });
    expect(strangerWrite.statusCode).toBe(404);
    const current = await dialogue(angersViewer);
    const viewerWrite = await angersViewer.request('POST', url('/political-dialogue/priorities'), {
      title: 'Tourisme',
      stakeIds: [],
      version: current.version,
    });
    expect([viewerWrite.statusCode, viewerWrite.json().code]).toEqual([403, 'AUTH.FORBIDDEN']);
  });
});
