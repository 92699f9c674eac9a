import { Body, Controller, Delete, Get, HttpCode, Param, Post, Req, Res } from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Actor, ActorRequest } from '../auth/actor';
import { CurrentActor, Public, RequireCapability } from '../auth/auth.decorators';
import { SessionResponseDto } from '../auth/dto/auth.dto';
import {
  AcceptInvitationDto,
  InvitationDto,
  InvitationListDto,
  InvitationPreviewDto,
  InviteColleagueDto,
  InvitePartnerDto,
} from './dto/invitation.dto';
import { InvitationsService } from './invitations.service';

@ApiTags('invitations')
@Controller('organisation/invitations')
export class ColleagueInvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get()
  @RequireCapability('organisation.manage')
  @ApiOperation({ operationId: 'listSentInvitations', summary: 'Invitations your organisation sent' })
  @ApiOkResponse({ type: InvitationListDto })
  list(@CurrentActor() actor: Actor): Promise<InvitationListDto> {
    return this.invitations.listSent(actor);
  }

  @Post()
  @RequireCapability('organisation.manage')
  @ApiOperation({ operationId: 'inviteColleague', summary: 'Invite a colleague by e-mail, with a role' })
  @ApiCreatedResponse({ type: InvitationDto })
  invite(@CurrentActor() actor: Actor, @Body() body: InviteColleagueDto): Promise<InvitationDto> {
    return this.invitations.inviteColleague(actor, body);
  }

  @Delete(':invitationId')
  @HttpCode(204)
  @RequireCapability('organisation.manage')
  @ApiOperation({ operationId: 'revokeInvitation', summary: 'Withdraw a pending invitation' })
  @ApiNoContentResponse()
  revoke(@CurrentActor() actor: Actor, @Param('invitationId') invitationId: string): Promise<void> {
    return this.invitations.revoke(actor, invitationId);
  }
}

@ApiTags('invitations')
@Controller('partnerships/:partnershipId/partner-invitations')
export class PartnerInvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Post()
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'invitePartnerAuthority',
    summary: 'Invite a partner authority into the partnership',
  })
  @ApiCreatedResponse({ type: InvitationDto })
  invite(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: InvitePartnerDto,
  ): Promise<InvitationDto> {
    return this.invitations.invitePartner(actor, partnershipId, body);
  }
}

@ApiTags('invitations')
@Controller('partnership-invitations')
export class ReceivedInvitationsController {
  constructor(private readonly invitations: InvitationsService) {}

  @Get()
  @RequireCapability('organisation.manage')
  @ApiOperation({
    operationId: 'listReceivedPartnershipInvitations',
    summary: 'Partnerships your authority is invited into',
  })
  @ApiOkResponse({ type: InvitationListDto })
  list(@CurrentActor() actor: Actor): Promise<InvitationListDto> {
    return this.invitations.listReceived(actor);
  }

  @Post(':invitationId/accept')
  @HttpCode(204)
  @RequireCapability('organisation.manage')
  @ApiOperation({ operationId: 'acceptPartnershipInvitation', summary: 'Join the partnership as a party' })
  @ApiNoContentResponse()
  accept(@CurrentActor() actor: Actor, @Param('invitationId') invitationId: string): Promise<void> {
    return this.invitations.acceptForOrganisation(actor, invitationId);
  }
}

@ApiTags('invitations')
@Controller('invitations/:token')
export class InvitationLinksController {
  constructor(private readonly invitations: InvitationsService) {}

  @Public()
  @Get()
  @ApiOperation({
    operationId: 'previewInvitation',
    summary: 'What an invitation link offers (no account needed)',
  })
  @ApiOkResponse({ type: InvitationPreviewDto })
  preview(@Param('token') token: string): Promise<InvitationPreviewDto> {
    return this.invitations.preview(token);
  }

  @Public()
  @Post('accept')
  @HttpCode(200)
  @ApiOperation({
    operationId: 'acceptInvitation',
    summary: 'Set a password, create the account and sign in',
  })
  @ApiOkResponse({ type: SessionResponseDto })
  accept(
    @Param('token') token: string,
    @Body() body: AcceptInvitationDto,
    @Req() request: ActorRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SessionResponseDto> {
    return this.invitations.acceptByLink(token, body, request, reply);
  }
}
