import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ProblemException } from '../../common/problem/problem';
import { roleCan, type Capability } from '../../users/user-role';
import type { ActorRequest } from '../actor';
import { REQUIRED_CAPABILITY } from '../auth.decorators';

/** Global: a route marked @RequireCapability() answers 403 to roles without it. */
@Injectable()
export class CapabilityGuard implements CanActivate {
  constructor(private readonly reflector: Reflector) {}

  canActivate(context: ExecutionContext): boolean {
    const capability = this.reflector.getAllAndOverride<Capability | undefined>(REQUIRED_CAPABILITY, [
      context.getHandler(),
      context.getClass(),
    ]);
    if (!capability) return true;
    const actor = context.switchToHttp().getRequest<ActorRequest>().actor;
    if (!actor) throw new ProblemException('AUTH.UNAUTHENTICATED', 'Sign in first.');
    if (!roleCan(actor.role, capability)) {
      throw new ProblemException('AUTH.FORBIDDEN', `Your role (${actor.role}) does not allow this.`);
    }
    return true;
  }
}
