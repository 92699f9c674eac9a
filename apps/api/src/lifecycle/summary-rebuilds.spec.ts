import type { PartnershipSummary } from './partnership-summary.repository';
import { SharedRebuilds } from './summary-rebuilds';

/** A build that records what it was asked for, and whose answer the test releases when it wants. */
function controlledBuild() {
  const calls: string[][] = [];
  const releases: Array<() => void> = [];
  let running = 0;
  let mostAtOnce = 0;
  const build = (partnershipIds: readonly string[], now: Date): Promise<PartnershipSummary[]> => {
    calls.push([...partnershipIds]);
    running += 1;
    mostAtOnce = Math.max(mostAtOnce, running);
    return new Promise((resolve) => {
      releases.push(() => {
        running -= 1;
        resolve(
          partnershipIds
            .filter((id) => !id.startsWith('gone'))
            .map((id) => ({ partnershipId: id, computedAt: now }) as PartnershipSummary),
        );
      });
    });
  };
  /** Releases builds in the order they started until none is waiting (batches start one after another). */
  const releaseAll = async () => {
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      const release = releases.shift();
      if (!release) return;
      release();
    }
  };
  return { build, calls, releaseAll, mostAtOnce: () => mostAtOnce };
}

const now = new Date('2026-12-04T08:00:00Z');
const stale = (...ids: string[]) => ids.map((partnershipId) => ({ partnershipId, revision: 3 }));

describe('SharedRebuilds', () => {
  it('builds each out-of-date summary once for readers that ask at the same time', async () => {
    const { build, calls, releaseAll } = controlledBuild();
    const rebuilds = new SharedRebuilds(build);
    const first = rebuilds.rebuild(stale('p1', 'p2'), now);
    const second = rebuilds.rebuild(stale('p2', 'p3'), now);
    await releaseAll();
    expect(calls).toEqual([['p1', 'p2'], ['p3']]);
    expect((await first).map((summary) => summary.partnershipId)).toEqual(['p1', 'p2']);
    expect((await second).map((summary) => summary.partnershipId)).toEqual(['p2', 'p3']);
  });

  it('builds again once the earlier rebuild is over, and for a reader who saw another revision', async () => {
    const { build, calls, releaseAll } = controlledBuild();
    const rebuilds = new SharedRebuilds(build);
    const done = rebuilds.rebuild(stale('p1'), now);
    const newer = rebuilds.rebuild([{ partnershipId: 'p1', revision: 4 }], now);
    await releaseAll();
    await Promise.all([done, newer]);
    const later = rebuilds.rebuild(stale('p1'), now);
    await releaseAll();
    await later;
    expect(calls).toEqual([['p1'], ['p1'], ['p1']]);
  });

  it('builds fifty at a time, one batch after the other, and leaves out partnerships that are gone', async () => {
    const { build, calls, releaseAll, mostAtOnce } = controlledBuild();
    const rebuilds = new SharedRebuilds(build);
    const ids = Array.from({ length: 120 }, (_, index) => (index === 7 ? 'gone-7' : `p${index}`));
    const summaries = rebuilds.rebuild(stale(...ids), now);
    await releaseAll();
    expect(calls.map((batch) => batch.length)).toEqual([50, 50, 20]);
    expect(mostAtOnce()).toBe(1);
    expect((await summaries).map((summary) => summary.partnershipId)).toEqual(
      ids.filter((id) => id !== 'gone-7'),
    );
  });

  it('lets the next reader try again after a failed build', async () => {
    let attempts = 0;
    const rebuilds = new SharedRebuilds((ids, at) => {
      attempts += 1;
      return attempts === 1
        ? Promise.reject(new Error('database down'))
        : Promise.resolve(ids.map((id) => ({ partnershipId: id, computedAt: at }) as PartnershipSummary));
    });
    await expect(rebuilds.rebuild(stale('p1'), now)).rejects.toThrow('database down');
    await expect(rebuilds.rebuild(stale('p1'), now)).resolves.toHaveLength(1);
  });
});
