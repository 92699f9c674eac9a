import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import type { FastifyRequest } from 'fastify';
import { Strategy } from 'passport-local';
import type { UserEntity } from '../../users/user.entity';
import { AuthService } from '../auth.service';

/**
 * E-mail + password. Strategies only answer "which user is this?"; opening the session is the same for
 * every strategy (AuthService.signIn), so an OIDC strategy can be added beside this one without touching
 * features.
 */
@Injectable()
export class LocalStrategy extends PassportStrategy(Strategy, 'local') {
  constructor(private readonly auth: AuthService) {
    super({ usernameField: 'email', passwordField: 'password', passReqToCallback: true, session: false });
  }

  validate(request: FastifyRequest, email: string, password: string): Promise<UserEntity> {
    return this.auth.verifyPassword(email, password, request.ip);
  }
}
