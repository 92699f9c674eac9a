import { Body, Controller, Get, Param, Post, Put } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import { FundingCallDto, FundingCallView, FundingCallsView, ReviseFundingCallDto } from './dto/funding.dto';
import { callView, FundingReader } from './funding-reader';
import { CreateFundingCall } from './use-cases/create-funding-call.use-case';
import { ReviseFundingCall } from './use-cases/revise-funding-call.use-case';

@ApiTags('funding · calls for projects')
@Controller('funding-calls')
export class FundingCallsController {
  constructor(
    private readonly reader: FundingReader,
    private readonly createCall: CreateFundingCall,
    private readonly reviseCall: ReviseFundingCall,
  ) {}

  @Get()
  @RequireCapability('partnership.read')
  @ApiOperation({ operationId: 'listFundingCalls', summary: 'The calls for projects your authority follows' })
  @ApiOkResponse({ type: FundingCallsView })
  list(@CurrentActor() actor: Actor): Promise<FundingCallsView> {
    return this.reader.callsOf(actor);
  }

  @Post()
  @RequireCapability('partnership.run')
  @ApiOperation({
    operationId: 'createFundingCall',
    summary: 'Add a call for projects: funder, dates, and its rules with their source',
  })
  @ApiCreatedResponse({ type: FundingCallView })
  async create(@CurrentActor() actor: Actor, @Body() body: FundingCallDto): Promise<FundingCallView> {
    return callView(await this.createCall.execute(actor, body));
  }

  @Put(':callId')
  @RequireCapability('partnership.run')
  @ApiOperation({ operationId: 'reviseFundingCall', summary: 'Change a call under its version' })
  @ApiOkResponse({ type: FundingCallView })
  async revise(
    @CurrentActor() actor: Actor,
    @Param('callId') callId: string,
    @Body() body: ReviseFundingCallDto,
  ): Promise<FundingCallView> {
    return callView(await this.reviseCall.execute(actor, callId, body));
  }
}
