import type { DataSourceOptions } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { CreateOrganisation1764000000000 } from './migrations/1764000000000-create-organisation';

/** Every entity, listed explicitly so that bundling or a test runner never misses one. */
export const ENTITIES = [OrganisationEntity];

/** Every migration in order of application. A landed migration is never edited: add a new one. */
export const MIGRATIONS = [CreateOrganisation1764000000000];

export function buildDataSourceOptions(databaseUrl: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url: databaseUrl,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    // The schema changes only through reviewed migrations.
    synchronize: false,
    migrationsRun: false,
    migrationsTransactionMode: 'each',
    applicationName: 'passerelle',
    extra: { max: poolSize },
  };
}
