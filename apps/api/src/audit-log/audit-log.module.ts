import { Module } from '@nestjs/common';
import { AuditLogController } from './audit-log.controller';
import { AuditQuery } from './audit-query';

/** The audit trail as an organisation's administrators read it. */
@Module({ controllers: [AuditLogController], providers: [AuditQuery] })
export class AuditLogModule {}
