import { Module } from '@nestjs/common';
import { AuditTrail } from './audit-trail';

/** The audit trail every write records itself in, in its own transaction. */
@Module({ providers: [AuditTrail], exports: [AuditTrail] })
export class AuditModule {}
