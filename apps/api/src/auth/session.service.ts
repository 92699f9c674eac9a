import { Injectable } from '@nestjs/common';
import { interfaceLanguageOf } from '@passerelle/domain';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull, Not, type EntityManager } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import type { Actor } from './actor';
import { SessionEntity } from './session.entity';
import { LIVE_SESSION_SQL, type LiveSessionRow } from './session-lookup';
import { hashToken, newToken } from './tokens';

/** A session ends 14 days after sign-in at the latest, or after 2 days without use. */
const ABSOLUTE_LIFETIME_MS = 14 * 24 * 3600 * 1000;
const IDLE_LIFETIME_MS = 2 * 24 * 3600 * 1000;
/** last_seen_at is refreshed at most this often: one write per request would be waste. */
const TOUCH_INTERVAL_MS = 5 * 60 * 1000;

export interface OpenedSession {
  token: string;
  tokenHash: string;
  expiresAt: Date;
}

@Injectable()
export class SessionService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async open(
    manager: EntityManager,
    userId: string,
    client: { ip: string | null; userAgent: string | null },
    now = new Date(),
  ): Promise<OpenedSession> {
    const token = newToken();
    const tokenHash = hashToken(token);
    const expiresAt = new Date(now.getTime() + ABSOLUTE_LIFETIME_MS);
    await manager.insert(SessionEntity, {
      tokenHash,
      userId,
      lastSeenAt: now,
      expiresAt,
      revokedAt: null,
      ip: client.ip?.slice(0, 64) ?? null,
      userAgent: client.userAgent?.slice(0, 300) ?? null,
    });
    return { token, tokenHash, expiresAt };
  }

  /**
   * The actor of a live session, or undefined for an unknown, revoked, expired or idle one. Every request
   * runs this, so it is one hand-written statement: a `findOne` with the user as a relation costs two
   * round trips (TypeORM first selects the distinct ids) and builds the query each time.
   */
  async resolve(token: string, now = new Date()): Promise<Actor | undefined> {
    const [session] = (await this.dataSource.query(LIVE_SESSION_SQL, [hashToken(token)])) as LiveSessionRow[];
    if (!session || session.disabled_at) return undefined;
    const idleSince = now.getTime() - session.last_seen_at.getTime();
    if (session.expires_at <= now || idleSince > IDLE_LIFETIME_MS) return undefined;
    if (idleSince > TOUCH_INTERVAL_MS) {
      await this.dataSource
        .getRepository(SessionEntity)
        .update({ tokenHash: session.session_id }, { lastSeenAt: now });
    }
    return {
      userId: session.user_id,
      organisationId: session.organisation_id,
      role: session.role,
      email: session.email,
      displayName: session.display_name,
      language: interfaceLanguageOf(session.preferred_language),
      sessionId: session.session_id,
    };
  }

  async revoke(manager: EntityManager, tokenHash: string, now = new Date()): Promise<void> {
    await manager.update(SessionEntity, { tokenHash, revokedAt: IsNull() }, { revokedAt: now });
  }

  /** Ends every session of a user (password change, account disabled), except `keep` if given. */
  async revokeAllOf(manager: EntityManager, userId: string, keep?: string, now = new Date()): Promise<void> {
    await manager.update(
      SessionEntity,
      { userId, revokedAt: IsNull(), ...(keep ? { tokenHash: Not(keep) } : {}) },
      { revokedAt: now },
    );
  }
}

export function toActor(user: UserEntity, sessionId: string): Actor {
  return {
    userId: user.id,
    organisationId: user.organisationId,
    role: user.role,
    email: user.email,
    displayName: user.displayName,
    language: interfaceLanguageOf(user.preferredLanguage),
    sessionId,
  };
}
