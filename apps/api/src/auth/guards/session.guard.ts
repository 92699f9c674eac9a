import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ProblemException } from '../../common/problem/problem';
import type { ActorRequest } from '../actor';
import { PUBLIC_ROUTE } from '../auth.decorators';
import { SESSION_COOKIE } from '../cookies';
import { SessionService } from '../session.service';

/** Global: every route needs a live session unless marked @Public(). Attaches `request.actor`. */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<ActorRequest>();
    const token = request.cookies?.[SESSION_COOKIE];
    if (token) request.actor = await this.sessions.resolve(token);
    const isPublic = this.reflector.getAllAndOverride<boolean>(PUBLIC_ROUTE, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!isPublic && !request.actor) throw new ProblemException('AUTH.UNAUTHENTICATED', 'Sign in first.');
    return true;
  }
}
