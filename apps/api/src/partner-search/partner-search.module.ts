import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module';
import { PartnerSearchController } from './partner-search.controller';
import { PartnerSearchService } from './partner-search.service';

@Module({
  imports: [InvitationsModule],
  controllers: [PartnerSearchController],
  providers: [PartnerSearchService],
})
export class PartnerSearchModule {}
