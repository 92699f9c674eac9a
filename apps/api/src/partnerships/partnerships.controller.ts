import { Body, Controller, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import {
  ChangePartnershipFormDto,
  CreateInternalNoteDto,
  CreatePartnershipDto,
  InternalNoteDto,
  InternalNoteListDto,
  ListPartnershipsQueryDto,
  PartnershipDto,
  PartnershipPageDto,
  SetPartyGovernanceDto,
} from './dto/partnership.dto';
import { PartnershipsService } from './partnerships.service';
import { ChangePartnershipForm } from './use-cases/change-partnership-form.use-case';
import { SetPartyGovernance } from './use-cases/set-party-governance.use-case';

@ApiTags('partnerships')
@Controller('partnerships')
export class PartnershipsController {
  constructor(
    private readonly partnerships: PartnershipsService,
    private readonly changeForm: ChangePartnershipForm,
    private readonly setGovernance: SetPartyGovernance,
  ) {}

  @Get()
  @ApiOperation({
    operationId: 'listPartnerships',
    summary: 'Partnerships your authority is party to, newest first',
  })
  @ApiOkResponse({ type: PartnershipPageDto })
  list(@CurrentActor() actor: Actor, @Query() query: ListPartnershipsQueryDto): Promise<PartnershipPageDto> {
    return this.partnerships.list(actor, query);
  }

  @Post()
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'createPartnership',
    summary: 'Start a partnership (step 1, your authority as initiator)',
  })
  @ApiCreatedResponse({ type: PartnershipDto })
  create(@CurrentActor() actor: Actor, @Body() body: CreatePartnershipDto): Promise<PartnershipDto> {
    return this.partnerships.create(actor, body);
  }

  @Get(':partnershipId')
  @ApiOperation({
    operationId: 'getPartnership',
    summary: 'One partnership (404 unless your authority is a party)',
  })
  @ApiOkResponse({ type: PartnershipDto })
  get(@CurrentActor() actor: Actor, @Param('partnershipId') partnershipId: string): Promise<PartnershipDto> {
    return this.partnerships.get(actor, partnershipId);
  }

  @Put(':partnershipId/form')
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'changePartnershipForm',
    summary: 'Change the partnership’s form (convention-based, emergency aid, without convention); audited',
  })
  @ApiOkResponse({ type: PartnershipDto })
  changePartnershipForm(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: ChangePartnershipFormDto,
  ): Promise<PartnershipDto> {
    return this.changeForm.execute(actor, partnershipId, body);
  }

  @Put(':partnershipId/parties/:organisationId/governance')
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'setPartyGovernance',
    summary: 'State who leads a party’s executive: elected officials or an appointed executive; audited',
  })
  @ApiOkResponse({ type: PartnershipDto })
  setPartyGovernance(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Param('organisationId') organisationId: string,
    @Body() body: SetPartyGovernanceDto,
  ): Promise<PartnershipDto> {
    return this.setGovernance.execute(actor, { partnershipId, organisationId }, body);
  }

  @Get(':partnershipId/internal-notes')
  @RequireCapability('partnership.internal.read')
  @ApiOperation({
    operationId: 'listInternalNotes',
    summary: 'Your authority’s internal notes (other parties never see them)',
  })
  @ApiOkResponse({ type: InternalNoteListDto })
  listNotes(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
  ): Promise<InternalNoteListDto> {
    return this.partnerships.listInternalNotes(actor, partnershipId);
  }

  @Post(':partnershipId/internal-notes')
  @RequireCapability('partnership.internal.write')
  @ApiOperation({ operationId: 'addInternalNote', summary: 'Add an internal note for your authority only' })
  @ApiCreatedResponse({ type: InternalNoteDto })
  addNote(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
    @Body() body: CreateInternalNoteDto,
  ): Promise<InternalNoteDto> {
    return this.partnerships.addInternalNote(actor, partnershipId, body);
  }
}
