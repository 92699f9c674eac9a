import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PartnershipsController } from './partnerships.controller';
import { PartnershipsService } from './partnerships.service';

@Module({ imports: [AuditModule], controllers: [PartnershipsController], providers: [PartnershipsService] })
export class PartnershipsModule {}
