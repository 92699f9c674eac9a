import { Injectable } from '@nestjs/common';
import { AuthGuard } from '@nestjs/passport';
import { ProblemException } from '../../common/problem/problem';

/** Runs the local strategy; its refusals become our problems instead of a bare 401. */
@Injectable()
export class LocalAuthGuard extends AuthGuard('local') {
  override handleRequest<TUser>(
    error: unknown,
    user: TUser | false,
    info: { message?: string } | undefined,
  ): TUser {
    if (error) throw error;
    if (user) return user;
    if (info?.message === 'Missing credentials') {
      throw new ProblemException('REQUEST.VALIDATION_FAILED', 'E-mail and password are required.', {
        errors: [
          { field: 'email', rule: 'isNotEmpty', message: 'email should not be empty' },
          { field: 'password', rule: 'isNotEmpty', message: 'password should not be empty' },
        ],
      });
    }
    throw new ProblemException('AUTH.INVALID_CREDENTIALS', 'Wrong e-mail or password.');
  }
}
