import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { OrganisationAdminService } from './organisation-admin.service';
import { OrganisationController } from './organisation.controller';

/** An organisation's administration: its profile, its users and their roles. */
@Module({
  imports: [AuditModule, AuthModule],
  controllers: [OrganisationController],
  providers: [OrganisationAdminService],
})
export class OrganisationAdminModule {}
