import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { GroupedStatements, type GroupedOutcome } from '../../common/database/grouped-statements';
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
 * How deliveries' reads and claims are grouped: each waits up to 20 ms for others (a reminder is due to the
 * minute, not the millisecond), at most 100 rows per statement. Nothing has been sent yet at these steps.
 */
export const GROUPING = { lingerMs: 20, maxGroupSize: 100 } as const;

/**
 * Sent records do not linger: a mail the server accepted and whose record waits is one a crash would send
 * again, so only the records that came while the previous statement ran go together.
 */
const SENT_RECORD_GROUPING = { lingerMs: 0, maxGroupSize: 100 } as const;

/** A sent row: its claim released, no error left from an earlier attempt (its `sent_at` is set beside). */
const SENT_AND_RELEASED = `status = 'sent', last_error = NULL, closed_at = NULL, claim_token = NULL,
              claimed_until = NULL, updated_at = now()`;

/**
 * The reminder row's delivery claims, each statement its own short transaction: no row lock is ever held
 * while the worker talks to the mail server, so a user's write that cancels the row never waits for SMTP.
 * Times are PostgreSQL's (`clock_timestamp()`), the one clock every worker shares.
 *
 * Claims and sent records made by concurrent deliveries go to PostgreSQL together, one statement for many
 * rows (`GroupedStatements`): a round trip per mail was the worker's largest cost. A grouped statement
 * skips a row some other transaction has locked (a user's write cancelling it) instead of waiting for it,
 * so that two statements locking many rows never wait for each other: a claim skipped this way is tried
 * again a moment later, a sent record is written alone.
 */
export class ReminderClaims {
  private readonly claims: GroupedStatements<NotificationValues, ReminderClaim | null>;
  private readonly sentRecords: GroupedStatements<SentRecord, void>;

  constructor(
    private readonly dataSource: DataSource,
    private readonly leaseMs: number,
  ) {
    this.claims = new GroupedStatements((inputs) => this.claimRows(inputs), GROUPING);
    this.sentRecords = new GroupedStatements((inputs) => this.recordSentRows(inputs), SENT_RECORD_GROUPING);
  }

  /**
   * Claims a pending row that no live delivery holds, counting the attempt, and adds the in-app notification
   * (which must not wait for the mail): committed before any SMTP. A lapsed claim (its worker died) is taken
   * over. Null when the row is not claimable now (`whyUnclaimable` says why).
   */
  claim(notification: NotificationValues): Promise<ReminderClaim | null> {
    return this.claims.call(notification);
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
  recordSent(claim: ReminderClaim, sentAt: Date): Promise<void> {
    return this.sentRecords.call({ reminderId: claim.reminderId, sentAt });
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

  /** One statement claims the group's claimable rows (one token for the group) and adds their notifications. */
  private async claimRows(
    inputs: readonly NotificationValues[],
  ): Promise<ReadonlyArray<GroupedOutcome<ReminderClaim | null>>> {
    const token = randomUUID();
    const column = (index: number) => inputs.map((values) => values[index]);
    const rows: Array<{ id: string; attempts: number }> = await this.dataSource.query(
      `WITH asked AS (
         SELECT * FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::timestamptz[])
                    AS asked(user_id, reminder_id, partnership_id, kind, created_at)),
            claimable AS (
         SELECT reminder.id FROM reminder JOIN asked ON asked.reminder_id = reminder.id
          WHERE reminder.status = 'pending'
            AND (reminder.claimed_until IS NULL OR reminder.claimed_until <= clock_timestamp())
          ORDER BY reminder.id
            FOR UPDATE OF reminder SKIP LOCKED),
            claimed AS (
         UPDATE reminder
            SET claim_token = $6, claimed_until = clock_timestamp() + $7::int * interval '1 millisecond',
                attempts = attempts + 1, updated_at = now()
           FROM claimable WHERE reminder.id = claimable.id
      RETURNING reminder.id, reminder.attempts),
            notified AS (
         INSERT INTO notification (user_id, reminder_id, partnership_id, kind, created_at)
         SELECT asked.user_id, asked.reminder_id, asked.partnership_id, asked.kind, asked.created_at
           FROM asked JOIN claimed ON claimed.id = asked.reminder_id
         ON CONFLICT (reminder_id) DO NOTHING)
       SELECT id, attempts FROM claimed`,
      [column(0), column(1), column(2), column(3), column(4), token, this.leaseMs],
    );
    const claimed = new Map(rows.map((row) => [row.id, row.attempts]));
    return inputs.map(([, reminderId]) => {
      const attempts = claimed.get(reminderId);
      return { ok: attempts === undefined ? null : { reminderId, token, attempts } };
    });
  }

  /** One statement records the group's rows sent; a row another transaction holds is recorded alone. */
  private async recordSentRows(inputs: readonly SentRecord[]): Promise<ReadonlyArray<GroupedOutcome<void>>> {
    const recorded: Array<{ id: string }> = await this.dataSource.query(
      `WITH sent AS (
         SELECT * FROM unnest($1::uuid[], $2::timestamptz[]) AS sent(id, sent_at)),
            unheld AS (
         SELECT reminder.id, sent.sent_at FROM reminder JOIN sent ON sent.id = reminder.id
          WHERE reminder.status <> 'sent'
          ORDER BY reminder.id
            FOR UPDATE OF reminder SKIP LOCKED)
       UPDATE reminder
          SET ${SENT_AND_RELEASED}, sent_at = unheld.sent_at
         FROM unheld WHERE reminder.id = unheld.id
    RETURNING reminder.id`,
      [inputs.map((input) => input.reminderId), inputs.map((input) => input.sentAt)],
    );
    const done = new Set(returnedRows(recorded).map((row) => row.id));
    return Promise.all(
      inputs.map(async (input): Promise<GroupedOutcome<void>> => {
        if (done.has(input.reminderId)) return { ok: undefined };
        // Held by another transaction (or already sent): this one waits for the lock, alone.
        try {
          await this.recordSentAlone(input);
          return { ok: undefined };
        } catch (error) {
          return { error: error instanceof Error ? error : new Error(String(error)) };
        }
      }),
    );
  }

  private async recordSentAlone({ reminderId, sentAt }: SentRecord): Promise<void> {
    await this.dataSource.query(
      `UPDATE reminder
          SET ${SENT_AND_RELEASED}, sent_at = $2
        WHERE id = $1 AND status <> 'sent'`,
      [reminderId, sentAt],
    );
  }
}

interface SentRecord {
  readonly reminderId: string;
  readonly sentAt: Date;
}
