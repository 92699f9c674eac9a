import { interfaceLanguageOf, type InterfaceLanguage } from '@passerelle/domain';
import type { FastifyRequest } from 'fastify';
import type { UserRole } from '../users/user-role';

/** Who is making a request: resolved from the session cookie by the session guard. */
export interface Actor {
  userId: string;
  organisationId: string;
  role: UserRole;
  email: string;
  displayName: string;
  /** The language the account reads the product in (its `preferred_language`). */
  language: InterfaceLanguage;
  /** SHA-256 of the session token (the session's id). */
  sessionId: string;
}

export type ActorRequest = FastifyRequest & { actor?: Actor };

/**
 * The language a document the actor downloads is written in: the one they asked for (a French interface may
 * print a PDF for an English-speaking partner), else their account's.
 */
export function documentLanguageOf(
  actor: Pick<Actor, 'language'>,
  requested: string | null | undefined,
): InterfaceLanguage {
  return requested ? interfaceLanguageOf(requested) : actor.language;
}
