import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataSource } from 'typeorm';
import { AuditEventEntity } from '../src/audit/audit-event.entity';
import type { UserEntity } from '../src/users/user.entity';
import type { UserRole } from '../src/users/user-role';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

interface PartnershipBody {
  id: string;
  form: string;
  legalBasis: string;
  criteria: string[];
  version: number;
  parties: Array<{ organisationId: string; role: string; governance: string }>;
}

describe('legal variants: the partnership’s form and the partner’s governance', () => {
  let database: TestDatabase;
  let app: NestFastifyApplication;
  let dataSource: DataSource;
  let factory: Factory;
  let angersId: string;
  let bamakoId: string;
  let angersStaff: Record<UserRole, UserEntity>;
  let bamakoStaff: Record<UserRole, UserEntity>;
  let strangerOfficer: TestHttpClient;
  const clients = new Map<string, TestHttpClient>();
  const as = async (user: UserEntity) => {
    const known = clients.get(user.id);
    if (known) return known;
    const client = TestHttpClient.withSession(app, await factory.session(user.id));
    clients.set(user.id, client);
    return client;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(buildTestConfig(database.url));
    dataSource = app.get(DataSource);
    factory = new Factory(dataSource);
    angersId = (await factory.organisation("Ville d'Angers")).id;
    bamakoId = (await factory.organisation('Cercle de Kati', 'ML')).id;
    angersStaff = await factory.staff(angersId);
    bamakoStaff = await factory.staff(bamakoId);
    const stranger = await factory.organisation('Commune de Tours');
    strangerOfficer = await as(await factory.user(stranger.id, 'officer'));
  });

  afterAll(async () => {
    await app.close();
    await database.drop();
  });

  async function create(form: string): Promise<PartnershipBody> {
    const response = await (
      await as(angersStaff.officer)
    ).request('POST', '/api/partnerships', { title: `Action ${form}`, form, approach: 'humanitarian' });
    expect(response.statusCode).toBe(201);
    return response.json();
  }

  async function read(id: string, user = angersStaff.officer): Promise<PartnershipBody> {
    const response = await (await as(user)).request('GET', `/api/partnerships/${id}`);
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  async function assessment(id: string) {
    const response = await (
      await as(angersStaff.officer)
    ).request('GET', `/api/partnerships/${id}/assessment`);
    expect(response.statusCode).toBe(200);
    return response.json() as {
      form: string;
      legalBasis: string;
      steps: Array<{ step: string; criteria: Array<{ id: string }> }>;
    };
  }

  it('creates a partnership with each lawful form and assesses it by that form’s criteria', async () => {
    const cooperation = await create('decentralised_cooperation');
    expect(cooperation).toMatchObject({ form: 'decentralised_cooperation', legalBasis: 'convention' });
    expect(cooperation.criteria).toContain('CONVENTION.SIGNED');
    expect((await assessment(cooperation.id)).steps).toHaveLength(6);

    const emergency = await create('emergency_aid');
    expect(emergency).toMatchObject({ form: 'emergency_aid', legalBasis: 'emergency_aid' });
    expect(emergency.criteria).not.toContain('CONVENTION.SIGNED');
    expect(emergency.criteria).toContain('ACTIONS.AID_COMPLETED');
    const emergencyAssessment = await assessment(emergency.id);
    expect(emergencyAssessment).toMatchObject({ form: 'emergency_aid', legalBasis: 'emergency_aid' });
    expect(emergencyAssessment.steps.map((step) => step.step)).toEqual(['PARTNER_SEARCH', 'ACTIONS']);

    const external = await create('external_action');
    expect(external).toMatchObject({ form: 'external_action', legalBasis: 'without_convention' });
    const steps = (await assessment(external.id)).steps.map((step) => step.step);
    expect(steps).not.toContain('CONVENTION');
    expect(steps).not.toContain('INITIATION');
  });

  it('refuses a form the method does not know', async () => {
    const response = await (
      await as(angersStaff.officer)
    ).request('POST', '/api/partnerships', { title: 'X', form: 'joint_venture', approach: 'humanitarian' });
    expect(response.statusCode).toBe(422);
  });

  it('lets an officer change the form, under the version, with an audit row and a new assessment', async () => {
    const partnership = await create('decentralised_cooperation');
    const officer = await as(angersStaff.officer);
    const changed = await officer.request('PUT', `/api/partnerships/${partnership.id}/form`, {
      form: 'emergency_aid',
      version: partnership.version,
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ form: 'emergency_aid', legalBasis: 'emergency_aid' });
    expect((await assessment(partnership.id)).legalBasis).toBe('emergency_aid');

    const stale = await officer.request('PUT', `/api/partnerships/${partnership.id}/form`, {
      form: 'external_action',
      version: partnership.version,
    });
    expect(stale.statusCode).toBe(409);

    const same = await officer.request('PUT', `/api/partnerships/${partnership.id}/form`, {
      form: 'emergency_aid',
      version: (await read(partnership.id)).version,
    });
    expect({ status: same.statusCode, code: same.json().code }).toEqual({
      status: 409,
      code: 'PARTNERSHIP.FORM_UNCHANGED',
    });

    const audit = await dataSource.manager.findBy(AuditEventEntity, {
      entityId: partnership.id,
      action: 'lifecycle.PartnershipFormChanged',
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorUserId: angersStaff.officer.id });
    expect(JSON.stringify(audit[0]?.changes)).toContain('decentralised_cooperation');
  });

  it('keeps the form to officers of a party: other roles are refused, strangers see nothing', async () => {
    const partnership = await create('decentralised_cooperation');
    const body = { form: 'external_action', version: partnership.version };
    for (const role of ['elected', 'contributor', 'viewer'] as const) {
      const response = await (
        await as(angersStaff[role])
      ).request('PUT', `/api/partnerships/${partnership.id}/form`, body);
      expect({ role, status: response.statusCode }).toEqual({ role, status: 403 });
    }
    const foreign = await strangerOfficer.request('PUT', `/api/partnerships/${partnership.id}/form`, body);
    expect(foreign.statusCode).toBe(404);
    expect((await read(partnership.id)).form).toBe('decentralised_cooperation');
  });

  describe('a partner led by an appointed executive', () => {
    let partnershipId: string;

    beforeAll(async () => {
      partnershipId = (await factory.partnership(angersId, angersStaff.officer.id, [bamakoId])).id;
    });

    const url = (path: string) => `/api/partnerships/${partnershipId}${path}`;

    async function compatibilityReview(user: UserEntity) {
      const dialogue = (await (await as(user)).request('GET', url('/political-dialogue'))).json();
      return (await as(user)).request('POST', url('/political-dialogue/compatibility-reviews'), {
        decision: 'approved',
        version: dialogue.version,
      });
    }

    it('starts every party as led by elected officials', async () => {
      const parties = (await read(partnershipId)).parties;
      expect(parties.map((party) => party.governance)).toEqual(['elected_executive', 'elected_executive']);
    });

    it('refuses a review by staff of a partner led by elected officials', async () => {
      const response = await compatibilityReview(bamakoStaff.officer);
      expect({ status: response.statusCode, code: response.json().code }).toMatchObject({
        status: 403,
        code: 'REVIEW.REVIEWER_NOT_ELECTED',
      });
    });

    it('lets the partner state its appointed executive, audited, and its reviews be given by whoever leads it', async () => {
      const version = (await read(partnershipId, bamakoStaff.officer)).version;
      const stated = await (
        await as(bamakoStaff.officer)
      ).request('PUT', url(`/parties/${bamakoId}/governance`), {
        governance: 'appointed_executive',
        version,
      });
      expect(stated.statusCode).toBe(200);
      expect(
        (stated.json() as PartnershipBody).parties.find((party) => party.organisationId === bamakoId),
      ).toMatchObject({ governance: 'appointed_executive' });
      const audit = await dataSource.manager.findBy(AuditEventEntity, {
        entityId: partnershipId,
        action: 'lifecycle.PartyGovernanceSet',
      });
      expect(audit).toHaveLength(1);

      // Motivations must be on the table before compatibility is judged; this checks who may judge.
      const response = await compatibilityReview(bamakoStaff.officer);
      expect(response.json().code).not.toBe('REVIEW.REVIEWER_NOT_ELECTED');
      expect(response.statusCode).not.toBe(403);
    });

    it('still keeps the initiator’s reviews, led by elected officials, to them', async () => {
      const response = await compatibilityReview(angersStaff.officer);
      expect(response.statusCode).toBe(403);
      expect(response.json().code).toBe('REVIEW.REVIEWER_NOT_ELECTED');
    });

    it('refuses governance from a viewer, and for a party of another partnership', async () => {
      const version = (await read(partnershipId)).version;
      const viewer = await (
        await as(angersStaff.viewer)
      ).request('PUT', url(`/parties/${bamakoId}/governance`), { governance: 'elected_executive', version });
      expect(viewer.statusCode).toBe(403);
      const stranger = await strangerOfficer.request('PUT', url(`/parties/${bamakoId}/governance`), {
        governance: 'elected_executive',
        version,
      });
      expect(stranger.statusCode).toBe(404);
      const notAParty = await (
        await as(angersStaff.officer)
      ).request('PUT', url(`/parties/${angersStaff.officer.id}/governance`), {
        governance: 'appointed_executive',
        version,
      });
      expect(notAParty.json().code).toBe('PARTNERSHIP.UNKNOWN_PARTY');
    });
  });
});
