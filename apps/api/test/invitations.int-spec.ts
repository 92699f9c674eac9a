import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DataSource } from 'typeorm';
import { InvitationEntity } from '../src/invitations/invitation.entity';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { PartnershipPartyEntity } from '../src/partnership-records/partnership-party.entity';
import { UserEntity } from '../src/users/user.entity';
import { WorkerModule } from '../src/worker.module';
import { Factory } from './factories/world';
import { TestHttpClient } from './support/http-client';
import { SmtpTestServer, type ReceivedMail } from './support/smtp-test-server';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/** The last day of an invitation as a reader of `locale` in Paris reads it ("14. Dezember 2026"). */
function dayIn(locale: string, instant: Date): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'Europe/Paris' }).format(instant);
}

/** The invitation link in a mail's text. */
function linkIn(text: string): string {
  const match = text.match(/http:\/\/passerelle\.test\/invitation\/[A-Za-z0-9_-]+/);
  if (!match) throw new Error(`no invitation link in mail:\n${text}`);
  return match[0];
}

describe('invitations', () => {
  let database: TestDatabase;
  let smtp: SmtpTestServer;
  let app: NestFastifyApplication;
  let worker: INestApplicationContext;
  let dataSource: DataSource;
  let factory: Factory;
  let angers: OrganisationEntity;
  let admin: TestHttpClient;
  let officer: TestHttpClient;
  let viewer: TestHttpClient;
  let officerId: string;

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
    dataSource = app.get(DataSource);
    factory = new Factory(dataSource);
    angers = await factory.organisation("Ville d'Angers");
    const staff = await factory.staff(angers.id);
    officerId = staff.officer.id;
    admin = TestHttpClient.withSession(app, await factory.session(staff.admin.id));
    officer = TestHttpClient.withSession(app, await factory.session(staff.officer.id));
    viewer = TestHttpClient.withSession(app, await factory.session(staff.viewer.id));
  });

  afterAll(async () => {
    await worker.close();
    await app.close();
    await smtp.stop();
    await database.drop();
  });

  async function mailReceivedBy(address: string): Promise<ReceivedMail> {
    for (let waited = 0; waited < 10_000; waited += 50) {
      const mail = smtp.received.find((received) => received.to.includes(address));
      if (mail) return mail;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`no mail to ${address}`);
  }

  async function mailTo(address: string): Promise<string> {
    return (await mailReceivedBy(address)).text;
  }

  async function expiryOf(email: string): Promise<Date> {
    return (await dataSource.getRepository(InvitationEntity).findOneByOrFail({ email })).expiresAt;
  }

  describe('a colleague', () => {
    it('is invited by e-mail, sets a password through the single-use link and is signed in', async () => {
      const sent = await admin.request('POST', '/api/organisation/invitations', {
        email: 'Nadia.Benali@angers.test',
        role: 'officer',
      });
      expect(sent.statusCode).toBe(201);
      expect(sent.json()).toMatchObject({
        email: 'nadia.benali@angers.test',
        role: 'officer',
        status: 'pending',
      });
      const mail = await mailReceivedBy('nadia.benali@angers.test');
      // The invitee has no language yet: the mail speaks the inviting admin's.
      expect(mail.subject).toBe("Invitation à rejoindre Ville d'Angers sur Passerelle");
      expect(mail.text).toContain(
        `lien valable une fois, jusqu’au ${dayIn('fr-FR', await expiryOf('nadia.benali@angers.test'))}`,
      );
      const token = linkIn(mail.text).split('/').at(-1)!;

      const visitor = await new TestHttpClient(app).start();
      const preview = await visitor.request('GET', `/api/invitations/${token}`);
      expect(preview.json()).toMatchObject({
        kind: 'colleague',
        organisationName: "Ville d'Angers",
        role: 'officer',
      });

      const accepted = await visitor.request('POST', `/api/invitations/${token}/accept`, {
        displayName: 'Nadia Benali',
        password: 'un mot de passe solide',
      });
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json()).toMatchObject({ user: { email: 'nadia.benali@angers.test', role: 'officer' } });
      expect((await visitor.request('GET', '/api/partnerships')).statusCode).toBe(200);

      const again = await new TestHttpClient(app).start();
      const reused = await again.request('POST', `/api/invitations/${token}/accept`, {
        displayName: 'Someone Else',
        password: 'another solid password',
      });
      expect(reused.statusCode).toBe(410);
      expect(reused.json().code).toBe('INVITATION.ALREADY_USED');
      expect(await dataSource.getRepository(UserEntity).countBy({ email: 'nadia.benali@angers.test' })).toBe(
        1,
      );
    });

    it('is written to in the language of the admin who invites', async () => {
      const spanishAdmin = await factory.user(angers.id, 'admin', { preferredLanguage: 'es' });
      const client = TestHttpClient.withSession(app, await factory.session(spanishAdmin.id));
      const sent = await client.request('POST', '/api/organisation/invitations', {
        email: 'lucia.garcia@angers.test',
        role: 'viewer',
      });
      expect(sent.statusCode).toBe(201);
      const mail = await mailReceivedBy('lucia.garcia@angers.test');
      expect(mail.subject).toBe("Invitación a unirse a Ville d'Angers en Passerelle");
      expect(mail.text).toContain(`${spanishAdmin.displayName} le invita a unirse a Ville d'Angers`);
      expect(mail.text).toContain(
        `válido hasta el ${dayIn('es-ES', await expiryOf('lucia.garcia@angers.test'))}`,
      );
    });

    it('cannot be accepted with a weak password, and the link stays usable', async () => {
      const { token } = await factory.invitation({
        kind: 'colleague',
        invitingOrganisationId: angers.id,
        invitedByUserId: officerId,
      });
      const visitor = await new TestHttpClient(app).start();
      const weak = await visitor.request('POST', `/api/invitations/${token}/accept`, {
        displayName: 'Léa',
        password: 'short',
      });
      expect(weak.statusCode).toBe(422);
      expect(weak.json().errors).toEqual([expect.objectContaining({ field: 'password', rule: 'minLength' })]);
      expect((await visitor.request('GET', `/api/invitations/${token}`)).statusCode).toBe(200);
    });

    it('refuses a common password, or one containing the e-mail or the organisation, naming the field', async () => {
      const { token } = await factory.invitation({
        kind: 'colleague',
        invitingOrganisationId: angers.id,
        invitedByUserId: officerId,
        email: 'lea.moreau@angers.test',
      });
      const visitor = await new TestHttpClient(app).start();
      const accept = (password: string) =>
        visitor.request('POST', `/api/invitations/${token}/accept`, { displayName: 'Léa', password });

      const refusals = [
        await accept('aaaaaaaaaaaa'),
        await accept('qwerty123456'),
        await accept('Lea.Moreau@angers.test'),
        await accept('moreau-et-fils-2026'),
        await accept('Ville d’Angers 2026 !'),
      ].map((response) => [response.statusCode, response.json().code, response.json().errors?.[0]?.field]);
      expect(refusals).toEqual([
        [422, 'AUTH.PASSWORD_TOO_COMMON', 'password'],
        [422, 'AUTH.PASSWORD_TOO_COMMON', 'password'],
        [422, 'AUTH.PASSWORD_CONTAINS_IDENTITY', 'password'],
        [422, 'AUTH.PASSWORD_CONTAINS_IDENTITY', 'password'],
        [422, 'AUTH.PASSWORD_CONTAINS_IDENTITY', 'password'],
      ]);
      expect(await dataSource.getRepository(UserEntity).countBy({ email: 'lea.moreau@angers.test' })).toBe(0);
      expect((await accept('la Maine coule sous nos ponts')).statusCode).toBe(200);
    });

    it('refuses an expired, a withdrawn and a guessed link', async () => {
      const expired = await factory.invitation({
        kind: 'colleague',
        invitingOrganisationId: angers.id,
        invitedByUserId: officerId,
        expiresAt: new Date(Date.now() - 1000),
      });
      const visitor = await new TestHttpClient(app).start();
      const body = { displayName: 'Léa', password: 'a long enough passphrase' };
      const late = await visitor.request('POST', `/api/invitations/${expired.token}/accept`, body);
      expect([late.statusCode, late.json().code]).toEqual([410, 'INVITATION.EXPIRED']);

      const withdrawn = await factory.invitation({
        kind: 'colleague',
        invitingOrganisationId: angers.id,
        invitedByUserId: officerId,
      });
      expect(
        (await admin.request('DELETE', `/api/organisation/invitations/${withdrawn.invitation.id}`))
          .statusCode,
      ).toBe(204);
      const revoked = await visitor.request('GET', `/api/invitations/${withdrawn.token}`);
      expect([revoked.statusCode, revoked.json().code]).toEqual([410, 'INVITATION.REVOKED']);

      const guessed = await visitor.request(
        'GET',
        '/api/invitations/this-is-not-a-real-token-at-all-0000000000',
      );
      expect([guessed.statusCode, guessed.json().code]).toEqual([404, 'INVITATION.NOT_FOUND']);
    });

    it('refuses an address that already has an account, or a second pending invitation', async () => {
      const existing = await factory.user(angers.id, 'viewer');
      const taken = await admin.request('POST', '/api/organisation/invitations', {
        email: existing.email.toUpperCase(),
        role: 'viewer',
      });
      expect([taken.statusCode, taken.json().code]).toEqual([409, 'INVITATION.EMAIL_ALREADY_REGISTERED']);
      await admin.request('POST', '/api/organisation/invitations', {
        email: 'twice@angers.test',
        role: 'viewer',
      });
      const twice = await admin.request('POST', '/api/organisation/invitations', {
        email: 'twice@angers.test',
        role: 'viewer',
      });
      expect([twice.statusCode, twice.json().code]).toEqual([409, 'INVITATION.ALREADY_PENDING']);
    });

    it('cannot be given another organisation or smuggle fields through the body', async () => {
      const other = await factory.organisation('Ville de Rennes');
      const response = await admin.request('POST', '/api/organisation/invitations', {
        email: 'smuggler@angers.test',
        role: 'viewer',
        organisationId: other.id,
      });
      expect(response.statusCode).toBe(422);
      expect(response.json().errors).toEqual([
        expect.objectContaining({ field: 'organisationId', rule: 'whitelistValidation' }),
      ]);
      expect(
        await dataSource.getRepository(InvitationEntity).countBy({ email: 'smuggler@angers.test' }),
      ).toBe(0);
    });

    it('may only be invited by an admin', async () => {
      const response = await viewer.request('POST', '/api/organisation/invitations', {
        email: 'x@angers.test',
        role: 'admin',
      });
      expect([response.statusCode, response.json().code]).toEqual([403, 'AUTH.FORBIDDEN']);
    });
  });

  describe('a partner authority', () => {
    it('without an account is created by the link, its invitee becomes its admin and sees only that partnership', async () => {
      const created = await officer.request('POST', '/api/partnerships', {
        title: 'Angers – Bamako',
        form: 'decentralised_cooperation',
        approach: 'institutional_support',
      });
      const partnershipId = created.json().id as string;
      const other = await officer.request('POST', '/api/partnerships', {
        title: 'Angers – Sfax',
        form: 'twinning',
        approach: 'mutual_interest',
      });
      expect(other.statusCode).toBe(201);

      const invited = await officer.request(
        'POST',
        `/api/partnerships/${partnershipId}/partner-invitations`,
        {
          email: 'aminata.traore@bamako.test',
          organisation: {
            name: 'District de Bamako',
            kind: 'other',
            countryCode: 'ML',
            languages: ['fr', 'bm'],
            timeZone: 'Africa/Bamako',
          },
        },
      );
      expect(invited.statusCode).toBe(201);
      const mail = await mailTo('aminata.traore@bamako.test');
      // Bamako works in French and Bambara: the mail is in the French it shares with the inviter.
      expect(mail).toContain('invite votre collectivité dans le partenariat « Angers – Bamako »');
      expect(mail).toContain(
        `Créez le compte de votre collectivité ici (lien valable une fois, jusqu’au ${dayIn('fr-FR', await expiryOf('aminata.traore@bamako.test'))}) :`,
      );
      const token = linkIn(mail).split('/').at(-1)!;

      const bamako = await new TestHttpClient(app).start();
      const preview = await bamako.request('GET', `/api/invitations/${token}`);
      expect(preview.json()).toMatchObject({
        kind: 'partner_authority',
        organisationName: 'District de Bamako',
        role: 'admin',
      });
      const accepted = await bamako.request('POST', `/api/invitations/${token}/accept`, {
        displayName: 'Aminata Traoré',
        password: 'ni sɔgɔma, mot de passe',
      });
      expect(accepted.statusCode).toBe(200);
      expect(accepted.json()).toMatchObject({
        user: { role: 'admin' },
        organisation: { name: 'District de Bamako', countryCode: 'ML' },
      });

      const visible = await bamako.request('GET', '/api/partnerships');
      expect(visible.json().items.map((item: { id: string }) => item.id)).toEqual([partnershipId]);
      expect(visible.json().items[0]).toMatchObject({ yourRole: 'partner' });
      expect((await bamako.request('GET', `/api/partnerships/${other.json().id}`)).statusCode).toBe(404);
    });

    it('with an account is accepted by its admin inside Passerelle', async () => {
      const sfax = await factory.organisation('Commune de Sfax', 'TN');
      const sfaxStaff = await factory.staff(sfax.id);
      const created = await officer.request('POST', '/api/partnerships', {
        title: 'Angers – Sfax 2',
        form: 'twinning',
        approach: 'mutual_interest',
      });
      const partnershipId = created.json().id as string;
      const invited = await officer.request(
        'POST',
        `/api/partnerships/${partnershipId}/partner-invitations`,
        {
          email: sfaxStaff.officer.email,
          organisation: {
            name: 'ignored: the authority exists',
            kind: 'commune',
            countryCode: 'TN',
            languages: ['ar', 'fr'],
            timeZone: 'Africa/Tunis',
          },
        },
      );
      expect(invited.statusCode).toBe(201);
      expect(await mailTo(sfaxStaff.admin.email)).toContain('Angers – Sfax 2');

      const sfaxAdmin = TestHttpClient.withSession(app, await factory.session(sfaxStaff.admin.id));
      expect((await sfaxAdmin.request('GET', `/api/partnerships/${partnershipId}`)).statusCode).toBe(404);
      const pending = await sfaxAdmin.request('GET', '/api/partnership-invitations');
      const invitationId = pending.json().items[0].id as string;
      expect(pending.json().items[0]).toMatchObject({
        partnershipTitle: 'Angers – Sfax 2',
        organisationName: 'Commune de Sfax',
        invitingOrganisationName: "Ville d'Angers",
      });
      expect(
        (await sfaxAdmin.request('POST', `/api/partnership-invitations/${invitationId}/accept`)).statusCode,
      ).toBe(204);
      expect(
        (await sfaxAdmin.request('GET', `/api/partnerships/${partnershipId}`)).json().parties,
      ).toHaveLength(2);

      const twice = await sfaxAdmin.request('POST', `/api/partnership-invitations/${invitationId}/accept`);
      expect([twice.statusCode, twice.json().code]).toEqual([410, 'INVITATION.ALREADY_USED']);
      expect(await dataSource.getRepository(PartnershipPartyEntity).countBy({ partnershipId })).toBe(2);
      expect(
        await dataSource.getRepository(OrganisationEntity).countBy({ name: 'ignored: the authority exists' }),
      ).toBe(0);
    });

    it('with an account is written to in each admin’s language, one mail per language, its last day spelt in it', async () => {
      const erfurt = await factory.organisation('Stadt Erfurt', 'DE');
      const invitee = await factory.user(erfurt.id, 'officer');
      const german = await factory.user(erfurt.id, 'admin', { preferredLanguage: 'de' });
      const arabic = await factory.user(erfurt.id, 'admin', { preferredLanguage: 'ar' });
      const secondGerman = await factory.user(erfurt.id, 'admin', { preferredLanguage: 'de' });
      const created = await officer.request('POST', '/api/partnerships', {
        title: 'Angers – Erfurt',
        form: 'twinning',
        approach: 'mutual_interest',
      });
      const invited = await officer.request(
        'POST',
        `/api/partnerships/${created.json().id}/partner-invitations`,
        {
          email: invitee.email,
          organisation: {
            name: 'Stadt Erfurt',
            kind: 'commune',
            countryCode: 'DE',
            languages: ['de'],
            timeZone: 'Europe/Berlin',
          },
        },
      );
      expect(invited.statusCode).toBe(201);
      const lastDay = await expiryOf(invitee.email);

      const inGerman = await mailReceivedBy(german.email);
      expect(inGerman.to.sort()).toEqual([german.email, secondGerman.email].sort());
      expect(inGerman.subject).toBe("Ville d'Angers lädt Sie zu einer Partnerschaft ein");
      expect(inGerman.text).toContain('lädt Ihre Kommune zur Partnerschaft „Angers – Erfurt“ ein.');
      expect(inGerman.text).toContain(
        `Melden Sie sich bei Passerelle an, um die Einladung anzunehmen (bis zum ${dayIn('de-DE', lastDay)}):`,
      );
      expect(inGerman.text).toMatch(/bis zum \d{1,2}\. [A-Za-zä]+ \d{4}\)/);

      const inArabic = await mailReceivedBy(arabic.email);
      expect(inArabic.to).toEqual([arabic.email]);
      expect(inArabic.subject).toBe("Ville d'Angers تدعوكم إلى شراكة");
      expect(inArabic.text).toContain('جماعتكم إلى الشراكة «Angers – Erfurt»');
      expect(inArabic.text).toContain(`لقبول الدعوة (حتى ${dayIn('ar-u-nu-latn', lastDay)}):`);
      expect(inArabic.text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      expect(inArabic.text).toContain('http://passerelle.test/invitations-partenariat');
    });

    it('refuses to invite an authority that is already a party', async () => {
      const created = await officer.request('POST', '/api/partnerships', {
        title: 'Solo',
        form: 'network',
        approach: 'development',
      });
      const response = await officer.request(
        'POST',
        `/api/partnerships/${created.json().id}/partner-invitations`,
        {
          email: (await factory.user(angers.id, 'viewer')).email,
          organisation: {
            name: 'Angers',
            kind: 'commune',
            countryCode: 'FR',
            languages: ['fr'],
            timeZone: 'Europe/Paris',
          },
        },
      );
      expect([response.statusCode, response.json().code]).toEqual([409, 'PARTNERSHIP.ALREADY_PARTY']);
    });

    it('lists each invalid field of the authority', async () => {
      const created = await officer.request('POST', '/api/partnerships', {
        title: 'Check',
        form: 'network',
        approach: 'development',
      });
      const response = await officer.request(
        'POST',
        `/api/partnerships/${created.json().id}/partner-invitations`,
        {
          email: 'not-an-email',
          organisation: {
            name: '',
            kind: 'village',
            countryCode: 'XX',
            languages: ['français'],
            timeZone: 'Mars/Olympus',
          },
        },
      );
      expect(response.statusCode).toBe(422);
      const fields = (response.json().errors as Array<{ field: string }>).map((error) => error.field);
      expect(new Set(fields)).toEqual(
        new Set([
          'email',
          'organisation.name',
          'organisation.kind',
          'organisation.countryCode',
          'organisation.languages',
          'organisation.timeZone',
        ]),
      );
    });
  });
});
