import type { ReminderSituation } from '@passerelle/domain';
import type { EntityManager } from 'typeorm';
import type { PartnershipRepository } from '../../lifecycle/partnership.repository';

/** Partnerships kept decoded; deliveries come in runs for one partnership (one job per recipient). */
const DEFAULT_CAPACITY = 32;

interface CachedSnapshot {
  readonly revision: number;
  readonly snapshot: Promise<ReminderSituation>;
}

/**
 * The snapshots of recently delivered partnerships, by revision (which counts every change, appended
 * records included). A reminder due for 100 recipients of one partnership would otherwise load and decode
 * the same records 100 times, often concurrently. The revision read with the reminder row says whether the
 * cached copy is current; an older copy is never used for a newer revision. (The row lock taken to send is what finally guards against a
 * write in between: a write that no longer calls for the reminder cancels its row.)
 */
export class PartnershipSnapshotCache {
  /** Insertion order is recency order: a hit is moved to the end, the first entry is the eldest. */
  private readonly entries = new Map<string, CachedSnapshot>();

  constructor(
    private readonly repository: PartnershipRepository,
    private readonly capacity = DEFAULT_CAPACITY,
  ) {}

  get(manager: EntityManager, partnershipId: string, revision: number): Promise<ReminderSituation> {
    const cached = this.entries.get(partnershipId);
    if (cached && cached.revision >= revision) {
      this.entries.delete(partnershipId);
      this.entries.set(partnershipId, cached);
      return cached.snapshot;
    }
    const snapshot = this.repository.loadReminderSituation(manager, partnershipId);
    // Concurrent deliveries for the same partnership share one load; a failed load is not kept.
    const entry = { revision, snapshot };
    this.entries.delete(partnershipId);
    this.entries.set(partnershipId, entry);
    snapshot.catch(() => {
      if (this.entries.get(partnershipId) === entry) this.entries.delete(partnershipId);
    });
    this.evictBeyondCapacity();
    return snapshot;
  }

  private evictBeyondCapacity(): void {
    for (const partnershipId of this.entries.keys()) {
      if (this.entries.size <= this.capacity) return;
      this.entries.delete(partnershipId);
    }
  }
}
