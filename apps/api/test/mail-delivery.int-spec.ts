import { NestFactory } from '@nestjs/core';
import type { INestApplicationContext } from '@nestjs/common';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { MailService } from '../src/mail/mail.service';
import { WorkerModule } from '../src/worker.module';
import { buildTestConfig } from './support/test-config';
import { startTestApp } from './support/test-app';
import { createTestDatabase, type TestDatabase } from './support/test-database';
import { SmtpTestServer } from './support/smtp-test-server';

describe('mail: queued by the API, delivered over SMTP by the worker', () => {
  let database: TestDatabase;
  let smtp: SmtpTestServer;
  let api: NestFastifyApplication;
  let worker: INestApplicationContext;

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = new SmtpTestServer();
    const config = buildTestConfig(database.url, {
      SMTP_URL: await smtp.start(),
      MAIL_FROM: 'Passerelle <noreply@test.local>',
    });
    api = await startTestApp(config);
    worker = await NestFactory.createApplicationContext(WorkerModule.forRoot(config), { logger: false });
    await worker.init();
  });

  afterAll(async () => {
    await worker.close();
    await api.close();
    await smtp.stop();
    await database.drop();
  });

  it('sends a queued mail once, even when the same mail is queued twice', async () => {
    const mails = api.get(MailService);
    const mail = { to: ['officer@angers.fr'], subject: 'Invitation', text: 'Bienvenue sur Passerelle' };
    await mails.enqueue(mail, 'invitation-42');
    await mails.enqueue(mail, 'invitation-42');
    const received = await smtp.waitForMails(1);
    // Give a duplicate the time it would need to arrive.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(smtp.received).toHaveLength(1);
    expect(received[0]).toMatchObject({ from: 'noreply@test.local', to: ['officer@angers.fr'] });
    expect(received[0]?.raw).toContain('Subject: Invitation');
    expect(received[0]?.raw).toContain('Bienvenue sur Passerelle');
  });
});
