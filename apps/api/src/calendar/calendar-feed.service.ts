import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';
import type { Actor } from '../auth/actor';
import { hashToken, newToken } from '../auth/tokens';
import { APP_CONFIG, type AppConfig } from '../config/app-config.token';
import { UserEntity } from '../users/user.entity';
import { CalendarFeedEntity } from './calendar-feed.entity';
import type { CalendarFeedView, CreatedCalendarFeedView } from './dto/calendar-feed.dto';

/** Where a feed is served: under /api like every route of this process (the SPA owns the other paths). */
export function calendarFeedPath(token: string): string {
  return `/api/calendar/${token}.ics`;
}

/**
 * Each user's personal calendar feed address: at most one works at a time. Making one replaces the
 * previous (which stops working at once); the secret is shown once, only its SHA-256 is kept.
 */
@Injectable()
export class CalendarFeedService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async status(actor: Actor): Promise<CalendarFeedView> {
    const feed = await this.dataSource.manager.findOne(CalendarFeedEntity, {
      where: { userId: actor.userId, revokedAt: IsNull() },
      order: { createdAt: 'DESC' },
    });
    return { active: feed !== null, createdAt: feed ? feed.createdAt.toISOString() : null };
  }

  async create(actor: Actor): Promise<CreatedCalendarFeedView> {
    const token = newToken();
    const feed = await this.dataSource.transaction(async (manager) => {
      await this.lockUser(manager, actor.userId);
      await this.revokeActive(manager, actor, 'calendar_feed.replaced');
      const created = await manager.save(
        manager.create(CalendarFeedEntity, {
          userId: actor.userId,
          tokenHash: hashToken(token),
          revokedAt: null,
        }),
      );
      await this.audit.record(manager, {
        actor,
        entityType: 'calendar_feed',
        entityId: created.id,
        action: 'calendar_feed.created',
      });
      return created;
    });
    const url = `${this.config.publicUrl}${calendarFeedPath(token)}`;
    return {
      active: true,
      createdAt: feed.createdAt.toISOString(),
      url,
      webcalUrl: url.replace(/^https?:\/\//, 'webcal://'),
    };
  }

  /** Stops the feed at once; nothing to do when there is none. */
  async revoke(actor: Actor): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.lockUser(manager, actor.userId);
      await this.revokeActive(manager, actor, 'calendar_feed.revoked');
    });
  }

  /** Serialises feed changes of one user, so that two concurrent "new address" clicks leave one feed. */
  private async lockUser(manager: EntityManager, userId: string): Promise<void> {
    await manager.findOneOrFail(UserEntity, { where: { id: userId }, lock: { mode: 'pessimistic_write' } });
  }

  private async revokeActive(
    manager: EntityManager,
    actor: Actor,
    action: 'calendar_feed.revoked' | 'calendar_feed.replaced',
  ): Promise<void> {
    const active = await manager.findBy(CalendarFeedEntity, { userId: actor.userId, revokedAt: IsNull() });
    if (active.length === 0) return;
    const revokedAt = new Date();
    await manager.update(
      CalendarFeedEntity,
      active.map((feed) => feed.id),
      { revokedAt },
    );
    for (const feed of active) {
      await this.audit.record(manager, {
        actor,
        entityType: 'calendar_feed',
        entityId: feed.id,
        action,
        before: { revokedAt: null },
        after: { revokedAt },
      });
    }
  }
}
