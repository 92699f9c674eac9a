import type { PartnershipSnapshot } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { buildDataSourceOptions } from '../src/database/data-source-options';
import { loadDemoData } from '../src/demo/load-demo-data';
import { PartnershipRepository } from '../src/lifecycle/partnership.repository';
import { createTestDatabase, type TestDatabase } from './support/test-database';

/** The year of a deliberation reference (`DEL-2026-042` → `2026`). */
const yearOfRef = (ref: string) => /-(\d{4})-/.exec(ref)?.[1];

describe('demo data tells one consistent story', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let snapshots: PartnershipSnapshot[];

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await new DataSource(buildDataSourceOptions(database.url, 2)).initialize();
    await loadDemoData(dataSource);
    const rows: Array<{ id: string }> = await dataSource.query('SELECT id FROM partnership');
    const repository = new PartnershipRepository();
    snapshots = [];
    for (const { id } of rows) snapshots.push((await repository.load(dataSource.manager, id)).snapshot);
  });

  afterAll(async () => {
    await dataSource.destroy();
    await database.drop();
  });

  const partnered = (country: string) =>
    snapshots.filter((snapshot) =>
      snapshot.organisations.some((organisation) => organisation.country === country),
    );

  it('speaks of the Malian diaspora only in partnerships with a Malian authority', () => {
    const elsewhere = snapshots.filter((snapshot) => !partnered('ML').includes(snapshot));
    expect(elsewhere.length).toBeGreaterThan(0);
    for (const snapshot of elsewhere) {
      const texts = snapshot.motivations.map((motivation) => motivation.text).join(' ');
      expect(`${snapshot.partnership.name}: ${texts}`).not.toMatch(/malien/i);
      const actors = snapshot.territoryActors.map((actor) => actor.name).join(' ');
      expect(actors).not.toMatch(/Bamako/);
    }
  });

  it('cites for each approval a deliberation of the year it was taken, never a later one', () => {
    for (const snapshot of snapshots) {
      for (const motivation of snapshot.motivations) {
        for (const review of motivation.reviewHistory) {
          if (!review.councilDecisionRef || !review.councilDecisionOn) continue;
          const reviewedOn = review.reviewedAt.toISOString().slice(0, 10);
          expect(review.councilDecisionOn <= reviewedOn).toBe(true);
          expect(yearOfRef(review.councilDecisionRef)).toBe(review.councilDecisionOn.slice(0, 4));
        }
      }
      for (const approval of snapshot.convention?.approvals ?? []) {
        expect(yearOfRef(approval.councilDecisionRef)).toBe(approval.decidedOn.slice(0, 4));
      }
      for (const actor of snapshot.territoryActors) {
        const stated = snapshot.motivations.find((motivation) => motivation.partyId === actor.partyId);
        for (const consultation of actor.consultations) {
          expect(consultation.on <= (stated?.createdAt.toISOString().slice(0, 10) ?? '9999')).toBe(true);
        }
      }
    }
  });

  it('gives a heritage partnership a heritage convention, not a water one', () => {
    const kairouan = snapshots.find((snapshot) => /Kairouan/.test(snapshot.partnership.name));
    const themes = kairouan?.convention?.versions.at(-1)?.content.themes ?? [];
    expect(themes).toContain('heritage');
    expect(themes).not.toContain('water_sanitation');
  });

  it('shows in each authority’s audit trail who wrote and approved its step-1 file, by name', async () => {
    const events: Array<{ action: string; actor: string; organisation: string }> = await dataSource.query(
      `SELECT event.action, person.display_name AS actor, organisation.name AS organisation
         FROM audit_event event
         JOIN app_user person ON person.id = event.actor_user_id
         JOIN organisation ON organisation.id = event.organisation_id
        WHERE event.entity_type = 'partnership'`,
    );
    expect([...new Set(events.map((event) => event.action))]).toEqual(
      expect.arrayContaining(['lifecycle.MotivationStated', 'lifecycle.MotivationReviewed']),
    );
    expect(new Set(events.map((event) => event.organisation))).toContain("Ville d'Angers");
  });
});
