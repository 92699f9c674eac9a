import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { PartnershipsController } from './partnerships.controller';
import { PartnershipsService } from './partnerships.service';
import { ChangePartnershipForm } from './use-cases/change-partnership-form.use-case';
import { SetPartyGovernance } from './use-cases/set-party-governance.use-case';

@Module({
  imports: [AuditModule],
  controllers: [PartnershipsController],
  providers: [PartnershipsService, ChangePartnershipForm, SetPartyGovernance],
})
export class PartnershipsModule {}
