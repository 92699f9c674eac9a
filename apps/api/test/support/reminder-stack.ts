import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getQueueToken } from '@nestjs/bullmq';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { PersonRef } from '@passerelle/domain';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import type { AppConfig } from '../../src/config/app-config';
import { PartnershipRepository } from '../../src/lifecycle/partnership.repository';
import { OrganisationEntity } from '../../src/organisations/organisation.entity';
import { QUEUES } from '../../src/queues/queue-names';
import { reminderJobId } from '../../src/reminders/reminder-job-queue';
import { ReminderEntity } from '../../src/reminders/reminder.entity';
import type { UserEntity } from '../../src/users/user.entity';
import { WorkerModule } from '../../src/worker.module';
import { Factory, unique } from '../factories/world';
import { ControllableSmtpServer } from './controllable-smtp-server';
import { TestHttpClient } from './http-client';
import { OffsetClock } from './offset-clock';
import { startTestApp } from './test-app';
import { buildTestConfig, testRedisUrl } from './test-config';
import { createTestDatabase, type TestDatabase } from './test-database';

/** Settings that keep reminder specs fast: short retries, upkeep only when the spec asks for it. */
export const FAST_REMINDER_SETTINGS = {
  REMINDER_CONCURRENCY: '4',
  REMINDER_ATTEMPTS: '4',
  REMINDER_BACKOFF_MS: '100',
  REMINDER_RECONCILE_INTERVAL_MS: '3600000',
  REMINDER_LOCK_DURATION_MS: '2000',
  REMINDER_STALLED_INTERVAL_MS: '500',
  // The RFC's minutes scaled down: a spec's mail server that never answers fails an attempt in seconds.
  SMTP_CONNECTION_TIMEOUT_MS: '2000',
  SMTP_GREETING_TIMEOUT_MS: '2000',
  SMTP_SOCKET_TIMEOUT_MS: '4000',
  REMINDER_LEASE_MS: '6000',
  PUBLIC_URL: 'https://passerelle.test',
};

/** The test Redis with another database number, so that a spec may flush its own keys and no one else's. */
export function isolatedRedisUrl(database: number): string {
  const url = new URL(testRedisUrl());
  url.pathname = `/${database}`;
  return url.toString();
}

/**
 * The API and the worker against real PostgreSQL, Redis and an SMTP server in this process, sharing one
 * clock that the spec moves: what runs in production, with time under the test's control.
 */
export class ReminderStack {
  readonly clock = new OffsetClock();
  readonly smtp = new ControllableSmtpServer();
  database!: TestDatabase;
  config!: AppConfig;
  api!: NestFastifyApplication;
  worker: INestApplicationContext | undefined;
  dataSource!: DataSource;
  factory!: Factory;
  queue!: Queue;

  async start(overrides: Record<string, string> = {}, { worker = true } = {}): Promise<this> {
    this.database = await createTestDatabase();
    this.config = buildTestConfig(this.database.url, {
      ...FAST_REMINDER_SETTINGS,
      SMTP_URL: await this.smtp.start(),
      MAIL_FROM: 'Passerelle <noreply@test.local>',
      ...overrides,
    });
    this.api = await startTestApp(this.config, AppModule.forRoot(this.config, { clock: this.clock }));
    this.dataSource = this.api.get(DataSource);
    this.factory = new Factory(this.dataSource);
    this.queue = this.api.get<Queue>(getQueueToken(QUEUES.reminders));
    if (worker) await this.startWorker();
    return this;
  }

  /** The worker, with the API's configuration unless told (another Redis, say). */
  async startWorker(config: AppConfig = this.config): Promise<INestApplicationContext> {
    this.worker = await NestFactory.createApplicationContext(
      WorkerModule.forRoot(config, { clock: this.clock }),
      { logger: false },
    );
    await this.worker.init();
    return this.worker;
  }

  async stop(): Promise<void> {
    await this.worker?.close();
    await this.api.close();
    await this.smtp.stop();
    await this.database.drop();
  }

  /**
   * Time passes: the clock jumps to `instant`, and every delayed reminder job is looked at again (each one
   * that is still early goes back to wait, using the clock).
   */
  /**
   * Moves the clock and promotes every delayed job, then waits until the worker has put the still-early ones
   * back: a job the worker holds cannot be removed, so a write right after would leave it in place (harmless
   * — its row is no longer pending — but not what the specs check).
   */
  async advanceTo(instant: Date): Promise<void> {
    this.clock.set(instant);
    await this.queue.promoteJobs();
    // Generous: an earlier case's job may still be finishing an attempt against a slow mail server, which on
    // a loaded machine outlasts the default wait.
    await this.until(
      'the worker to take the promoted jobs',
      async () => {
        const counts = await this.queue.getJobCounts('waiting', 'active', 'prioritized');
        return (counts.waiting ?? 0) + (counts.active ?? 0) + (counts.prioritized ?? 0) === 0;
      },
      30_000,
    );
  }

  /** Waits (polling, bounded) until `check` holds; fails with `what` otherwise. */
  async until(what: string, check: () => Promise<boolean> | boolean, timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  /**
   * Waits until no delivery job is left for these rows. A write removes them right after its commit, and
   * answers anyway when Redis is slow (on a loaded machine), so the removal is awaited, not assumed.
   */
  async untilJobsRemoved(rows: readonly { id: string }[]): Promise<void> {
    await this.until('the cancelled reminders’ jobs to be removed', async () => {
      for (const row of rows) if (await this.jobExists(row.id)) return false;
      return true;
    });
  }

  /** Gives a duplicate the time it would need to show up. */
  settle(ms = 300): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms));
  }

  reminders(partnershipId: string): Promise<ReminderEntity[]> {
    return this.dataSource.manager.find(ReminderEntity, {
      where: { partnershipId },
      order: { notifyAt: 'ASC', key: 'ASC' },
    });
  }

  async jobExists(reminderId: string): Promise<boolean> {
    return (await this.queue.getJob(reminderJobId(reminderId))) !== undefined;
  }

  /**
   * A technicians' plan (every two weeks) as if agreed on `proposedAt`, written through the lifecycle now,
   * with its scheduling: an exchange due since long ago is found overdue at once.
   */
  async planAgreedOn(world: World, proposedAt: Date): Promise<void> {
    const person = (user: UserEntity): PersonRef => ({
      personId: user.id,
      name: user.displayName,
      partyId: user.organisationId,
      role: 'technician',
    });
    const repository = this.api.get(PartnershipRepository);
    await this.dataSource.transaction((manager) =>
      repository.execute(
        manager,
        world.partnershipId,
        {
          type: 'ProposeDialoguePlan',
          proposedBy: world.a.id,
          toleranceDays: 14,
          audiences: [
            {
              audience: 'technicians',
              cadence: { every: 2, unit: 'week' },
              channels: ['email'],
              participants: [person(world.a.staff.officer), person(world.b.staff.officer)],
            },
          ],
        },
        { now: proposedAt },
      ),
    );
  }

  /** Two authorities in a partnership: A initiates (French speakers), B is the partner. */
  async world(options: { timeZoneA?: string; timeZoneB?: string; languageB?: string } = {}): Promise<World> {
    const authority = async (name: string, timeZone: string, language: string): Promise<Authority> => {
      const organisation = await this.factory.organisation(`${name} ${unique()}`);
      await this.dataSource.manager.update(OrganisationEntity, { id: organisation.id }, { timeZone });
      const staff = await this.factory.staff(organisation.id);
      for (const user of Object.values(staff)) user.preferredLanguage = language;
      await this.dataSource.query('UPDATE app_user SET preferred_language = $1 WHERE organisation_id = $2', [
        language,
        organisation.id,
      ]);
      const client = async (user: UserEntity) =>
        TestHttpClient.withSession(this.api, await this.factory.session(user.id));
      return {
        id: organisation.id,
        name: organisation.name,
        staff,
        officer: await client(staff.officer),
        admin: await client(staff.admin),
      };
    };
    const a = await authority("Ville d'Angers", options.timeZoneA ?? 'Europe/Paris', 'fr');
    const b = await authority(
      'Town of Moncton',
      options.timeZoneB ?? 'America/Moncton',
      options.languageB ?? 'en',
    );
    const partnership = await this.factory.partnership(a.id, a.staff.officer.id, [b.id]);
    return { a, b, partnershipId: partnership.id, title: partnership.title };
  }
}

export interface Authority {
  id: string;
  name: string;
  staff: Record<'admin' | 'officer' | 'elected' | 'contributor' | 'viewer', UserEntity>;
  officer: TestHttpClient;
  admin: TestHttpClient;
}

export interface World {
  a: Authority;
  b: Authority;
  partnershipId: string;
  title: string;
}

type Cadence = { every: number; unit: 'day' | 'week' | 'month' };

/** Proposes (or re-proposes) the dialogue plan as A's officer, as of the clock's now. */
export async function proposePlan(
  world: World,
  cadences: { technicians?: Cadence; elected_officials?: Cadence },
): Promise<void> {
  const participants = (role: 'officer' | 'elected', personRole: string) => [
    { userId: world.a.staff[role].id, partyId: world.a.id, role: personRole },
    { userId: world.b.staff[role].id, partyId: world.b.id, role: personRole },
  ];
  const audiences = [
    ...(cadences.technicians
      ? [
          {
            audience: 'technicians',
            cadence: cadences.technicians,
            channels: ['email'],
            participants: participants('officer', 'technician'),
          },
        ]
      : []),
    ...(cadences.elected_officials
      ? [
          {
            audience: 'elected_officials',
            cadence: cadences.elected_officials,
            channels: ['video_call'],
            participants: participants('elected', 'elected'),
          },
        ]
      : []),
  ];
  const url = `/api/partnerships/${world.partnershipId}/dialogue`;
  const { version } = (await world.a.officer.request('GET', url)).json();
  const response = await world.a.officer.request('PUT', `${url}/plan`, {
    audiences,
    toleranceDays: 14,
    version,
  });
  if (response.statusCode !== 200) throw new Error(`plan refused: ${response.body}`);
}

/** Logs an exchange between the technicians, as A's officer. */
export async function logTechniciansExchange(world: World, occurredAt: Date): Promise<void> {
  const response = await world.a.officer.request(
    'POST',
    `/api/partnerships/${world.partnershipId}/dialogue/events`,
    {
      audience: 'technicians',
      occurredAt: occurredAt.toISOString(),
      channel: 'email',
      participants: [
        { userId: world.a.staff.officer.id, partyId: world.a.id, role: 'technician' },
        { userId: world.b.staff.officer.id, partyId: world.b.id, role: 'technician' },
      ],
      summary: 'Point sur le chantier',
      decisions: [],
    },
  );
  if (response.statusCode !== 201) throw new Error(`exchange refused: ${response.body}`);
}
