import { ApiProblemError } from '../../../lib/api/problem';
import { useOutbox } from './outbox-context';
import type { OutboxDraft } from './outbox-item';
import { useOnline } from './use-online';

/** A send that got no answer at all (no network, connection cut): not the API refusing it. */
export function isNetworkFailure(error: unknown): boolean {
  return error !== null && error !== undefined && !(error instanceof ApiProblemError);
}

/**
 * What a form of the partner's field work needs to work offline: whether to queue at once (offline, or
 * photos chosen offline that still have to be uploaded), and queuing after a send that got no answer, with
 * the key that send used (if it did reach the API, the API stores it once all the same).
 */
export function useOfflineAppend() {
  const outbox = useOutbox();
  const online = useOnline();
  return {
    /** False where there is no outbox (no IndexedDB): the form then only sends. */
    available: outbox !== null,
    online,
    queuesNow: (hasLocalPhotos = false) => outbox !== null && (!online || hasLocalPhotos),
    queue: async (draft: OutboxDraft): Promise<void> => {
      if (!outbox) throw new Error('No outbox in this browser');
      await outbox.queue(draft);
    },
    /** Queues the write if `error` is a network failure; says whether it did. */
    queueAfterFailure: async (error: unknown, draft: OutboxDraft): Promise<boolean> => {
      if (!outbox || !isNetworkFailure(error)) return false;
      await outbox.queue(draft);
      return true;
    },
  };
}
