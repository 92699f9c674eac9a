import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import { DirectoryService } from './directory.service';
import {
  ClosePartnerRequestDto,
  CreatePartnerRequestDto,
  DirectoryEntryView,
  DirectoryPageView,
  DirectoryProfileDto,
  DirectorySearchDto,
  PartnerRequestPageView,
  PartnerRequestSearchDto,
  PartnerRequestView,
  SuggestedPartnersView,
} from './dto/directory.dto';

@ApiTags('step 2 · directory')
@Controller()
export class DirectoryController {
  constructor(private readonly directory: DirectoryService) {}

  @Get('directory/organisations')
  @ApiOperation({ operationId: 'searchDirectory', summary: 'Authorities that published a profile, filtered' })
  @ApiOkResponse({ type: DirectoryPageView })
  search(@Query() query: DirectorySearchDto): Promise<DirectoryPageView> {
    return this.directory.search(query);
  }

  @Put('organisation/directory-profile')
  @RequireCapability('organisation.manage')
  @ApiOperation({
    operationId: 'updateDirectoryProfile',
    summary: 'Publish (or withdraw) your authority’s directory profile',
  })
  @ApiOkResponse({ type: DirectoryEntryView })
  updateProfile(
    @CurrentActor() actor: Actor,
    @Body() body: DirectoryProfileDto,
  ): Promise<DirectoryEntryView> {
    return this.directory.updateProfile(actor, body);
  }

  @Get('directory/partner-requests')
  @ApiOperation({ operationId: 'listPartnerRequests', summary: 'Open requests for a partner, newest first' })
  @ApiOkResponse({ type: PartnerRequestPageView })
  listRequests(@Query() query: PartnerRequestSearchDto): Promise<PartnerRequestPageView> {
    return this.directory.listRequests(query);
  }

  @Post('organisation/partner-requests')
  @RequireCapability('partnership.run')
  @ApiOperation({ operationId: 'createPartnerRequest', summary: 'Post a request: “we seek a partner for …”' })
  @ApiCreatedResponse({ type: PartnerRequestView })
  createRequest(
    @CurrentActor() actor: Actor,
    @Body() body: CreatePartnerRequestDto,
  ): Promise<PartnerRequestView> {
    return this.directory.createRequest(actor, body);
  }

  @Post('organisation/partner-requests/:requestId/close')
  @HttpCode(200)
  @RequireCapability('partnership.run')
  @ApiOperation({ operationId: 'closePartnerRequest', summary: 'Close your partner request' })
  @ApiOkResponse({ type: PartnerRequestView })
  closeRequest(
    @CurrentActor() actor: Actor,
    @Param('requestId') requestId: string,
    @Body() body: ClosePartnerRequestDto,
  ): Promise<PartnerRequestView> {
    return this.directory.closeRequest(actor, requestId, body.version);
  }

  @Get('partnerships/:partnershipId/suggested-partners')
  @RequireCapability('partnership.read')
  @ApiOperation({
    operationId: 'suggestPartners',
    summary: 'Listed authorities that fit the partnership, each score explained',
  })
  @ApiOkResponse({ type: SuggestedPartnersView })
  suggest(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
  ): Promise<SuggestedPartnersView> {
    return this.directory.suggest(actor, partnershipId);
  }
}
