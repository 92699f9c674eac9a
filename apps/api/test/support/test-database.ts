import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** A throw-away database for one spec file, cloned from the migrated template that `npm test` prepares. */
export interface TestDatabase {
  readonly url: string;
  readonly name: string;
  drop(): Promise<void>;
}

function serverUrl(): string {
  const url = process.env.TEST_DATABASE_SERVER_URL;
  if (!url)
    throw new Error('TEST_DATABASE_SERVER_URL is not set: run the integration specs through `npm test`.');
  return url;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const template = process.env.TEST_DATABASE_TEMPLATE ?? 'passerelle_template';
  const name = `test_${randomBytes(6).toString('hex')}`;
  await withMaintenanceClient((client) => client.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`));
  return {
    name,
    url: `${serverUrl()}/${name}`,
    drop: async () => {
      await withMaintenanceClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
    },
  };
}

export async function withMaintenanceClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: `${serverUrl()}/postgres` });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
