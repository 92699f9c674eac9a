import { Injectable } from '@nestjs/common';
import { isUuid } from '../common/validation/uuid';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';
import type { Actor } from '../auth/actor';
import { SessionService } from '../auth/session.service';
import { assertCurrentVersion, updateAtVersion } from '../common/concurrency/version-check';
import { ProblemException } from '../common/problem/problem';
import type { OrganisationDto, UpdateOrganisationDto } from '../organisations/dto/organisation.dto';
import { OrganisationEntity } from '../organisations/organisation.entity';
import type { UpdateUserDto, UserDto, UserListDto } from './dto/user.dto';
import { UserEntity } from '../users/user.entity';

/** An admin's work on their own organisation: its profile and its people. Never another organisation. */
@Injectable()
export class OrganisationAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly audit: AuditTrail,
  ) {}

  async getOrganisation(actor: Actor): Promise<OrganisationDto> {
    return toOrganisationDto(
      await this.dataSource.manager.findOneByOrFail(OrganisationEntity, { id: actor.organisationId }),
    );
  }

  async updateOrganisation(actor: Actor, input: UpdateOrganisationDto): Promise<OrganisationDto> {
    return this.dataSource.transaction(async (manager) => {
      const organisation = await manager.findOneByOrFail(OrganisationEntity, { id: actor.organisationId });
      assertCurrentVersion(organisation, input.version, 'organisation');
      const before = toOrganisationDto(organisation);
      const { version: _version, ...changes } = input;
      const saved = await updateAtVersion(
        manager,
        OrganisationEntity,
        organisation.id,
        input.version,
        withoutAbsent({ ...changes, ...(changes.name ? { name: changes.name.trim() } : {}) }),
        'organisation',
      );
      const after = toOrganisationDto(saved);
      await this.audit.record(manager, {
        actor,
        entityType: 'organisation',
        entityId: organisation.id,
        action: 'organisation.updated',
        before: { ...before },
        after: { ...after },
      });
      return after;
    });
  }

  async listUsers(actor: Actor): Promise<UserListDto> {
    const users = await this.dataSource.manager.find(UserEntity, {
      where: { organisationId: actor.organisationId },
      order: { displayName: 'ASC' },
    });
    return { items: users.map(toUserDto) };
  }

  async updateUser(actor: Actor, userId: string, input: UpdateUserDto): Promise<UserDto> {
    if (userId === actor.userId) {
      throw new ProblemException(
        'USER.CANNOT_CHANGE_SELF',
        'You cannot change your own role or disable yourself.',
      );
    }
    return this.dataSource.transaction(async (manager) => {
      // Changes of users of one organisation wait for each other: two admins disabling each other at
      // once would otherwise both see the other one still active and leave the organisation without any.
      await manager.findOne(OrganisationEntity, {
        where: { id: actor.organisationId },
        lock: { mode: 'for_no_key_update' },
      });
      const user = await manager.findOne(UserEntity, {
        where: {
          id: isUuid(userId) ? userId : '00000000-0000-0000-0000-000000000000',
          organisationId: actor.organisationId,
        },
      });
      if (!user) throw new ProblemException('RESOURCE.NOT_FOUND', `No user ${userId} in your organisation.`);
      assertCurrentVersion(user, input.version, 'user');
      const before = toUserDto(user);
      const changes = {
        ...(input.role !== undefined ? { role: input.role } : {}),
        ...(input.disabled !== undefined
          ? { disabledAt: input.disabled ? (user.disabledAt ?? new Date()) : null }
          : {}),
      };
      await this.assertAnAdminRemains(manager, actor.organisationId, { ...user, ...changes });
      const saved = await updateAtVersion(manager, UserEntity, user.id, input.version, changes, 'user');
      if (saved.disabledAt) await this.sessions.revokeAllOf(manager, saved.id);
      const after = toUserDto(saved);
      await this.audit.record(manager, {
        actor,
        entityType: 'user',
        entityId: saved.id,
        action: 'user.updated',
        before: { role: before.role, disabled: before.disabled },
        after: { role: after.role, disabled: after.disabled },
      });
      return after;
    });
  }

  /** An organisation without an active admin could never invite anyone again. */
  private async assertAnAdminRemains(
    manager: DataSource['manager'],
    organisationId: string,
    changed: UserEntity,
  ): Promise<void> {
    if (changed.role === 'admin' && !changed.disabledAt) return;
    const otherAdmins = await manager.count(UserEntity, {
      where: { organisationId, role: 'admin', disabledAt: IsNull(), id: Not(changed.id) },
    });
    if (otherAdmins === 0) {
      throw new ProblemException(
        'USER.LAST_ADMIN',
        'The organisation needs at least one active administrator.',
      );
    }
  }
}

/** The fields a PATCH sent: an absent one keeps its stored value. */
function withoutAbsent<T extends Record<string, unknown>>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

export function toOrganisationDto(organisation: OrganisationEntity): OrganisationDto {
  return {
    id: organisation.id,
    name: organisation.name,
    kind: organisation.kind,
    countryCode: organisation.countryCode,
    population: organisation.population,
    languages: organisation.languages,
    timeZone: organisation.timeZone,
    directoryListed: organisation.directoryListed,
    directorySummary: organisation.directorySummary,
    themesOffered: organisation.themesOffered,
    themesSought: organisation.themesSought,
    iatiIdentifier: organisation.iatiIdentifier,
    internationalElectedName: organisation.internationalElectedName,
    internationalElectedTitle: organisation.internationalElectedTitle,
    internationalElectedEmail: organisation.internationalElectedEmail,
    internationalOfficerName: organisation.internationalOfficerName,
    internationalOfficerTitle: organisation.internationalOfficerTitle,
    internationalOfficerEmail: organisation.internationalOfficerEmail,
    internationalPhone: organisation.internationalPhone,
    version: organisation.version,
  };
}

export function toUserDto(user: UserEntity): UserDto {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt.toISOString(),
    version: user.version,
  };
}
