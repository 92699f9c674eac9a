import type { DataSource } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { DEMO_ORGANISATIONS } from './demo-data';

/** Serialises concurrent loaders (two starts at once) on one arbitrary, constant advisory lock key. */
const DEMO_LOCK_KEY = 7_400_001;

/**
 * Loads the demo data into a database that holds no organisation yet, in one transaction, and reports
 * whether it did. A database with data of its own is never touched.
 */
export async function loadDemoData(dataSource: DataSource): Promise<boolean> {
  return dataSource.transaction(async (manager) => {
    await manager.query('SELECT pg_advisory_xact_lock($1)', [DEMO_LOCK_KEY]);
    if ((await manager.count(OrganisationEntity)) > 0) return false;
    await manager.insert(OrganisationEntity, DEMO_ORGANISATIONS);
    return true;
  });
}
