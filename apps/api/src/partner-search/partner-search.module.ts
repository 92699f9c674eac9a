import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module';
import { PartnerSearchController } from './partner-search.controller';
import { PartnerSearchService } from './partner-search.service';
import { AddCandidate } from './use-cases/add-candidate.use-case';
import { AdvanceCandidate } from './use-cases/advance-candidate.use-case';

@Module({
  imports: [InvitationsModule],
  controllers: [PartnerSearchController],
  providers: [PartnerSearchService, AddCandidate, AdvanceCandidate],
})
export class PartnerSearchModule {}
