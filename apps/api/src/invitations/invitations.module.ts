import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../mail/mail.module';
import {
  ColleagueInvitationsController,
  InvitationLinksController,
  PartnerInvitationsController,
  ReceivedInvitationsController,
} from './invitations.controller';
import { InvitationsService } from './invitations.service';

@Module({
  imports: [AuditModule, AuthModule, MailModule],
  controllers: [
    ColleagueInvitationsController,
    PartnerInvitationsController,
    ReceivedInvitationsController,
    InvitationLinksController,
  ],
  providers: [InvitationsService],
  exports: [InvitationsService],
})
export class InvitationsModule {}
