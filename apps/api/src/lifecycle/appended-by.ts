import type { Actor } from '../auth/actor';
import { requestFingerprint } from '../common/idempotency/idempotency-key';
import type { AppendedBy } from '../partnership-records/append-only-table';

/** Who appends a record to a partnership, and the key and request a retry is recognised by. */
export function appendedBy(
  actor: Actor,
  partnershipId: string,
  idempotencyKey: string | null,
  request: unknown,
): AppendedBy {
  return {
    partnershipId,
    organisationId: actor.organisationId,
    userId: actor.userId,
    idempotencyKey,
    requestHash: idempotencyKey ? requestFingerprint(request) : null,
  };
}
