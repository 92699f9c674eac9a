import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DialogueAudience, ReminderKind } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';
import type { Actor } from '../auth/actor';
import { CLOCK, type Clock } from '../common/clock/clock';
import { decodeCursor, encodeCursor } from '../common/pagination/keyset-cursor';
import { ProblemException } from '../common/problem/problem';
import { isUuid } from '../common/validation/uuid';
import type {
  OrganisationReminderPageView,
  OrganisationReminderQueryDto,
  OrganisationReminderView,
  ReminderHealthView,
  ReminderQueueCountsView,
} from './dto/organisation-reminder.dto';
import { recordJobChanges } from './reminder-job-changes';
import { ReminderJobQueue } from './reminder-job-queue';
import { ReminderEntity } from './reminder.entity';

const DEFAULT_LIMIT = 50;
const WEEK_MS = 7 * 86_400_000;
/** The health view answers without the queue's counts rather than hang on an absent Redis. */
const QUEUE_COUNTS_WAIT_MS = 2_000;

/**
 * An organisation admin's view of the reminders sent to their people: the list with each delivery record,
 * a retry for those that failed for good, and the health of the schedule and of the queue.
 */
@Injectable()
export class OrganisationRemindersService {
  private readonly logger = new Logger(OrganisationRemindersService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly jobs: ReminderJobQueue,
    private readonly audit: AuditTrail,
  ) {}

  /** Newest first (by notification time), optionally one status, one keyset page at a time. */
  async page(actor: Actor, query: OrganisationReminderQueryDto): Promise<OrganisationReminderPageView> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const builder = this.withPartnershipAndRecipient().where('reminder.organisation_id = :organisationId', {
      organisationId: actor.organisationId,
    });
    if (query.status) builder.andWhere('reminder.status = :status', { status: query.status });
    if (query.cursor) {
      const position = decodeCursor(query.cursor);
      builder.andWhere('(reminder.notify_at, reminder.id) < (:at, :id)', {
        at: position.at,
        id: position.id,
      });
    }
    const rows = await builder
      .orderBy('reminder.notify_at', 'DESC')
      .addOrderBy('reminder.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const items = rows.slice(0, limit);
    const last = items.at(-1);
    return {
      items: items.map(toView),
      nextCursor:
        rows.length > limit && last ? encodeCursor({ at: last.notifyAt.toISOString(), id: last.id }) : null,
    };
  }

  /**
   * Makes a failed reminder pending again with a fresh set of attempts, and gives it a new job once
   * committed. Only failed ones: a pending reminder is already on its way, a sent one was delivered.
   */
  async retry(actor: Actor, reminderId: string): Promise<OrganisationReminderView> {
    await this.dataSource.transaction(async (manager) => {
      const reminder = await manager.findOne(ReminderEntity, {
        where: { id: isUuid(reminderId) ? reminderId : NO_ID, organisationId: actor.organisationId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!reminder) {
        throw new ProblemException('RESOURCE.NOT_FOUND', `No reminder ${reminderId} in your organisation.`);
      }
      if (reminder.status !== 'failed') {
        throw new ProblemException(
          'REMINDER.NOT_FAILED',
          `This reminder is ${reminder.status}: only a failed reminder can be retried.`,
          { reminderStatus: reminder.status },
        );
      }
      await manager.update(
        ReminderEntity,
        { id: reminder.id },
        { status: 'pending', attempts: 0, lastError: null, closedAt: null },
      );
      await this.audit.record(manager, {
        actor,
        entityType: 'reminder',
        entityId: reminder.id,
        action: 'reminder.retried',
        before: { status: reminder.status, attempts: reminder.attempts, lastError: reminder.lastError },
        after: { status: 'pending', attempts: 0, lastError: null },
      });
      // Its failed job is still in Redis under the same id: it goes, and a fresh one comes.
      recordJobChanges(manager, {
        scheduled: [{ reminderId: reminder.id, notifyAt: reminder.notifyAt, replace: true }],
      });
    });
    this.logger.log({ reminderId }, 'failed reminder retried');
    const reminder = await this.withPartnershipAndRecipient()
      .where('reminder.id = :id', { id: reminderId })
      .getOneOrFail();
    return toView(reminder);
  }

  async health(actor: Actor): Promise<ReminderHealthView> {
    const now = this.clock.now();
    const [counts] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE status = 'pending')::int AS pending,
              count(*) FILTER (WHERE status = 'pending' AND notify_at <= $2)::int AS due,
              count(*) FILTER (WHERE status = 'failed')::int AS failed,
              count(*) FILTER (WHERE status = 'sent' AND sent_at >= $3)::int AS sent_last_7_days
         FROM reminder WHERE organisation_id = $1`,
      [actor.organisationId, now, new Date(now.getTime() - WEEK_MS)],
    )) as Array<{ pending: number; due: number; failed: number; sent_last_7_days: number }>;
    return {
      schedule: {
        pending: counts?.pending ?? 0,
        due: counts?.due ?? 0,
        failed: counts?.failed ?? 0,
        sentLast7Days: counts?.sent_last_7_days ?? 0,
      },
      queue: await this.queueCounts(),
    };
  }

  private async queueCounts(): Promise<ReminderQueueCountsView | null> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), QUEUE_COUNTS_WAIT_MS);
    });
    const counts = this.jobs.counts().catch((error: unknown) => {
      this.logger.warn({ err: error }, 'reminder queue counts unavailable');
      return null;
    });
    const answer = await Promise.race([counts, late]);
    clearTimeout(timer);
    return answer;
  }

  private withPartnershipAndRecipient() {
    return this.dataSource
      .getRepository(ReminderEntity)
      .createQueryBuilder('reminder')
      .innerJoin('reminder.partnership', 'partnership')
      .addSelect(['partnership.id', 'partnership.title'])
      .innerJoin('reminder.recipient', 'recipient')
      .addSelect(['recipient.id', 'recipient.displayName', 'recipient.email']);
  }
}

/** A syntactically valid id that matches nothing, for ids that are not uuids (404, not a SQL error). */
const NO_ID = '00000000-0000-0000-0000-000000000000';

function toView(reminder: ReminderEntity): OrganisationReminderView {
  return {
    id: reminder.id,
    partnershipId: reminder.partnershipId,
    partnershipTitle: reminder.partnership?.title ?? '',
    recipient: {
      id: reminder.recipientId,
      displayName: reminder.recipient?.displayName ?? '',
      email: reminder.recipient?.email ?? '',
    },
    kind: reminder.kind as ReminderKind,
    audience: reminder.audience as DialogueAudience | null,
    visitId: reminder.visitId,
    conventionId: reminder.conventionId,
    subjectDate: reminder.subjectDate,
    notifyAt: reminder.notifyAt.toISOString(),
    sendAt: reminder.sendAt.toISOString(),
    status: reminder.status,
    attempts: reminder.attempts,
    lastError: reminder.lastError,
    sentAt: reminder.sentAt?.toISOString() ?? null,
    closedAt: reminder.closedAt?.toISOString() ?? null,
  };
}
