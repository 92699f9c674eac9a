import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { ProblemException } from '../../common/problem/problem';
import { CSRF_COOKIE } from '../cookies';
import { safeEqual } from '../tokens';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Global: every state-changing request carries the CSRF token in `x-csrf-token`, matching its cookie. */
@Injectable()
export class CsrfGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (SAFE_METHODS.has(request.method)) return true;
    const cookie = request.cookies?.[CSRF_COOKIE];
    const header = request.headers['x-csrf-token'];
    if (!cookie || typeof header !== 'string' || !safeEqual(cookie, header)) {
      throw new ProblemException(
        'AUTH.CSRF_INVALID',
        'Reload the page and try again (missing or invalid CSRF token).',
      );
    }
    return true;
  }
}
