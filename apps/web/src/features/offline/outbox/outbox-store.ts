import { newIdempotencyKey } from '../../../lib/api/idempotency-key';
import type { OfflineDatabase } from '../storage/offline-database';
import type { OutboxDraft, OutboxItem } from './outbox-item';

/** The outbox in the browser's IndexedDB: each user's waiting and refused writes, in the order made. */
export class OutboxStore {
  constructor(private readonly database: Promise<OfflineDatabase>) {}

  /** Queues a write for `userId`, with its idempotency key drawn now (or the one already sent once). */
  async queue(userId: string, draft: OutboxDraft, now = new Date()): Promise<OutboxItem> {
    const item: OutboxItem = {
      ...draft,
      userId,
      idempotencyKey: draft.idempotencyKey ?? newIdempotencyKey(),
      queuedAt: now.toISOString(),
      status: 'waiting',
    };
    const seq = await (await this.database).add('outbox', item);
    return { ...item, seq };
  }

  /** The user's items, oldest first. */
  async list(userId: string): Promise<OutboxItem[]> {
    const items = await (await this.database).getAllFromIndex('outbox', 'byUser', userId);
    return items.sort((a, b) => (a.seq ?? 0) - (b.seq ?? 0));
  }

  async replace(item: OutboxItem): Promise<void> {
    await (await this.database).put('outbox', item);
  }

  async remove(seq: number): Promise<void> {
    await (await this.database).delete('outbox', seq);
  }
}
