import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditTrail } from './audit-trail';
import { AuditQuery } from './audit-query';

@Module({ controllers: [AuditController], providers: [AuditTrail, AuditQuery], exports: [AuditTrail] })
export class AuditModule {}
