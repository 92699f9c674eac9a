import { hash } from '@node-rs/argon2';
import type { DataSource, EntityManager } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartnershipPartyEntity } from '../partnerships/partnership-party.entity';
import { PartnershipEntity } from '../partnerships/partnership.entity';
import { UserEntity } from '../users/user.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import {
  DEMO_ORGANISATIONS,
  DEMO_PARTNERSHIPS,
  DEMO_PASSWORD,
  DEMO_USERS,
  demoEmail,
  type DemoOrganisation,
} from './demo-data';

/** Serialises concurrent loaders (two starts at once) on one arbitrary, constant advisory lock key. */
const DEMO_LOCK_KEY = 7_400_001;

type OrganisationIds = Record<DemoOrganisation['key'], string>;

/**
 * Loads the demo data into a database that holds no organisation yet, in one transaction, and reports
 * whether it did. A database with data of its own is never touched.
 */
export async function loadDemoData(dataSource: DataSource): Promise<boolean> {
  const passwordHash = await hash(DEMO_PASSWORD);
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_LOCK_KEY]);
    if ((await manager.count(OrganisationEntity)) > 0) return false;
    const organisationIds = await insertOrganisations(manager);
    const officerOf = await insertUsers(manager, organisationIds, passwordHash);
    await insertPartnerships(manager, organisationIds, officerOf);
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

async function insertOrganisations(manager: EntityManager): Promise<OrganisationIds> {
  const ids: Partial<OrganisationIds> = {};
  for (const { key, ...organisation } of DEMO_ORGANISATIONS) {
    ids[key] = (await manager.save(manager.create(OrganisationEntity, organisation))).id;
  }
  return ids as OrganisationIds;
}

async function insertUsers(
  manager: EntityManager,
  organisationIds: OrganisationIds,
  passwordHash: string,
): Promise<OrganisationIds> {
  const officers: Partial<OrganisationIds> = {};
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
    if (user.role === 'officer') officers[user.organisation] = saved.id;
  }
  return officers as OrganisationIds;
}

async function insertPartnerships(
  manager: EntityManager,
  organisationIds: OrganisationIds,
  officerOf: OrganisationIds,
): Promise<void> {
  for (const demo of DEMO_PARTNERSHIPS) {
    const partnership = await manager.save(
      manager.create(PartnershipEntity, {
        title: demo.title,
        form: demo.form,
        approach: demo.approach,
        createdByUserId: officerOf[demo.initiator],
      }),
    );
    await manager.insert(PartnershipPartyEntity, [
      { partnershipId: partnership.id, organisationId: organisationIds[demo.initiator], role: 'initiator' },
      ...demo.partners.map((partner) => ({
        partnershipId: partnership.id,
        organisationId: organisationIds[partner],
        role: 'partner' as const,
      })),
    ]);
  }
}
