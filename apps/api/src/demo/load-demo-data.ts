import { parseReminderSettings, type ReminderSettings } from '../config/app-config';
import { randomUUID } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type {
  ActorInvolvement,
  FrameOfReference,
  MotivationCategory,
  PartnershipCommand,
  PersonRef,
  TerritoryActorKind,
} from '@passerelle/domain';
import { writeLaterStepPartnerships } from './demo-later-steps';
import { PartnershipRepository } from '../lifecycle/partnership.repository';
import { SystemClock } from '../common/clock/clock';
import { insertFundingDemo } from './demo-funding';
import { ReminderScheduler } from '../reminders/reminder-scheduler';
import type { DataSource, EntityManager } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartnershipPartyEntity } from '../partnership-records/partnership-party.entity';
import { PartnershipEntity } from '../partnership-records/partnership.entity';
import { UserEntity } from '../users/user.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { PartnerRequestEntity } from '../directory/partner-request.entity';
import { TerritoryActorEntity } from '../territory-actors/territory-actor.entity';
import {
  DEMO_ORGANISATIONS,
  DEMO_PARTNERSHIPS,
  DEMO_PASSWORD,
  DEMO_USERS,
  demoEmail,
  type DemoCommitment,
  type DemoOrganisation,
  type DemoPartnership,
} from './demo-data';

/** Serialises concurrent loaders (two starts at once) on one arbitrary, constant advisory lock key. */
const DEMO_LOCK_KEY = 7_400_001;

type OrganisationIds = Record<DemoOrganisation['key'], string>;

/**
 * Loads the demo data into a database that holds no organisation yet, in one transaction, and reports
 * whether it did. A database with data of its own is never touched.
 */
export async function loadDemoData(
  dataSource: DataSource,
  reminderSettings: ReminderSettings = parseReminderSettings({}),
): Promise<boolean> {
  const passwordHash = await hash(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_LOCK_KEY]);
    if ((await manager.count(OrganisationEntity)) > 0) return false;
    const organisationIds = await insertOrganisations(manager);
    const staffOf = await insertUsers(manager, organisationIds, passwordHash);
    await insertPartnerships(manager, organisationIds, staffOf);
    await insertFundingDemo(manager, organisationIds.angers, new Date());
    await scheduleReminders(manager, reminderSettings);
    await manager.insert(PartnerRequestEntity, {
      organisationId: organisationIds.bamako,
      title: 'Nous cherchons un partenaire pour la gestion des déchets',
      description:
        'Collecte et valorisation des déchets dans les communes du District ; formation des agents.',
      themes: ['waste', 'governance'],
      status: 'open',
    });
    await manager.insert(AuditEventEntity, {
      organisationId: null,
      actorUserId: null,
      entityType: 'system',
      entityId: 'demo-data',
      action: 'demo_data.loaded',
      changes: {},
      requestId: null,
    });
    return true;
  });
}

/**
 * The demo's reminders as of the moment it is loaded: its partnerships were written as of past dates,
 * without scheduling, so each is scheduled once now (the relation falling asleep is reminded at once). The
 * worker gives the rows their jobs when it starts (reconciliation).
 */
async function scheduleReminders(manager: EntityManager, reminders: ReminderSettings): Promise<void> {
  const repository = new PartnershipRepository();
  const scheduler = new ReminderScheduler(new SystemClock(), { reminders });
  const partnerships = await manager.find(PartnershipEntity, { select: { id: true }, order: { id: 'ASC' } });
  for (const { id } of partnerships) {
    await scheduler.schedule(manager, (await repository.load(manager, id)).snapshot);
  }
}

async function insertOrganisations(manager: EntityManager): Promise<OrganisationIds> {
  const ids: Partial<OrganisationIds> = {};
  for (const { key, ...organisation } of DEMO_ORGANISATIONS) {
    ids[key] = (await manager.save(manager.create(OrganisationEntity, organisation))).id;
  }
  return ids as OrganisationIds;
}

/** Per authority, the demo officer and elected official who write and review its commitment. */
type StaffOf = Record<DemoOrganisation['key'], { officer: UserEntity; elected: UserEntity }>;

async function insertUsers(
  manager: EntityManager,
  organisationIds: OrganisationIds,
  passwordHash: string,
): Promise<StaffOf> {
  const staff: Partial<
    Record<DemoOrganisation['key'], Partial<{ officer: UserEntity; elected: UserEntity }>>
  > = {};
  for (const user of DEMO_USERS) {
    const saved = await manager.save(
      manager.create(UserEntity, {
        organisationId: organisationIds[user.organisation],
        email: demoEmail(user),
        displayName: user.displayName,
        role: user.role,
        passwordHash,
        disabledAt: null,
      }),
    );
    if (user.role === 'officer' || user.role === 'elected') {
      staff[user.organisation] = { ...staff[user.organisation], [user.role]: saved };
    }
  }
  return staff as StaffOf;
}

async function insertPartnerships(
  manager: EntityManager,
  organisationIds: OrganisationIds,
  staffOf: StaffOf,
): Promise<void> {
  const createPartnership = async (demo: Omit<DemoPartnership, 'commitments'>): Promise<string> => {
    const partnership = await manager.save(
      manager.create(PartnershipEntity, {
        title: demo.title,
        form: demo.form,
        approach: demo.approach,
        createdByUserId: staffOf[demo.initiator].officer.id,
      }),
    );
    await manager.insert(PartnershipPartyEntity, [
      { partnershipId: partnership.id, organisationId: organisationIds[demo.initiator], role: 'initiator' },
      ...demo.partners.map((partner) => ({
        partnershipId: partnership.id,
        organisationId: organisationIds[partner],
        role: 'partner' as const,
        governance: demo.appointedPartners?.includes(partner)
          ? ('appointed_executive' as const)
          : ('elected_executive' as const),
      })),
    ]);
    return partnership.id;
  };
  const commit = (partnershipId: string, commitment: DemoCommitment, now?: Date) =>
    writeCommitment(
      manager,
      partnershipId,
      organisationIds[commitment.party],
      staffOf[commitment.party],
      commitment,
      now,
    );
  for (const demo of DEMO_PARTNERSHIPS) {
    const partnershipId = await createPartnership(demo);
    for (const commitment of demo.commitments) await commit(partnershipId, commitment);
  }
  await writeLaterStepPartnerships({
    manager,
    organisationIds,
    staffOf,
    createPartnership,
    writeCommitment: commit,
  });
}

/** Runs step 1 through the lifecycle model, as the officer and elected official of the party would. */
async function writeCommitment(
  manager: EntityManager,
  partnershipId: string,
  partyId: string,
  staff: StaffOf[DemoOrganisation['key']],
  commitment: DemoCommitment,
  now = new Date(),
): Promise<void> {
  const repository = new PartnershipRepository();
  // Recorded in the audit trail as the person who would have done it, so that the demo's journal shows it.
  const run = (command: PartnershipCommand, by: { id: string } = staff.officer) =>
    repository.execute(manager, partnershipId, command, {
      now,
      auditedAs: { userId: by.id, organisationId: partyId },
    });
  const reviewer: PersonRef = {
    personId: staff.elected.id,
    name: staff.elected.displayName,
    partyId,
    role: 'elected',
  };
  for (const motivation of commitment.motivations) {
    const motivationId = randomUUID();
    await run({
      type: 'StateMotivation',
      motivationId,
      partyId,
      category: motivation.category as MotivationCategory,
      frameOfReference: motivation.frameOfReference as FrameOfReference,
      text: motivation.text,
      authorId: staff.officer.id,
    });
    if (motivation.review === 'approved') {
      await run(
        {
          type: 'ReviewMotivation',
          motivationId,
          decision: 'approved',
          reviewer,
          comment: null,
          // The deliberation is the one of the day the file is written: never a later year's.
          councilDecisionRef: `DEL-${now.getUTCFullYear()}-042`,
          councilDecisionOn: calendarDayOf(now),
        },
        staff.elected,
      );
    }
    if (motivation.shared) await run({ type: 'ShareMotivation', motivationId });
  }
  for (const title of commitment.stakes) {
    await run({ type: 'RecordStake', stakeId: randomUUID(), partyId, title, cooperationCanBeLever: true });
  }
  for (const title of commitment.contributions) {
    await run({ type: 'RecordContribution', contributionId: randomUUID(), partyId, title });
  }
  for (const actor of commitment.territoryActors) {
    const actorId = await directoryActorId(manager, partyId, actor.name, actor.kind);
    await run({
      type: 'AssociateTerritoryActor',
      actorId,
      partyId,
      name: actor.name,
      kind: actor.kind as TerritoryActorKind,
      involvement: actor.involvement as ActorInvolvement,
    });
    if (actor.consultedDaysBefore !== null) {
      const on = calendarDayOf(new Date(now.getTime() - actor.consultedDaysBefore * 86_400_000));
      await run({ type: 'RecordConsultation', actorId, on, summary: actor.summary });
    }
  }
}

/** The UTC calendar day of an instant (`2026-03-12`). */
function calendarDayOf(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** The actor's entry in the authority's directory of territory actors, created on first use. */
async function directoryActorId(
  manager: EntityManager,
  organisationId: string,
  name: string,
  kind: string,
): Promise<string> {
  const existing = await manager.findOneBy(TerritoryActorEntity, { organisationId, name });
  if (existing) return existing.id;
  return (
    await manager.save(
      manager.create(TerritoryActorEntity, { organisationId, name, kind, contact: '', notes: '' }),
    )
  ).id;
}
