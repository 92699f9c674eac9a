/**
 * A fresh `Idempotency-Key` (a random UUID) for an append the user may have to send again: the API stores
 * one record however often the same request comes with it. Built from `crypto.getRandomValues`, which,
 * unlike `crypto.randomUUID`, browsers also offer on a plain-http address.
 */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40; // version 4
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80; // RFC 9562 variant
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Keeps one key per request body: sending the same body again (the answer was lost, the user clicks again)
 * reuses its key, so the API stores it once; another body, or a body after a success, gets a new key.
 */
export class IdempotencyKeys {
  private last: { key: string; body: string } | null = null;

  keyFor(body: unknown): string {
    const text = JSON.stringify(body);
    if (this.last?.body !== text) this.last = { key: newIdempotencyKey(), body: text };
    return this.last.key;
  }

  /** After a success: the same body sent again is a new record. */
  settle(): void {
    this.last = null;
  }
}

/** An append's body with the key that makes sending it again store it once. */
export interface KeyedAppend<Body> {
  readonly body: Body;
  readonly idempotencyKey: string;
}
