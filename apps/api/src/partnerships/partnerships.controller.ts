import { Body, Controller, Get, Param, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import {
  CreateInternalNoteDto,
  CreatePartnershipDto,
  InternalNoteDto,
  InternalNoteListDto,
  ListPartnershipsQueryDto,
  PartnershipDto,
  PartnershipPageDto,
} from './dto/partnership.dto';
import { PartnershipsService } from './partnerships.service';

@ApiTags('partnerships')
@Controller('partnerships')
export class PartnershipsController {
  constructor(private readonly partnerships: PartnershipsService) {}

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
