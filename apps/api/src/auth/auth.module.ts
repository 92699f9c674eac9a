import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { PassportModule } from '@nestjs/passport';
import { AuditModule } from '../audit/audit.module';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { CapabilityGuard } from './guards/capability.guard';
import { CsrfGuard } from './guards/csrf.guard';
import { SessionGuard } from './guards/session.guard';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { SessionService } from './session.service';
import { LocalStrategy } from './strategies/local.strategy';

/**
 * Authentication: strategies identify a user, AuthService opens a server-side session, global guards
 * resolve it on every request (SessionGuard), check CSRF on writes (CsrfGuard) and role capabilities
 * (CapabilityGuard), in that order.
 */
@Module({
  imports: [PassportModule, AuditModule],
  controllers: [AuthController],
  providers: [
    AuthService,
    SessionService,
    PasswordHasher,
    LoginThrottle,
    LocalStrategy,
    { provide: APP_GUARD, useClass: SessionGuard },
    { provide: APP_GUARD, useClass: CsrfGuard },
    { provide: APP_GUARD, useClass: CapabilityGuard },
  ],
  exports: [AuthService, SessionService, PasswordHasher],
})
export class AuthModule {}
