import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { decodeCursor, encodeCursor } from '../common/pagination/keyset-cursor';
import { UserEntity } from '../users/user.entity';
import { AuditEventEntity } from '../audit/audit-event.entity';
import { auditNames } from './audit-names';
import type { AuditPageDto, AuditQueryDto } from './dto/audit.dto';

const DEFAULT_LIMIT = 50;

/** The organisation's trail, newest first, filtered, one keyset page at a time (indexed, any depth). */
@Injectable()
export class AuditQuery {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async page(actor: Actor, query: AuditQueryDto): Promise<AuditPageDto> {
    const limit = query.limit ?? DEFAULT_LIMIT;
    const builder = this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('event')
      .leftJoin(UserEntity, 'actor', 'actor.id = event.actor_user_id')
      .addSelect('actor.display_name', 'actor_display_name')
      .where('event.organisation_id = :organisationId', { organisationId: actor.organisationId });
    if (query.entityType)
      builder.andWhere('event.entity_type = :entityType', { entityType: query.entityType });
    if (query.entityId) builder.andWhere('event.entity_id = :entityId', { entityId: query.entityId });
    if (query.userId) builder.andWhere('event.actor_user_id = :userId', { userId: query.userId });
    if (query.from) builder.andWhere('event.occurred_at >= :from', { from: query.from });
    if (query.to) builder.andWhere('event.occurred_at < :to', { to: query.to });
    if (query.cursor) {
      const position = decodeCursor(query.cursor, 'time', 'bigint');
      builder.andWhere('(event.occurred_at, event.id) < (:at, :id)', { at: position.at, id: position.id });
    }
    const { entities, raw } = await builder
      .orderBy('event.occurred_at', 'DESC')
      .addOrderBy('event.id', 'DESC')
      .limit(limit + 1)
      .getRawAndEntities<{ actor_display_name: string | null }>();
    const rows = entities.slice(0, limit);
    const last = rows.at(-1);
    const names = await auditNames(this.dataSource, actor.organisationId, rows);
    return {
      items: rows.map((event, index) => ({
        id: event.id,
        occurredAt: event.occurredAt.toISOString(),
        actorUserId: event.actorUserId,
        actorDisplayName: raw[index]?.actor_display_name ?? null,
        entityType: event.entityType,
        entityId: event.entityId,
        entityName: names[event.entityId] ?? null,
        action: event.action,
        changes: event.changes,
        requestId: event.requestId,
      })),
      nextCursor:
        entities.length > limit && last
          ? encodeCursor({ at: last.occurredAt.toISOString(), id: last.id })
          : null,
      names,
    };
  }
}
