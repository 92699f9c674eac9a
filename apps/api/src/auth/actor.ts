import type { FastifyRequest } from 'fastify';
import type { UserRole } from '../users/user-role';

/** Who is making a request: resolved from the session cookie by the session guard. */
export interface Actor {
  userId: string;
  organisationId: string;
  role: UserRole;
  email: string;
  displayName: string;
  /** SHA-256 of the session token (the session's id). */
  sessionId: string;
}

export type ActorRequest = FastifyRequest & { actor?: Actor };
