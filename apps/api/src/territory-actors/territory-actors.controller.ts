import { Body, Controller, Get, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import {
  CreateTerritoryActorDto,
  DirectoryActorPageView,
  TerritoryActorSearchDto,
  DirectoryActorView,
  UpdateTerritoryActorDto,
} from './dto/territory-actor.dto';
import { TerritoryActorsService } from './territory-actors.service';

@ApiTags('step 1 · commitment')
@Controller('organisation/territory-actors')
export class TerritoryActorsController {
  constructor(private readonly actors: TerritoryActorsService) {}

  @Get()
  @RequireCapability('partnership.read')
  @ApiOperation({ operationId: 'listTerritoryActors', summary: 'Your territory’s actors, by name' })
  @ApiOkResponse({ type: DirectoryActorPageView })
  list(
    @CurrentActor() actor: Actor,
    @Query() query: TerritoryActorSearchDto,
  ): Promise<DirectoryActorPageView> {
    return this.actors.list(actor, query);
  }

  @Post()
  @RequireCapability('commitment.write')
  @ApiOperation({
    operationId: 'createTerritoryActor',
    summary: 'Add an actor to your territory’s directory',
  })
  @ApiCreatedResponse({ type: DirectoryActorView })
  create(@CurrentActor() actor: Actor, @Body() body: CreateTerritoryActorDto): Promise<DirectoryActorView> {
    return this.actors.create(actor, body);
  }

  @Patch(':actorId')
  @RequireCapability('commitment.write')
  @ApiOperation({ operationId: 'updateTerritoryActor', summary: 'Edit an actor of your directory' })
  @ApiOkResponse({ type: DirectoryActorView })
  update(
    @CurrentActor() actor: Actor,
    @Param('actorId') actorId: string,
    @Body() body: UpdateTerritoryActorDto,
  ): Promise<DirectoryActorView> {
    return this.actors.update(actor, actorId, body);
  }
}
