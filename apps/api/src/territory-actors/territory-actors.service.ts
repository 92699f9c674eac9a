import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';
import type { Actor } from '../auth/actor';
import { assertCurrentVersion, updateAtVersion } from '../common/concurrency/version-check';
import { decodeCursor, encodeCursor } from '../common/pagination/keyset-cursor';
import { ProblemException } from '../common/problem/problem';
import { isUuid } from '../common/validation/uuid';
import type {
  CreateTerritoryActorDto,
  DirectoryActorPageView,
  TerritoryActorSearchDto,
  DirectoryActorView,
  UpdateTerritoryActorDto,
} from './dto/territory-actor.dto';
import { TerritoryActorEntity } from './territory-actor.entity';

const DEFAULT_PAGE = 50;

/** The organisation's directory of territory actors, reused by every partnership it runs. */
@Injectable()
export class TerritoryActorsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
  ) {}

  async list(actor: Actor, query: TerritoryActorSearchDto): Promise<DirectoryActorPageView> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const builder = this.dataSource
      .getRepository(TerritoryActorEntity)
      .createQueryBuilder('actor')
      .where('actor.organisation_id = :organisationId', { organisationId: actor.organisationId });
    if (query.kind) builder.andWhere('actor.kind = :kind', { kind: query.kind });
    if (query.q)
      builder.andWhere('actor.name ILIKE :q', { q: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    if (query.cursor) {
      const position = decodeCursor(query.cursor, 'text');
      builder.andWhere('(lower(actor.name), actor.id) > (:name, :id)', {
        name: position.at,
        id: position.id,
      });
    }
    const rows = await builder
      .orderBy('lower(actor.name)', 'ASC')
      .addOrderBy('actor.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(toView),
      nextCursor:
        rows.length > limit && last ? encodeCursor({ at: last.name.toLowerCase(), id: last.id }) : null,
    };
  }

  async create(actor: Actor, input: CreateTerritoryActorDto): Promise<DirectoryActorView> {
    return this.dataSource.transaction(async (manager) => toView(await this.insert(manager, actor, input)));
  }

  /** The directory entry of this name, created if it does not exist yet (associating an actor files it). */
  async findOrCreate(
    manager: EntityManager,
    actor: Actor,
    input: CreateTerritoryActorDto,
  ): Promise<TerritoryActorEntity> {
    const existing = await this.findByName(manager, actor.organisationId, input.name);
    return existing ?? this.insert(manager, actor, input);
  }

  async findOwn(manager: EntityManager, actor: Actor, actorId: string): Promise<TerritoryActorEntity> {
    const found = isUuid(actorId)
      ? await manager.findOneBy(TerritoryActorEntity, { id: actorId, organisationId: actor.organisationId })
      : null;
    if (!found)
      throw new ProblemException('RESOURCE.NOT_FOUND', `No territory actor ${actorId} in your directory.`);
    return found;
  }

  async update(actor: Actor, actorId: string, input: UpdateTerritoryActorDto): Promise<DirectoryActorView> {
    return this.dataSource.transaction(async (manager) => {
      const entry = await this.findOwn(manager, actor, actorId);
      assertCurrentVersion(entry, input.version, 'territory actor');
      const before = toView(entry);
      const { version: _version, ...changes } = input;
      if (changes.name && changes.name.trim().toLowerCase() !== entry.name.toLowerCase()) {
        await this.assertNameFree(manager, actor.organisationId, changes.name);
      }
      const saved = await updateAtVersion(
        manager,
        TerritoryActorEntity,
        entry.id,
        input.version,
        trimAll(changes),
        'territory actor',
      );
      await this.audit.record(manager, {
        actor,
        entityType: 'territory_actor',
        entityId: saved.id,
        action: 'territory_actor.updated',
        before: { ...before },
        after: { ...toView(saved) },
      });
      return toView(saved);
    });
  }

  private async insert(
    manager: EntityManager,
    actor: Actor,
    input: CreateTerritoryActorDto,
  ): Promise<TerritoryActorEntity> {
    await this.assertNameFree(manager, actor.organisationId, input.name);
    const saved = await manager.save(
      manager.create(TerritoryActorEntity, {
        organisationId: actor.organisationId,
        name: input.name.trim(),
        kind: input.kind,
        contact: input.contact?.trim() ?? '',
        notes: input.notes?.trim() ?? '',
      }),
    );
    await this.audit.record(manager, {
      actor,
      entityType: 'territory_actor',
      entityId: saved.id,
      action: 'territory_actor.created',
      after: { name: saved.name, kind: saved.kind },
    });
    return saved;
  }

  private findByName(
    manager: EntityManager,
    organisationId: string,
    name: string,
  ): Promise<TerritoryActorEntity | null> {
    return manager
      .getRepository(TerritoryActorEntity)
      .createQueryBuilder('actor')
      .where('actor.organisation_id = :organisationId AND lower(actor.name) = lower(:name)', {
        organisationId,
        name: name.trim(),
      })
      .getOne();
  }

  private async assertNameFree(manager: EntityManager, organisationId: string, name: string): Promise<void> {
    if (await this.findByName(manager, organisationId, name)) {
      throw new ProblemException(
        'TERRITORY_ACTOR.DUPLICATE_NAME',
        `Your directory already has an actor named “${name.trim()}”.`,
      );
    }
  }
}

/** The fields the request sent, trimmed; absent ones are left out so that they keep their value. */
function trimAll<T extends Record<string, unknown>>(fields: T): T {
  return Object.fromEntries(
    Object.entries(fields)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value]),
  ) as T;
}

function toView(entry: TerritoryActorEntity): DirectoryActorView {
  return {
    id: entry.id,
    name: entry.name,
    kind: entry.kind,
    contact: entry.contact,
    notes: entry.notes,
    version: entry.version,
  };
}
