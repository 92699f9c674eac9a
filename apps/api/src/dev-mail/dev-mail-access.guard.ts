import { BlockList } from 'node:net';
import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import type { ActorRequest } from '../auth/actor';
import { ProblemException } from '../common/problem/problem';
import { roleCan } from '../users/user-role';

/** This machine: 127.0.0.0/8 and ::1 (IPv4-mapped addresses such as ::ffff:127.0.0.1 match too). */
const LOOPBACK = new BlockList();
LOOPBACK.addSubnet('127.0.0.0', 8, 'ipv4');
LOOPBACK.addAddress('::1', 'ipv6');

function isLoopback(address: string): boolean {
  const family = address.includes(':') ? 'ipv6' : 'ipv4';
  try {
    return LOOPBACK.check(address, family);
  } catch {
    // Not an IP address at all (a socket path): not a client we can place on this machine.
    return false;
  }
}

/**
 * The captured mails hold invitation links, which open accounts: they are read from the developer's own
 * machine, or by a signed-in administrator. The client address is the one Fastify resolved through
 * `TRUST_PROXY`, so a client behind a trusted proxy on this machine is judged by its own address.
 */
@Injectable()
export class DevMailAccessGuard implements CanActivate {
  canActivate(context: ExecutionContext): boolean {
    const request = context.switchToHttp().getRequest<ActorRequest>();
    if (isLoopback(request.ip)) return true;
    const actor = request.actor;
    if (!actor) {
      throw new ProblemException(
        'AUTH.UNAUTHENTICATED',
        'Captured mails are shown on this machine only, or to a signed-in administrator.',
      );
    }
    if (!roleCan(actor.role, 'organisation.manage')) {
      throw new ProblemException('AUTH.FORBIDDEN', 'Captured mails are shown to administrators only.');
    }
    return true;
  }
}
