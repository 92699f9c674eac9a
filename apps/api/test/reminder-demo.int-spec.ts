import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { loadDemoData } from '../src/demo/load-demo-data';
import { ReminderEntity } from '../src/reminders/reminder.entity';
import { createTestDatabase, type TestDatabase } from './support/test-database';

describe('demo data reminders', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(buildDataSourceOptions(database.url, 2)).initialize();
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  it('schedules the demo’s reminders as it loads: the relation falling asleep is reminded at once', async () => {
    const loadedAt = Date.now();
    await loadDemoData(dataSource);
    const asleep: Array<{ id: string }> = await dataSource.query(
      `SELECT id FROM partnership WHERE title LIKE 'Angers – Ouahigouya%'`,
    );
    const overdue = await dataSource.manager.findBy(ReminderEntity, {
      partnershipId: asleep[0]!.id,
      kind: 'dialogue-overdue',
      status: 'pending',
    });
    const recipients: Array<{ email: string }> = await dataSource.query(
      'SELECT email FROM app_user WHERE id = ANY($1)',
      [overdue.map((row) => row.recipientId)],
    );
    expect(recipients.map((row) => row.email)).toEqual(
      expect.arrayContaining(['officer@angers.test', 'officer@ouahigouya.test']),
    );
    for (const row of overdue) {
      // Found overdue: notified as of the load, mailed then or, at night, the next morning.
      expect(row.notifyAt.getTime()).toBeGreaterThanOrEqual(loadedAt - 1_000);
      expect(row.notifyAt.getTime()).toBeLessThanOrEqual(Date.now());
    }
    // A suspended or terminated partnership reminds no one.
    const quiet: Array<{ count: number }> = await dataSource.query(
      `SELECT count(*)::int AS count FROM reminder r JOIN partnership p ON p.id = r.partnership_id
        WHERE p.status <> 'active'`,
    );
    expect(quiet[0]!.count).toBe(0);
  });
});
