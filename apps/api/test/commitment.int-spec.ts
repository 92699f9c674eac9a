import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../src/audit/audit-event.entity';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

interface CommitmentBody {
  motivations: Array<{
    id: string;
    version: number;
    text: string;
    shared: boolean;
    review: { decision: string; councilDecisionRef: string | null } | null;
  }>;
  partners: Array<{ organisationName: string; motivations: Array<{ text: string }> }>;
}

describe('step 1: building the commitment', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let angersOfficer: TestHttpClient;
  let angersElected: TestHttpClient;
  let bamakoOfficer: TestHttpClient;
  let bamakoElected: TestHttpClient;
  let partnershipId: string;
  const url = (path = '') => `/api/partnerships/${partnershipId}${path}`;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(buildTestConfig(database.url));
    dataSource = app.get(DataSource);
    const factory = new Factory(dataSource);
    const angers = await factory.organisation("Ville d'Angers");
    const bamako = await factory.organisation('District de Bamako', 'ML');
    const angersStaff = await factory.staff(angers.id);
    const bamakoStaff = await factory.staff(bamako.id);
    angersOfficer = TestHttpClient.withSession(app, await factory.session(angersStaff.officer.id));
    angersElected = TestHttpClient.withSession(app, await factory.session(angersStaff.elected.id));
    bamakoOfficer = TestHttpClient.withSession(app, await factory.session(bamakoStaff.officer.id));
    bamakoElected = TestHttpClient.withSession(app, await factory.session(bamakoStaff.elected.id));
    partnershipId = (await factory.partnership(angers.id, angersStaff.officer.id, [bamako.id])).id;
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  async function state(text: string): Promise<CommitmentBody> {
    const response = await angersOfficer.request('POST', url('/motivations'), {
      category: 'political',
      frameOfReference: 'humanist',
      text,
    });
    expect(response.statusCode).toBe(201);
    return response.json();
  }

  const last = (body: CommitmentBody) => body.motivations.at(-1)!;
  /** Each motivation is revised, reviewed and shared under a version of its own. */
  const versionOf = (body: CommitmentBody, motivationId: string) =>
    body.motivations.find((motivation) => motivation.id === motivationId)!.version;

  it('keeps a motivation internal until an elected official approved it and it is shared', async () => {
    const stated = await state('Répondre aux attentes de la diaspora malienne d’Angers');
    const motivation = last(stated);
    expect(motivation).toMatchObject({ shared: false, review: null });
    const partnerView = (await bamakoOfficer.request('GET', url('/commitment'))).json() as CommitmentBody;
    expect(partnerView.partners[0]?.motivations).toEqual([]);
    expect(partnerView.motivations).toEqual([]);

    const early = await angersOfficer.request('POST', url(`/motivations/${motivation.id}/share`), {
      version: motivation.version,
    });
    expect([early.statusCode, early.json().code]).toEqual([409, 'COMMITMENT.MOTIVATION_NOT_APPROVED']);

    const reviewed = await angersElected.request('POST', url(`/motivations/${motivation.id}/review`), {
      decision: 'approved',
      comment: 'Conforme au mandat',
      councilDecisionRef: 'DEL-2026-114',
      councilDecisionOn: '2026-10-05',
      version: motivation.version,
    });
    expect(reviewed.statusCode).toBe(200);
    const approved = reviewed.json() as CommitmentBody;
    expect(approved.motivations.find((m) => m.id === motivation.id)?.review).toMatchObject({
      decision: 'approved',
      councilDecisionRef: 'DEL-2026-114',
    });

    const shared = await angersOfficer.request('POST', url(`/motivations/${motivation.id}/share`), {
      version: versionOf(approved, motivation.id),
    });
    expect(shared.statusCode).toBe(200);
    const partnerAfter = (await bamakoOfficer.request('GET', url('/commitment'))).json() as CommitmentBody;
    expect(partnerAfter.partners[0]).toMatchObject({
      organisationName: "Ville d'Angers",
      motivations: [
        expect.objectContaining({ text: 'Répondre aux attentes de la diaspora malienne d’Angers' }),
      ],
    });
  });

  it('sends a revised motivation back to review and off the table, keeping the history in the trail', async () => {
    const stated = await state('Ouvrir nos services techniques aux échanges');
    const id = last(stated).id;
    const approved = (
      await angersElected.request('POST', url(`/motivations/${id}/review`), {
        decision: 'approved',
        version: versionOf(stated, id),
      })
    ).json() as CommitmentBody;
    const shared = (
      await angersOfficer.request('POST', url(`/motivations/${id}/share`), {
        version: versionOf(approved, id),
      })
    ).json() as CommitmentBody;
    const revised = await angersOfficer.request('PUT', url(`/motivations/${id}`), {
      category: 'institutional',
      frameOfReference: 'pro_domo',
      text: 'Former nos agents par l’échange avec Bamako',
      version: versionOf(shared, id),
    });
    expect(revised.statusCode).toBe(200);
    const afterRevision = revised.json().motivations.find((m: { id: string }) => m.id === id);
    expect(afterRevision).toMatchObject({ shared: false, review: null });
    // The approval it had stays in its history.
    expect(afterRevision.reviewHistory).toEqual([expect.objectContaining({ decision: 'approved' })]);
    const actions = (
      await dataSource
        .getRepository(AuditEventEntity)
        .find({ where: { entityId: partnershipId }, order: { id: 'ASC' } })
    ).map((event) => event.action);
    expect(actions).toEqual(
      expect.arrayContaining([
        'lifecycle.MotivationStated',
        'lifecycle.MotivationReviewed',
        'lifecycle.MotivationShared',
        'lifecycle.MotivationRevised',
      ]),
    );
  });

  it('lets only elected officials review, and only their own side’s motivations', async () => {
    const stated = await state('Faire exister Angers à l’international');
    const id = last(stated).id;
    const byOfficer = await angersOfficer.request('POST', url(`/motivations/${id}/review`), {
      decision: 'approved',
      version: versionOf(stated, id),
    });
    // Angers is led by elected officials: its staff may not review for it (an appointed executive's may).
    expect([byOfficer.statusCode, byOfficer.json().code]).toEqual([403, 'REVIEW.REVIEWER_NOT_ELECTED']);
    const byPartner = await bamakoElected.request('POST', url(`/motivations/${id}/review`), {
      decision: 'approved',
      version: versionOf(stated, id),
    });
    expect([byPartner.statusCode, byPartner.json().code]).toEqual([404, 'RESOURCE.NOT_FOUND']);
    const queue = (await angersElected.request('GET', '/api/motivation-reviews')).json();
    // The queue gives each motivation's own version, the one its review is sent with.
    expect(queue.items).toContainEqual(expect.objectContaining({ id, version: versionOf(stated, id) }));
    expect((await bamakoElected.request('GET', '/api/motivation-reviews')).json().items).toEqual([]);
  });

  const revise = (motivationId: string, text: string, version: number) =>
    angersOfficer.request('PUT', url(`/motivations/${motivationId}`), {
      category: 'political',
      frameOfReference: 'humanist',
      text,
      version,
    });

  it('refuses a stale edit with 409 and the current version', async () => {
    const stated = await state('Texte initial');
    const id = last(stated).id;
    const read = versionOf(stated, id);
    // Two people revise the same motivation from the same reading: one wins, the other is told to reload.
    const responses = await Promise.all([
      revise(id, 'Première version', read),
      revise(id, 'Écrasement', read),
    ]);
    expect(responses.map((response) => response.statusCode).sort()).toEqual([200, 409]);
    const refused = responses.find((response) => response.statusCode === 409)!;
    const current = (await angersOfficer.request('GET', url('/commitment'))).json() as CommitmentBody;
    expect(versionOf(current, id)).toBe(read + 1);
    expect(refused.json()).toMatchObject({
      code: 'RESOURCE.CONFLICT',
      currentVersion: versionOf(current, id),
    });
    // The text kept is the one of the revision accepted, never the refused one.
    const accepted = responses.find((response) => response.statusCode === 200)!;
    const acceptedText = (accepted.json() as CommitmentBody).motivations.find((m) => m.id === id)!.text;
    expect(current.motivations.find((m) => m.id === id)?.text).toBe(acceptedText);
  });

  it('revises two motivations read at once, both, even after an unrelated edit of the file', async () => {
    await state('Coopérer sur la gestion de l’eau');
    await state('Accueillir des volontaires de Bamako');
    const read = (await angersOfficer.request('GET', url('/commitment'))).json() as CommitmentBody;
    const [water, volunteers] = read.motivations.slice(-2);
    // A stake recorded since the reading changes neither motivation: their versions still hold.
    const stake = await angersOfficer.request('POST', url('/stakes'), {
      title: 'Jeunesse',
      cooperationCanBeLever: true,
    });
    expect(stake.statusCode).toBe(201);
    const responses = await Promise.all([
      revise(water!.id, 'Coopérer sur l’eau potable et l’assainissement', water!.version),
      revise(volunteers!.id, 'Accueillir des volontaires et des stagiaires de Bamako', volunteers!.version),
    ]);
    expect(responses.map((response) => [response.statusCode, response.json().code])).toEqual([
      [200, undefined],
      [200, undefined],
    ]);
    const after = (await angersOfficer.request('GET', url('/commitment'))).json() as CommitmentBody;
    expect(after.motivations.find((m) => m.id === water!.id)).toMatchObject({
      text: 'Coopérer sur l’eau potable et l’assainissement',
      version: water!.version + 1,
    });
    expect(after.motivations.find((m) => m.id === volunteers!.id)).toMatchObject({
      text: 'Accueillir des volontaires et des stagiaires de Bamako',
      version: volunteers!.version + 1,
    });
  });

  it('answers empty, overlong texts and unknown categories with field errors, writing nothing', async () => {
    const before = (await angersOfficer.request('GET', url('/commitment'))).json() as CommitmentBody;
    const response = await angersOfficer.request('POST', url('/motivations'), {
      category: 'fiscal',
      frameOfReference: 'humanist',
      text: '',
    });
    expect(response.statusCode).toBe(422);
    expect((response.json().errors as Array<{ field: string }>).map((error) => error.field).sort()).toEqual([
      'category',
      'text',
    ]);
    const long = await angersOfficer.request('POST', url('/stakes'), {
      title: 'x'.repeat(301),
      cooperationCanBeLever: false,
    });
    expect(long.json().errors).toEqual([expect.objectContaining({ field: 'title', rule: 'maxLength' })]);
    const after = (await angersOfficer.request('GET', url('/commitment'))).json() as CommitmentBody;
    // Nothing was written: the whole file reads as before, every record at its version.
    expect(after).toEqual(before);
  });

  it('marks step 1 done in the assessment once its criteria hold', async () => {
    const initial = (await angersOfficer.request('GET', url('/assessment'))).json();
    const commitmentStep = initial.steps.find((step: { step: string }) => step.step === 'COMMITMENT');
    expect(commitmentStep.status).not.toBe('done');
    expect(
      commitmentStep.criteria.filter((c: { met: boolean }) => !c.met).map((c: { id: string }) => c.id),
    ).toEqual(
      expect.arrayContaining([
        'COMMITMENT.CONTRIBUTIONS_IDENTIFIED',
        'COMMITMENT.TERRITORY_ACTORS_ASSOCIATED',
      ]),
    );

    const actorCreated = (
      await angersOfficer.request('POST', url('/territory-actors'), {
        name: 'Association Angers-Bamako',
        kind: 'association',
        involvement: 'co_carrier',
      })
    ).json();
    const actorId = actorCreated.territoryActors.at(-1).id as string;
    await angersOfficer.request('POST', url(`/territory-actors/${actorId}/consultations`), {
      on: '2026-09-14',
      summary: 'Présentation de la démarche',
    });
    // One consultation of one actor is not the territory carrying the approach: three actors, two kinds.
    const oneActor = (await angersOfficer.request('GET', url('/assessment'))).json();
    expect(
      oneActor.steps
        .find((s: { step: string }) => s.step === 'COMMITMENT')
        .criteria.find((c: { id: string }) => c.id === 'COMMITMENT.TERRITORY_ACTORS_ASSOCIATED').met,
    ).toBe(false);
    expect(oneActor.figures.territoryActors).toMatchObject({
      associatedActors: 1,
      associatedKinds: ['association'],
      requiredActors: 3,
      requiredKinds: 2,
    });
    for (const [name, kind] of [
      ['Lycée Joachim du Bellay', 'school'],
      ['CHU d’Angers', 'hospital'],
    ] as const) {
      const created = (
        await angersOfficer.request('POST', url('/territory-actors'), {
          name,
          kind,
          involvement: 'consulted',
        })
      ).json();
      const id = created.territoryActors.at(-1).id as string;
      await angersOfficer.request('POST', url(`/territory-actors/${id}/consultations`), {
        on: '2026-09-15',
        summary: 'Présentation de la démarche',
      });
    }
    await angersOfficer.request('POST', url('/contributions'), {
      title: 'Savoir-faire de la régie des eaux',
    });
    await angersOfficer.request('POST', url('/stakes'), {
      title: 'Eau potable',
      cooperationCanBeLever: true,
    });
    const view = (await angersOfficer.request('GET', url('/commitment'))).json() as CommitmentBody;
    for (const motivation of view.motivations.filter((m) => m.review?.decision !== 'approved')) {
      const response = await angersElected.request('POST', url(`/motivations/${motivation.id}/review`), {
        decision: 'approved',
        version: motivation.version,
      });
      expect(response.statusCode).toBe(200);
    }

    const assessed = (await angersOfficer.request('GET', url('/assessment'))).json();
    const step = assessed.steps.find((s: { step: string }) => s.step === 'COMMITMENT');
    expect(step.criteria.filter((c: { met: boolean }) => !c.met)).toEqual([]);
    expect(step.status).toBe('done');
    // Bamako is already a party, so the partner search is done too: next comes the presentation.
    expect(assessed.steps.find((s: { step: string }) => s.step === 'PARTNER_SEARCH').status).toBe('done');
    expect(assessed.currentStep).toBe('PRESENTATION');
  });

  it('keeps each party’s commitment file to itself', async () => {
    await bamakoOfficer.request('POST', url('/contributions'), { title: 'Accueil des délégations' });
    const angersView = (await angersOfficer.request('GET', url('/commitment'))).json();
    expect(angersView.contributions.map((c: { title: string }) => c.title)).not.toContain(
      'Accueil des délégations',
    );
    const bamakoView = (await bamakoOfficer.request('GET', url('/commitment'))).json();
    expect(bamakoView.contributions.map((c: { title: string }) => c.title)).toEqual([
      'Accueil des délégations',
    ]);
  });
});
