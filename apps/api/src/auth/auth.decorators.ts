import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import { ProblemException } from '../common/problem/problem';
import type { Capability } from '../users/user-role';
import type { Actor, ActorRequest } from './actor';

export const PUBLIC_ROUTE = 'passerelle:public-route';
export const REQUIRED_CAPABILITY = 'passerelle:required-capability';

/** The route needs no session (sign-in, invitation links, health). CSRF is still checked on writes. */
export const Public = () => SetMetadata(PUBLIC_ROUTE, true);

/** The actor's role must grant this capability (see CAPABILITIES), otherwise 403. */
export const RequireCapability = (capability: Capability) => SetMetadata(REQUIRED_CAPABILITY, capability);

/** The signed-in actor of the request. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<ActorRequest>().actor;
  if (!actor) throw new ProblemException('AUTH.UNAUTHENTICATED', 'Sign in first.');
  return actor;
});
