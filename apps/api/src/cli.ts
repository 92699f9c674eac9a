import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { ConfigError, parseDatabaseConfig, parseReminderSettings } from './config/app-config';
import { buildDataSourceOptions } from './database/data-source-options';
import { DEMO_LOGINS } from './demo/demo-data';
import { loadDemoData } from './demo/load-demo-data';
import { writeOpenApiDocument } from './write-openapi-document';

/** Operational commands: `migrate`, `load-demo-data`, `demo-logins`, `openapi <file>`. */
const COMMANDS: Record<string, (args: string[]) => Promise<void>> = {
  migrate: async () => {
    await withDataSource(async (dataSource) => {
      const applied = await dataSource.runMigrations({ transaction: 'each' });
      print(
        applied.length
          ? `Applied ${applied.length} migration(s): ${applied.map((m) => m.name).join(', ')}`
          : 'Database schema is up to date.',
      );
    });
  },
  'load-demo-data': async () => {
    await withDataSource(async (dataSource) => {
      print(
        (await loadDemoData(dataSource, parseReminderSettings(process.env)))
          ? 'Demo data loaded.'
          : 'Database already holds data: demo data not loaded.',
      );
    });
  },
  /** The demo logins that exist in this database (none if it held data before the demo could load). */
  'demo-logins': async () => {
    await withDataSource(async (dataSource) => {
      const rows: Array<{ email: string }> = await dataSource.query(
        'SELECT lower(email) AS email FROM app_user WHERE lower(email) = ANY($1)',
        [DEMO_LOGINS.map((login) => login.email)],
      );
      const present = new Set(rows.map((row) => row.email));
      process.stdout.write(`${JSON.stringify(DEMO_LOGINS.filter((login) => present.has(login.email)))}\n`);
    });
  },
  openapi: async ([file = 'openapi.json']) => {
    writeFileSync(resolve(file), await writeOpenApiDocument());
    print(`OpenAPI document written to ${file}`);
  },
};

async function withDataSource(work: (dataSource: DataSource) => Promise<void>): Promise<void> {
  const { databaseUrl } = parseDatabaseConfig(process.env);
  const dataSource = new DataSource({ ...buildDataSourceOptions(databaseUrl, 2), logging: ['error'] });
  await dataSource.initialize();
  try {
    await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

function print(line: string): void {
  process.stdout.write(`${line}\n`);
}

async function main(): Promise<void> {
  const [name = '', ...args] = process.argv.slice(2);
  const command = COMMANDS[name];
  if (!command) throw new Error(`unknown command "${name}" (expected: ${Object.keys(COMMANDS).join(', ')})`);
  await command(args);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof ConfigError ? 'Configuration error: ' : ''}${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
