import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { initiatorId, scorePartnerMatch } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';
import type { Actor } from '../auth/actor';
import { assertCurrentVersion, updateAtVersion } from '../common/concurrency/version-check';
import { decodeCursor, encodeCursor } from '../common/pagination/keyset-cursor';
import { ProblemException } from '../common/problem/problem';
import { isUuid } from '../common/validation/uuid';
import { LifecycleCommands } from '../lifecycle/lifecycle-commands';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PartnershipEntity } from '../partnership-records/partnership.entity';
import type {
  CreatePartnerRequestDto,
  DirectoryEntryView,
  DirectoryPageView,
  DirectoryProfileDto,
  DirectorySearchDto,
  PartnerRequestPageView,
  PartnerRequestSearchDto,
  PartnerRequestView,
  SuggestedPartnersView,
} from './dto/directory.dto';
import { PartnerRequestEntity } from './partner-request.entity';

const DEFAULT_PAGE = 50;
/** Suggestions are computed over at most this many listed authorities of the target countries (or all). */
const SUGGESTION_POOL = 2000;
const SUGGESTIONS_SHOWN = 10;

/**
 * The directory of authorities that opted in, their partner requests ("we seek a partner for …"), and
 * the suggested partners of a partnership, scored by the lifecycle model.
 */
@Injectable()
export class DirectoryService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: LifecycleCommands,
    private readonly audit: AuditTrail,
  ) {}

  async search(query: DirectorySearchDto): Promise<DirectoryPageView> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const builder = this.dataSource
      .getRepository(OrganisationEntity)
      .createQueryBuilder('organisation')
      .where('organisation.directory_listed');
    if (query.country)
      builder.andWhere('organisation.country_code = :country', { country: query.country.toUpperCase() });
    if (query.kind) builder.andWhere('organisation.kind = :kind', { kind: query.kind });
    if (query.language)
      builder.andWhere(':language = ANY(organisation.languages)', { language: query.language });
    if (query.theme) {
      builder.andWhere(
        '(organisation.themes_offered @> ARRAY[:theme] OR organisation.themes_sought @> ARRAY[:theme])',
        {
          theme: query.theme,
        },
      );
    }
    if (query.q) {
      builder.andWhere('(organisation.name ILIKE :q OR organisation.directory_summary ILIKE :q)', {
        q: `%${escapeLike(query.q)}%`,
      });
    }
    if (query.cursor) {
      const position = decodeCursor(query.cursor, 'text');
      builder.andWhere('(organisation.name, organisation.id) > (:name, :id)', {
        name: position.at,
        id: position.id,
      });
    }
    const rows = await builder
      .orderBy('organisation.name', 'ASC')
      .addOrderBy('organisation.id', 'ASC')
      .limit(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(toEntry),
      // The keyset position of a name-sorted list is the name itself.
      nextCursor: rows.length > limit && last ? encodeCursor({ at: last.name, id: last.id }) : null,
    };
  }

  async updateProfile(actor: Actor, input: DirectoryProfileDto): Promise<DirectoryEntryView> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager.findOneByOrFail(OrganisationEntity, { id: actor.organisationId });
      assertCurrentVersion(organisation, input.version, 'organisation');
      const before = directoryFields(organisation);
      const saved = await updateAtVersion(
        manager,
        OrganisationEntity,
        organisation.id,
        input.version,
        {
          directoryListed: input.listed,
          directorySummary: input.summary.trim(),
          themesOffered: [...new Set(input.themesOffered)],
          themesSought: [...new Set(input.themesSought)],
        },
        'organisation',
      );
      await this.audit.record(manager, {
        actor,
        entityType: 'organisation',
        entityId: saved.id,
        action: 'organisation.directory_profile_updated',
        before,
        after: directoryFields(saved),
      });
      return toEntry(saved);
    });
  }

  async listRequests(query: PartnerRequestSearchDto): Promise<PartnerRequestPageView> {
    const limit = query.limit ?? DEFAULT_PAGE;
    const builder = this.dataSource
      .getRepository(PartnerRequestEntity)
      .createQueryBuilder('request')
      .innerJoinAndSelect('request.organisation', 'organisation')
      .where(`request.status = 'open'`);
    if (query.theme) builder.andWhere('request.themes @> ARRAY[:theme]', { theme: query.theme });
    if (query.country)
      builder.andWhere('organisation.country_code = :country', { country: query.country.toUpperCase() });
    if (query.cursor) {
      const position = decodeCursor(query.cursor);
      builder.andWhere('(request.created_at, request.id) < (:at, :id)', { at: position.at, id: position.id });
    }
    const rows = await builder
      .orderBy('request.created_at', 'DESC')
      .addOrderBy('request.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(toRequestView),
      nextCursor:
        rows.length > limit && last ? encodeCursor({ at: last.createdAt.toISOString(), id: last.id }) : null,
    };
  }

  async createRequest(actor: Actor, input: CreatePartnerRequestDto): Promise<PartnerRequestView> {
    return this.dataSource.transaction(async (manager) => {
      const request = await manager.save(
        manager.create(PartnerRequestEntity, {
          organisationId: actor.organisationId,
          title: input.title.trim(),
          description: input.description.trim(),
          themes: [...new Set(input.themes)],
          status: 'open',
        }),
      );
      await this.audit.record(manager, {
        actor,
        entityType: 'partner_request',
        entityId: request.id,
        action: 'partner_request.created',
        after: { title: request.title, themes: request.themes },
      });
      request.organisation = await manager.findOneByOrFail(OrganisationEntity, { id: actor.organisationId });
      return toRequestView(request);
    });
  }

  async closeRequest(actor: Actor, requestId: string, version: number): Promise<PartnerRequestView> {
    return this.dataSource.transaction(async (manager) => {
      const request = isUuid(requestId)
        ? await manager.findOne(PartnerRequestEntity, {
            where: { id: requestId, organisationId: actor.organisationId },
            relations: { organisation: true },
          })
        : null;
      if (!request)
        throw new ProblemException('RESOURCE.NOT_FOUND', `No partner request ${requestId} of yours.`);
      assertCurrentVersion(request, version, 'partner request');
      const stored = await updateAtVersion(
        manager,
        PartnerRequestEntity,
        request.id,
        version,
        { status: 'closed' },
        'partner request',
      );
      const saved = Object.assign(stored, { organisation: request.organisation });
      await this.audit.record(manager, {
        actor,
        entityType: 'partner_request',
        entityId: saved.id,
        action: 'partner_request.closed',
        before: { status: 'open' },
        after: { status: 'closed' },
      });
      return toRequestView(saved);
    });
  }

  /**
   * Listed authorities that are not parties nor already candidates, scored against the partnership's
   * themes and target countries and the initiator's profile; the initiator's work only.
   */
  async suggest(actor: Actor, partnershipId: string): Promise<SuggestedPartnersView> {
    const { snapshot } = await this.lifecycle.read(actor, partnershipId);
    if (initiatorId(snapshot) !== actor.organisationId) {
      throw new ProblemException(
        'RESOURCE.NOT_FOUND',
        `No partner search of yours in partnership ${partnershipId}.`,
      );
    }
    const partnership = await this.dataSource.manager.findOneByOrFail(PartnershipEntity, {
      id: partnershipId,
    });
    const own = await this.dataSource.manager.findOneByOrFail(OrganisationEntity, {
      id: actor.organisationId,
    });
    const excluded = new Set([
      ...snapshot.partnership.parties.map((party) => party.organisationId),
      ...snapshot.candidates.flatMap((candidate) =>
        candidate.organisationId ? [candidate.organisationId] : [],
      ),
    ]);
    const pool = this.dataSource
      .getRepository(OrganisationEntity)
      .createQueryBuilder('organisation')
      .where('organisation.directory_listed');
    if (partnership.targetCountries.length > 0) {
      pool.andWhere('organisation.country_code = ANY(:countries)', {
        countries: partnership.targetCountries,
      });
    }
    const candidates = (
      await pool.orderBy('organisation.name', 'ASC').limit(SUGGESTION_POOL).getMany()
    ).filter((organisation) => !excluded.has(organisation.id));
    const requestThemes = await this.openRequestThemes(candidates.map((organisation) => organisation.id));
    const seeker = {
      themesSought: partnership.themes,
      themesOffered: own.themesOffered,
      languages: own.languages,
      targetCountries: partnership.targetCountries,
    };
    const scored = candidates
      .map((organisation) => {
        const match = scorePartnerMatch(seeker, {
          countryCode: organisation.countryCode,
          languages: organisation.languages,
          themesOffered: organisation.themesOffered,
          themesSought: organisation.themesSought,
          openRequestThemes: requestThemes.get(organisation.id) ?? [],
        });
        return {
          ...toEntry(organisation),
          score: match.score,
          reasons: match.reasons.map((reason) => ({ ...reason })),
        };
      })
      .filter((suggestion) => suggestion.score > 0)
      .sort((left, right) => right.score - left.score || left.name.localeCompare(right.name));
    return { items: scored.slice(0, SUGGESTIONS_SHOWN), ownProfileListed: own.directoryListed };
  }

  private async openRequestThemes(organisationIds: string[]): Promise<Map<string, string[]>> {
    if (organisationIds.length === 0) return new Map();
    const rows: Array<{ organisation_id: string; themes: string[] }> = await this.dataSource.query(
      `SELECT organisation_id, array_agg(DISTINCT theme) AS themes
         FROM partner_request, unnest(themes) AS theme
        WHERE status = 'open' AND organisation_id = ANY($1)
        GROUP BY organisation_id`,
      [organisationIds],
    );
    return new Map(rows.map((row) => [row.organisation_id, row.themes]));
  }
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}

function directoryFields(organisation: OrganisationEntity): Record<string, unknown> {
  return {
    directoryListed: organisation.directoryListed,
    directorySummary: organisation.directorySummary,
    themesOffered: organisation.themesOffered,
    themesSought: organisation.themesSought,
  };
}

function toEntry(organisation: OrganisationEntity): DirectoryEntryView {
  return {
    organisationId: organisation.id,
    name: organisation.name,
    kind: organisation.kind,
    countryCode: organisation.countryCode,
    population: organisation.population,
    languages: organisation.languages,
    themesOffered: organisation.themesOffered,
    themesSought: organisation.themesSought,
    summary: organisation.directorySummary,
  };
}

function toRequestView(request: PartnerRequestEntity): PartnerRequestView {
  return {
    id: request.id,
    organisationId: request.organisationId,
    organisationName: request.organisation?.name ?? '',
    countryCode: request.organisation?.countryCode ?? '',
    title: request.title,
    description: request.description,
    themes: request.themes,
    status: request.status,
    createdAt: request.createdAt.toISOString(),
    version: request.version,
  };
}
