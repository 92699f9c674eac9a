import { randomBytes } from 'node:crypto';
import { hash } from '@node-rs/argon2';
import type { DataSource } from 'typeorm';
import { SessionEntity } from '../../src/auth/session.entity';
import { hashToken, newToken } from '../../src/auth/tokens';
import { InvitationEntity, type InvitationKind } from '../../src/invitations/invitation.entity';
import { OrganisationEntity } from '../../src/organisations/organisation.entity';
import { PartnershipPartyEntity } from '../../src/partnership-records/partnership-party.entity';
import { PartnershipEntity } from '../../src/partnership-records/partnership.entity';
import { USER_ROLES, type UserRole } from '../../src/users/user-role';
import { UserEntity } from '../../src/users/user.entity';

/** Rows written straight to the database: fast set-up for specs that test something else. */
export class Factory {
  private passwordHash: Promise<string> | undefined;

  constructor(readonly dataSource: DataSource) {}

  static readonly PASSWORD = 'correct horse battery staple';

  async organisation(name = `Commune ${unique()}`, countryCode = 'FR'): Promise<OrganisationEntity> {
    return this.dataSource.manager.save(
      this.dataSource.manager.create(OrganisationEntity, {
        name,
        kind: 'commune',
        countryCode,
        population: 10_000,
        languages: ['fr'],
        timeZone: 'Europe/Paris',
      }),
    );
  }

  async user(
    organisationId: string,
    role: UserRole,
    overrides: Partial<UserEntity> = {},
  ): Promise<UserEntity> {
    this.passwordHash ??= hash(Factory.PASSWORD);
    return this.dataSource.manager.save(
      this.dataSource.manager.create(UserEntity, {
        organisationId,
        email: `${role}.${unique()}@example.test`,
        displayName: `${role} ${unique()}`,
        role,
        passwordHash: await this.passwordHash,
        disabledAt: null,
        ...overrides,
      }),
    );
  }

  /** One user of every role in the organisation. */
  async staff(organisationId: string): Promise<Record<UserRole, UserEntity>> {
    const entries = await Promise.all(
      USER_ROLES.map(async (role) => [role, await this.user(organisationId, role)] as const),
    );
    return Object.fromEntries(entries) as Record<UserRole, UserEntity>;
  }

  async partnership(
    initiatorId: string,
    createdByUserId: string,
    partnerIds: string[] = [],
  ): Promise<PartnershipEntity> {
    const partnership = await this.dataSource.manager.save(
      this.dataSource.manager.create(PartnershipEntity, {
        title: `Partenariat ${unique()}`,
        form: 'decentralised_cooperation',
        approach: 'mutual_interest',
        createdByUserId,
      }),
    );
    await this.dataSource.manager.insert(PartnershipPartyEntity, [
      { partnershipId: partnership.id, organisationId: initiatorId, role: 'initiator' },
      ...partnerIds.map((organisationId) => ({
        partnershipId: partnership.id,
        organisationId,
        role: 'partner' as const,
      })),
    ]);
    return partnership;
  }

  /** A signed-in session for the user, without going through the password check (and its throttle). */
  async session(userId: string): Promise<string> {
    const token = newToken();
    await this.dataSource.manager.insert(SessionEntity, {
      tokenHash: hashToken(token),
      userId,
      lastSeenAt: new Date(),
      expiresAt: new Date(Date.now() + 3600_000),
      revokedAt: null,
      ip: null,
      userAgent: null,
    });
    return token;
  }

  /** A pending invitation and the token of its link. */
  async invitation(fields: {
    kind: InvitationKind;
    invitingOrganisationId: string;
    invitedByUserId: string;
    targetOrganisationId?: string | null;
    partnershipId?: string | null;
    email?: string;
    expiresAt?: Date;
  }): Promise<{ invitation: InvitationEntity; token: string }> {
    const token = newToken();
    const invitation = await this.dataSource.manager.save(
      this.dataSource.manager.create(InvitationEntity, {
        tokenHash: hashToken(token),
        kind: fields.kind,
        email: fields.email ?? `invitee.${unique()}@example.test`,
        role: fields.kind === 'colleague' ? 'officer' : 'admin',
        invitingOrganisationId: fields.invitingOrganisationId,
        invitedByUserId: fields.invitedByUserId,
        targetOrganisationId:
          fields.targetOrganisationId ?? (fields.kind === 'colleague' ? fields.invitingOrganisationId : null),
        partnershipId: fields.partnershipId ?? null,
        proposedOrganisation:
          fields.kind === 'partner_authority' && !fields.targetOrganisationId
            ? {
                name: `Commune partenaire ${unique()}`,
                kind: 'commune',
                countryCode: 'SN',
                languages: ['fr', 'wo'],
                timeZone: 'Africa/Dakar',
              }
            : null,
        expiresAt: fields.expiresAt ?? new Date(Date.now() + 7 * 24 * 3600_000),
        acceptedAt: null,
        acceptedByUserId: null,
        revokedAt: null,
      }),
    );
    return { invitation, token };
  }
}

export function unique(): string {
  return randomBytes(4).toString('hex');
}
