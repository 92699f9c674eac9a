import type { ApiClient } from '../../../lib/api/client';
import { ApiProblemError } from '../../../lib/api/problem';
import type { OutboxItem, OutboxRefusal } from './outbox-item';
import type { OutboxStore } from './outbox-store';
import { sendOutboxItem, uploadPhotos } from './send-outbox-item';

export interface SyncResult {
  readonly sent: number;
  readonly refused: number;
  /** True when the sync stopped on an item it could not send now (no network, server trouble, signed out). */
  readonly interrupted: boolean;
}

/**
 * A refusal the same request will meet again (invalid, conflicting, forbidden, too large…): the item is kept
 * as refused for the user to read and discard. Not a refusal: the end of the session (401: the item waits
 * for the user to sign in again), a timeout or a rate limit (408, 429), a server error, no answer at all.
 */
export function refusalOf(error: unknown): OutboxRefusal | undefined {
  if (!(error instanceof ApiProblemError)) return undefined;
  const { status } = error;
  if (status < 400 || status >= 500 || status === 401 || status === 408 || status === 429) return undefined;
  return error.problem ? { status, problem: error.problem } : { status };
}

/**
 * Sends the user's waiting items one at a time, oldest first, each with the idempotency key drawn when it was
 * queued (photos uploaded first, each once). A sent item leaves the outbox (`onSent` refreshes what shows
 * it); a refused one stays, marked refused, and the next one is tried; anything else stops the sync, the
 * item and those after it waiting for the next attempt, in the same order.
 */
export async function syncOutbox({
  store,
  client,
  userId,
  onSent,
  onChange,
}: {
  store: OutboxStore;
  client: ApiClient;
  userId: string;
  onSent: (item: OutboxItem) => void;
  onChange: () => void;
}): Promise<SyncResult> {
  let sent = 0;
  let refused = 0;
  const waiting = (await store.list(userId)).filter((item) => item.status === 'waiting');
  for (const item of waiting) {
    let current = item;
    try {
      current = await uploadPhotos(client, current, async (uploaded) => {
        current = uploaded;
        await store.replace(uploaded);
      });
      await sendOutboxItem(client, current);
    } catch (error) {
      const refusal = refusalOf(error);
      if (!refusal) return { sent, refused, interrupted: true };
      await store.replace({ ...current, status: 'refused', refusal });
      refused += 1;
      onChange();
      continue;
    }
    if (current.seq !== undefined) await store.remove(current.seq);
    sent += 1;
    onSent(current);
    onChange();
  }
  return { sent, refused, interrupted: false };
}
