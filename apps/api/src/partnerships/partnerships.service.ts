import { Injectable } from '@nestjs/common';
import { type PartnershipForm, criteriaFor, legalBasisOf } from '@passerelle/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In, type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';
import type { Actor } from '../auth/actor';
import { decodeCursor, encodeCursor } from '../common/pagination/keyset-cursor';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartnershipAccess } from '../tenancy/partnership-access';
import { UserEntity } from '../users/user.entity';
import type {
  CreateInternalNoteDto,
  CreatePartnershipDto,
  InternalNoteDto,
  InternalNoteListDto,
  ListPartnershipsQueryDto,
  PartnershipDto,
  PartnershipPageDto,
} from './dto/partnership.dto';
import { InternalNoteEntity } from '../partnership-records/internal-note.entity';
import { PartnershipPartyEntity } from '../partnership-records/partnership-party.entity';
import { PartnershipEntity } from '../partnership-records/partnership.entity';

const DEFAULT_PAGE = 50;

@Injectable()
export class PartnershipsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: PartnershipAccess,
    private readonly audit: AuditTrail,
  ) {}

  /** A new partnership starts at step 1 with the officer's authority as sole party (the initiator). */
  async create(actor: Actor, input: CreatePartnershipDto): Promise<PartnershipDto> {
    const id = await this.dataSource.transaction(async (manager) => {
      const partnership = await manager.save(
        manager.create(PartnershipEntity, {
          title: input.title.trim(),
          form: input.form,
          approach: input.approach,
          targetCountries: [...new Set(input.targetCountries ?? [])],
          themes: [...new Set(input.themes ?? [])],
          createdByUserId: actor.userId,
        }),
      );
      await manager.insert(PartnershipPartyEntity, {
        partnershipId: partnership.id,
        organisationId: actor.organisationId,
        role: 'initiator',
      });
      await this.audit.record(manager, {
        actor,
        entityType: 'partnership',
        entityId: partnership.id,
        action: 'partnership.created',
        after: {
          title: partnership.title,
          form: partnership.form,
          approach: partnership.approach,
          targetCountries: partnership.targetCountries,
          themes: partnership.themes,
        },
      });
      return partnership.id;
    });
    return this.get(actor, id);
  }

  async list(actor: Actor, query: ListPartnershipsQueryDto): Promise<PartnershipPageDto> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const builder = this.access.visiblePartnerships(actor);
    if (query.cursor) {
      const position = decodeCursor(query.cursor);
      builder.andWhere('(partnership.created_at, partnership.id) < (:at, :id)', {
        at: position.at,
        id: position.id,
      });
    }
    const rows = await builder
      .orderBy('partnership.created_at', 'DESC')
      .addOrderBy('partnership.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    const items = await this.describe(this.dataSource.manager, actor, page);
    const last = page.at(-1);
    return {
      items,
      nextCursor:
        rows.length > limit && last ? encodeCursor({ at: last.createdAt.toISOString(), id: last.id }) : null,
    };
  }

  async get(actor: Actor, partnershipId: string): Promise<PartnershipDto> {
    await this.access.requireVisible(actor, partnershipId);
    const partnership = await this.dataSource.manager.findOneByOrFail(PartnershipEntity, {
      id: partnershipId,
    });
    const [described] = await this.describe(this.dataSource.manager, actor, [partnership]);
    return described!;
  }

  /** The actor's own party's notes: another party's notes are never read, whatever the request. */
  async listInternalNotes(actor: Actor, partnershipId: string): Promise<InternalNoteListDto> {
    await this.access.requireVisible(actor, partnershipId);
    const notes = await this.dataSource.manager.find(InternalNoteEntity, {
      where: { partnershipId, ownerOrganisationId: actor.organisationId },
      relations: { author: true },
      order: { createdAt: 'DESC' },
      take: 200,
    });
    return { items: notes.map(toNoteDto) };
  }

  async addInternalNote(
    actor: Actor,
    partnershipId: string,
    input: CreateInternalNoteDto,
  ): Promise<InternalNoteDto> {
    return this.dataSource.transaction(async (manager) => {
      await this.access.requireVisible(actor, partnershipId, manager);
      const note = await manager.save(
        manager.create(InternalNoteEntity, {
          partnershipId,
          ownerOrganisationId: actor.organisationId,
          authorUserId: actor.userId,
          body: input.body.trim(),
        }),
      );
      await this.audit.record(manager, {
        actor,
        entityType: 'partnership_internal_note',
        entityId: note.id,
        action: 'internal_note.created',
        after: { partnershipId, body: note.body },
      });
      const author = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
      return toNoteDto({ ...note, author });
    });
  }

  private async describe(
    manager: EntityManager,
    actor: Actor,
    partnerships: PartnershipEntity[],
  ): Promise<PartnershipDto[]> {
    if (partnerships.length === 0) return [];
    const parties = await manager.find(PartnershipPartyEntity, {
      where: { partnershipId: In(partnerships.map((p) => p.id)) },
      order: { joinedAt: 'ASC' },
    });
    const organisations = await manager.findBy(OrganisationEntity, {
      id: In([...new Set(parties.map((p) => p.organisationId))]),
    });
    const organisationById = new Map(organisations.map((organisation) => [organisation.id, organisation]));
    return partnerships.map((partnership) => {
      const own = parties.filter((party) => party.partnershipId === partnership.id);
      return {
        id: partnership.id,
        title: partnership.title,
        form: partnership.form,
        legalBasis: legalBasisOf(partnership.form as PartnershipForm),
        criteria: [...criteriaFor(partnership.form as PartnershipForm)],
        approach: partnership.approach,
        status: partnership.status,
        targetCountries: partnership.targetCountries,
        themes: partnership.themes,
        parties: own.map((party) => ({
          organisationId: party.organisationId,
          name: organisationById.get(party.organisationId)?.name ?? '',
          countryCode: organisationById.get(party.organisationId)?.countryCode ?? '',
          role: party.role,
          governance: party.governance,
        })),
        yourRole: own.find((party) => party.organisationId === actor.organisationId)?.role ?? 'partner',
        createdAt: partnership.createdAt.toISOString(),
        version: partnership.version,
      };
    });
  }
}

function toNoteDto(note: InternalNoteEntity): InternalNoteDto {
  return {
    id: note.id,
    body: note.body,
    authorDisplayName: note.author?.displayName ?? '',
    createdAt: note.createdAt.toISOString(),
  };
}
