import { interfaceLanguageOf } from '@passerelle/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditTrail } from '../audit/audit-trail';
import { ProblemException } from '../common/problem/problem';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';
import type { Actor, ActorRequest } from './actor';
import { clearSessionCookie, CSRF_COOKIE, setCsrfCookie, setSessionCookie } from './cookies';
import type { SessionResponseDto } from './dto/auth.dto';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { assertPasswordAcceptable } from './password-policy';
import { SessionService } from './session.service';
import { newToken } from './tokens';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

@Injectable()
export class AuthService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionService,
    private readonly hasher: PasswordHasher,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditTrail,
  ) {}

  /**
   * The user with this e-mail and password. Unknown e-mail, wrong password and disabled account get the
   * same answer, in the same time, so that the form does not reveal which addresses have accounts.
   */
  async verifyPassword(email: string, password: string, ip: string): Promise<UserEntity> {
    const normalised = normaliseEmail(email);
    await this.throttle.assertAllowed(ip, normalised);
    const user = await this.findUserByEmail(this.dataSource.manager, normalised);
    const valid = await this.hasher.verify(user?.passwordHash ?? null, password);
    if (!user || !valid || user.disabledAt) {
      await this.throttle.registerFailure(ip, normalised);
      throw new ProblemException('AUTH.INVALID_CREDENTIALS', 'Wrong e-mail or password.');
    }
    await this.throttle.registerSuccess(normalised);
    return user;
  }

  findUserByEmail(manager: EntityManager, email: string): Promise<UserEntity | null> {
    return manager
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .where('lower(user.email) = :email', { email: normaliseEmail(email) })
      .getOne();
  }

  /** Opens a session for a user any strategy identified, sets the cookies, records it. */
  async signIn(
    manager: EntityManager,
    user: UserEntity,
    request: FastifyRequest,
    reply: FastifyReply,
  ): Promise<SessionResponseDto> {
    const session = await this.sessions.open(manager, user.id, {
      ip: request.ip,
      userAgent: request.headers['user-agent'] ?? null,
    });
    await this.audit.record(manager, {
      actor: { userId: user.id, organisationId: user.organisationId },
      entityType: 'session',
      entityId: user.id,
      action: 'session.opened',
    });
    setSessionCookie(request, reply, session.token, session.expiresAt);
    // A new CSRF token with every new session: a token planted before sign-in is worthless after it.
    const csrfToken = newToken();
    setCsrfCookie(request, reply, csrfToken);
    const organisation = await manager.findOneByOrFail(OrganisationEntity, { id: user.organisationId });
    return buildSessionResponse(user, organisation, csrfToken);
  }

  async signOut(actor: Actor, request: FastifyRequest, reply: FastifyReply): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      await this.sessions.revoke(manager, actor.sessionId);
      await this.audit.record(manager, {
        actor,
        entityType: 'session',
        entityId: actor.userId,
        action: 'session.closed',
      });
    });
    clearSessionCookie(request, reply);
    setCsrfCookie(request, reply, newToken());
  }

  /** The current session, if any, and the CSRF token the page must send back (created when missing). */
  async describeSession(request: ActorRequest, reply: FastifyReply): Promise<SessionResponseDto> {
    let csrfToken = request.cookies?.[CSRF_COOKIE];
    if (!csrfToken) {
      csrfToken = newToken();
      setCsrfCookie(request, reply, csrfToken);
    }
    if (!request.actor) return { user: null, organisation: null, csrfToken };
    const user = await this.dataSource.manager.findOneByOrFail(UserEntity, { id: request.actor.userId });
    const organisation = await this.dataSource.manager.findOneByOrFail(OrganisationEntity, {
      id: user.organisationId,
    });
    return buildSessionResponse(user, organisation, csrfToken);
  }

  /** Changes the password and ends every other session of the user (a thief's included). */
  async changePassword(actor: Actor, currentPassword: string, newPassword: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneByOrFail(UserEntity, { id: actor.userId });
      if (!(await this.hasher.verify(user.passwordHash, currentPassword))) {
        throw new ProblemException('AUTH.WRONG_CURRENT_PASSWORD', 'The current password is wrong.', {
          errors: [
            { field: 'currentPassword', rule: 'currentPassword', message: 'The current password is wrong.' },
          ],
        });
      }
      const organisation = await manager.findOneByOrFail(OrganisationEntity, { id: user.organisationId });
      assertPasswordAcceptable(
        newPassword,
        { email: user.email, organisationName: organisation.name },
        'newPassword',
      );
      await manager.update(
        UserEntity,
        { id: user.id },
        { passwordHash: await this.hasher.hash(newPassword) },
      );
      await this.sessions.revokeAllOf(manager, user.id, actor.sessionId);
      await this.audit.record(manager, {
        actor,
        entityType: 'user',
        entityId: user.id,
        action: 'user.password_changed',
        before: { passwordHash: 'old' },
        after: { passwordHash: 'new' },
      });
    });
  }
}

export function buildSessionResponse(
  user: UserEntity,
  organisation: OrganisationEntity,
  csrfToken: string,
): SessionResponseDto {
  return {
    user: {
      id: user.id,
      email: user.email,
      displayName: user.displayName,
      role: user.role,
      language: interfaceLanguageOf(user.preferredLanguage),
    },
    organisation: { id: organisation.id, name: organisation.name, countryCode: organisation.countryCode },
    csrfToken,
  };
}
