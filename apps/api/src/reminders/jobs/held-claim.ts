import type { Logger } from '@nestjs/common';
import type { ReminderClaim, ReminderClaims } from './reminder-claims';

/** First wait before writing an outcome again when PostgreSQL did not answer; it doubles up to the cap. */
const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5_000;
/** An outcome is given up this long before the claim may lapse, so that no other delivery overlaps it. */
const SAFETY_MARGIN_MS = 200;

/**
 * A claim kept alive while its delivery talks to the mail server: renewed every third of the lease, so that
 * it lapses only if this process stops. Knows (on this process's monotonic clock, conservatively) until
 * when the claim surely holds, which bounds how long an outcome may wait for PostgreSQL to come back.
 */
export class HeldClaim {
  private renewal: NodeJS.Timeout | undefined;
  private holdsUntil: number;

  constructor(
    private readonly claims: ReminderClaims,
    readonly claim: ReminderClaim,
    private readonly leaseMs: number,
    private readonly logger: Logger,
    claimedAt: number,
  ) {
    this.holdsUntil = claimedAt + leaseMs;
    this.renewal = setInterval(() => void this.renew(), Math.max(50, Math.floor(leaseMs / 3)));
  }

  /**
   * Writes the delivery's outcome, again and again while PostgreSQL does not answer, as long as the claim
   * holds: an outcome lost here would let the row be delivered again. Throws the last error when the claim
   * may have lapsed.
   */
  async record(write: () => Promise<void>): Promise<void> {
    let waitMs = FIRST_RETRY_MS;
    for (;;) {
      try {
        await write();
        return;
      } catch (error) {
        const left = this.holdsUntil - SAFETY_MARGIN_MS - performance.now();
        if (left <= 0) throw error;
        this.logger.warn(
          { err: error, reminderId: this.claim.reminderId, retryInMs: Math.min(waitMs, left) },
          'could not record the reminder delivery’s outcome; trying again',
        );
        await new Promise((resolve) => setTimeout(resolve, Math.min(waitMs, left)));
        waitMs = Math.min(waitMs * 2, MAX_RETRY_MS);
      }
    }
  }

  release(): void {
    clearInterval(this.renewal);
    this.renewal = undefined;
  }

  private async renew(): Promise<void> {
    const sentAt = performance.now();
    try {
      if (await this.claims.renew(this.claim)) this.holdsUntil = sentAt + this.leaseMs;
    } catch (error) {
      this.logger.warn({ err: error, reminderId: this.claim.reminderId }, 'could not renew a reminder claim');
    }
  }
}
