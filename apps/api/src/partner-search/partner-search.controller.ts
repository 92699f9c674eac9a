import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import { InvitationDto } from '../invitations/dto/invitation.dto';
import {
  AddCandidateDto,
  AdvanceCandidateDto,
  CandidatesView,
  InviteCandidateDto,
} from './dto/candidate.dto';
import { PartnerSearchService } from './partner-search.service';
import { AddCandidate } from './use-cases/add-candidate.use-case';
import { AdvanceCandidate } from './use-cases/advance-candidate.use-case';

@ApiTags('step 2 · partner search')
@Controller('partnerships/:partnershipId/candidates')
export class PartnerSearchController {
  constructor(
    private readonly partnerSearch: PartnerSearchService,
    private readonly addCandidate: AddCandidate,
    private readonly advanceCandidate: AdvanceCandidate,
  ) {}

  @Get()
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'listCandidates',
    summary: 'The initiator’s candidate partners and their pipeline',
  })
  @ApiOkResponse({ type: CandidatesView })
  list(@CurrentActor() actor: Actor, @Param('partnershipId') partnershipId: string): Promise<CandidatesView> {
    return this.partnerSearch.list(actor, partnershipId);
  }

  @Post()
  @RequireCapability('partnership.run')
  @ApiOperation({ operationId: 'addCandidate', summary: 'Record a candidate partner and where it came from' })
  @ApiCreatedResponse({ type: CandidatesView })
  add(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: AddCandidateDto,
  ): Promise<CandidatesView> {
    return this.addCandidate.execute(actor, partnershipId, body);
  }

  @Post(':candidateId/advance')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({ operationId: 'advanceCandidate', summary: 'Move a candidate along the pipeline' })
  @ApiOkResponse({ type: CandidatesView })
  advance(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('candidateId') candidateId: string,
    @Body() body: AdvanceCandidateDto,
  ): Promise<CandidatesView> {
    return this.advanceCandidate.execute(actor, { partnershipId, candidateId }, body);
  }

  @Post(':candidateId/invitation')
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'inviteCandidate',
    summary: 'The candidate agreed: invite it; accepting makes it a party',
  })
  @ApiCreatedResponse({ type: InvitationDto })
  invite(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('candidateId') candidateId: string,
    @Body() body: InviteCandidateDto,
  ): Promise<InvitationDto> {
    return this.partnerSearch.invite(actor, partnershipId, candidateId, body);
  }
}
