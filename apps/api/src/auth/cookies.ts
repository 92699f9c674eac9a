import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'passerelle_session';
export const CSRF_COOKIE = 'passerelle_csrf';

/** Secure only behind TLS, so that plain-HTTP local development still works. */
function isSecure(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(request),
    path: '/',
    expires: expiresAt,
  });
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecure(request),
  });
}

/**
 * The CSRF token travels twice: in this cookie (httpOnly, so scripts cannot read it) and in the
 * `x-csrf-token` header, which only our own pages can set because only they can read the token from
 * `GET /api/auth/session`. A cross-site form or fetch cannot produce the header.
 */
export function setCsrfCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  void reply.setCookie(CSRF_COOKIE, token, {
    httpOnly: true,
    sameSite: 'strict',
    secure: isSecure(request),
    path: '/',
  });
}
