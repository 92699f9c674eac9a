import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { returnedRows } from '../../common/database/returned-rows';

/** A delivery's claim on a reminder row, committed before its SMTP exchange. */
export interface ReminderClaim {
  readonly reminderId: string;
  readonly token: string;
  /** Delivery attempts on the row, this one included. */
  readonly attempts: number;
}

/** Why a row could not be claimed: it is no longer pending, or another delivery holds it for `waitMs`. */
export type Unclaimable =
  { readonly reason: 'not-pending' } | { readonly reason: 'held'; readonly waitMs: number };

/** The in-app notification's values: user, reminder, partnership, kind, `created_at` (the `notifyAt`). */
export type NotificationValues = readonly [string, string, string, string, Date];

/**
 * The reminder row's delivery claims, each statement its own short transaction: no row lock is ever held
 * while the worker talks to the mail server, so a user's write that cancels the row never waits for SMTP.
 * Times are PostgreSQL's (`clock_timestamp()`), the one clock every worker shares.
 */
export class ReminderClaims {
  constructor(
    private readonly dataSource: DataSource,
    private readonly leaseMs: number,
  ) {}

  /**
   * Claims a pending row that no live delivery holds, counting the attempt, and adds the in-app notification
   * (which must not wait for the mail): one statement, committed before any SMTP. A lapsed claim (its worker
   * died) is taken over.
   */
  async claim(notification: NotificationValues): Promise<ReminderClaim | null> {
    const token = randomUUID();
    const rows: Array<{ id: string; attempts: number }> = await this.dataSource.query(
      `WITH claimed AS (
         UPDATE reminder
            SET claim_token = $6, claimed_until = clock_timestamp() + $7::int * interval '1 millisecond',
                attempts = attempts + 1, updated_at = now()
          WHERE id = $2 AND status = 'pending' AND (claimed_until IS NULL OR claimed_until <= clock_timestamp())
      RETURNING id, attempts),
            notified AS (
         INSERT INTO notification (user_id, reminder_id, partnership_id, kind, created_at)
         SELECT $1, claimed.id, $3, $4, $5 FROM claimed
         ON CONFLICT (reminder_id) DO NOTHING)
       SELECT id, attempts FROM claimed`,
      [...notification, token, this.leaseMs],
    );
    const [row] = rows;
    return row ? { reminderId: row.id, token, attempts: row.attempts } : null;
  }

  /** After a failed claim: whether the row is done with, or held by a live delivery (and how long). */
  async whyUnclaimable(reminderId: string): Promise<Unclaimable> {
    const [row]: Array<{ status: string; wait_ms: number | null }> = await this.dataSource.query(
      `SELECT status,
              ceil(extract(epoch FROM claimed_until - clock_timestamp()) * 1000)::int AS wait_ms
         FROM reminder WHERE id = $1`,
      [reminderId],
    );
    if (!row || row.status !== 'pending') return { reason: 'not-pending' };
    return { reason: 'held', waitMs: Math.max(0, row.wait_ms ?? 0) };
  }

  /** Pushes the claim's end `leaseMs` ahead again; false when the claim is no longer this delivery's. */
  async renew(claim: ReminderClaim): Promise<boolean> {
    const result: unknown = await this.dataSource.query(
      `UPDATE reminder SET claimed_until = clock_timestamp() + $3::int * interval '1 millisecond'
        WHERE id = $1 AND claim_token = $2
    RETURNING id`,
      [claim.reminderId, claim.token, this.leaseMs],
    );
    return returnedRows(result as Array<{ id: string }>).length > 0;
  }

  /**
   * The mail server accepted the mail: the row is sent, whatever happened to it meanwhile — a user's write
   * may have cancelled it during the exchange, but the mail went, and a cancelled row could be revived and
   * sent again. No error from an earlier attempt stays on a sent row.
   */
  async recordSent(claim: ReminderClaim, sentAt: Date): Promise<void> {
    await this.dataSource.query(
      `UPDATE reminder
          SET status = 'sent', sent_at = $2, last_error = NULL, closed_at = NULL,
              claim_token = NULL, claimed_until = NULL, updated_at = now()
        WHERE id = $1 AND status <> 'sent'`,
      [claim.reminderId, sentAt],
    );
  }

  /**
   * The attempt failed (it was counted by the claim): its error is kept and the claim released; the row is
   * `failed` once it has had `maxAttempts`. A row cancelled meanwhile stays cancelled. Answers whether the
   * row is now failed.
   */
  async recordFailure(claim: ReminderClaim, error: string, maxAttempts: number, now: Date): Promise<boolean> {
    const result: unknown = await this.dataSource.query(
      `UPDATE reminder
          SET last_error = $3, claim_token = NULL, claimed_until = NULL, updated_at = now(),
              status = CASE WHEN status = 'pending' AND attempts >= $4 THEN 'failed' ELSE status END,
              closed_at = CASE WHEN status = 'pending' AND attempts >= $4 THEN $5::timestamptz ELSE closed_at END
        WHERE id = $1 AND claim_token = $2
    RETURNING status`,
      [claim.reminderId, claim.token, error, maxAttempts, now],
    );
    return returnedRows(result as Array<{ status: string }>).some((row) => row.status === 'failed');
  }
}
