import type { Problem } from '../../../lib/api/problem';

/** The appends a partner can make without a connection (docs/offline.md). */
export type OutboxKind = 'dialogue-exchange' | 'measurement' | 'log-entry';

/** A photo chosen offline: its bytes, and once uploaded, the id the API gave it (never uploaded twice). */
export interface OutboxPhoto {
  readonly name: string;
  readonly type: string;
  readonly blob: Blob;
  readonly storedFileId?: string;
}

/** Why the API refused an item: its status and problem+json, shown as the form would show them. */
export interface OutboxRefusal {
  readonly status: number;
  readonly problem?: Problem;
}

/** Where an append goes: the partnership, and for an action's records the action (and indicator). */
export interface OutboxTarget {
  readonly partnershipId: string;
  readonly actionId?: string;
  readonly indicatorId?: string;
}

/**
 * One write made on the device and not yet stored by the API. Its idempotency key is drawn once, when it is
 * queued, and sent with every attempt: however often it is sent, the API stores one record.
 */
export interface OutboxItem {
  readonly seq?: number;
  readonly userId: string;
  readonly kind: OutboxKind;
  readonly target: OutboxTarget;
  /** The request body as the API takes it, without the photos' ids (added once they are uploaded). */
  readonly body: Record<string, unknown>;
  readonly idempotencyKey: string;
  readonly photos: readonly OutboxPhoto[];
  /** A short description for the outbox list (the exchange's or entry's first words). */
  readonly summary: string;
  readonly queuedAt: string;
  readonly status: 'waiting' | 'refused';
  readonly refusal?: OutboxRefusal;
}

export type OutboxDraft = Omit<OutboxItem, 'seq' | 'userId' | 'idempotencyKey' | 'queuedAt' | 'status'> & {
  /** The key a failed send already used, so that a send that did reach the API is not stored twice. */
  readonly idempotencyKey?: string;
};
