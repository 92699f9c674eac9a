import type { ReminderSituation } from '@passerelle/domain';
import type { EntityManager } from 'typeorm';
import type { PartnershipRepository } from '../../lifecycle/partnership.repository';
import { PartnershipSnapshotCache } from './partnership-snapshot-cache';

/** A repository whose loads are counted: each is a fresh situation at the stored revision. */
function countingRepository() {
  const versions = new Map<string, number>();
  const loads: string[] = [];
  const repository = {
    loadReminderSituation: (_manager: EntityManager, partnershipId: string) => {
      loads.push(partnershipId);
      const version = versions.get(partnershipId) ?? 1;
      return Promise.resolve({
        partnership: { id: partnershipId, version },
      } as unknown as ReminderSituation);
    },
  } as unknown as PartnershipRepository;
  return { repository, loads, versions };
}

const manager = {} as EntityManager;

describe('PartnershipSnapshotCache', () => {
  it('decodes a partnership once for all the recipients of the same revision, even concurrently', async () => {
    const { repository, loads } = countingRepository();
    const cache = new PartnershipSnapshotCache(repository);
    const snapshots = await Promise.all([1, 2, 3].map(() => cache.get(manager, 'p1', 1)));
    expect(loads).toEqual(['p1']);
    expect(new Set(snapshots).size).toBe(1);
  });

  it('loads again when the reminder row was read at a newer revision', async () => {
    const { repository, loads, versions } = countingRepository();
    const cache = new PartnershipSnapshotCache(repository);
    await cache.get(manager, 'p1', 1);
    versions.set('p1', 2);
    const newer = await cache.get(manager, 'p1', 2);
    expect(loads).toEqual(['p1', 'p1']);
    expect(newer).toMatchObject({ partnership: { version: 2 } });
  });

  it('forgets the least recently used partnership beyond its capacity', async () => {
    const { repository, loads } = countingRepository();
    const cache = new PartnershipSnapshotCache(repository, 2);
    await cache.get(manager, 'p1', 1);
    await cache.get(manager, 'p2', 1);
    await cache.get(manager, 'p1', 1);
    await cache.get(manager, 'p3', 1);
    await cache.get(manager, 'p1', 1);
    await cache.get(manager, 'p2', 1);
    expect(loads).toEqual(['p1', 'p2', 'p3', 'p2']);
  });

  it('does not keep a failed load', async () => {
    const { repository, loads } = countingRepository();
    let fail = true;
    const flaky = {
      loadReminderSituation: (m: EntityManager, id: string) =>
        fail ? Promise.reject(new Error('connection lost')) : repository.loadReminderSituation(m, id),
    } as unknown as PartnershipRepository;
    const cache = new PartnershipSnapshotCache(flaky);
    await expect(cache.get(manager, 'p1', 1)).rejects.toThrow('connection lost');
    fail = false;
    await expect(cache.get(manager, 'p1', 1)).resolves.toMatchObject({ partnership: { id: 'p1' } });
    expect(loads).toEqual(['p1']);
  });
});
