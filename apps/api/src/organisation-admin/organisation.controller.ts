import { Body, Controller, Get, Param, Patch } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import { OrganisationDto, UpdateOrganisationDto } from '../organisations/dto/organisation.dto';
import { UpdateUserDto, UserDto, UserListDto } from './dto/user.dto';
import { OrganisationAdminService } from './organisation-admin.service';

@ApiTags('organisation')
@Controller('organisation')
export class OrganisationController {
  constructor(private readonly admin: OrganisationAdminService) {}

  @Get()
  @ApiOperation({ operationId: 'getOwnOrganisation', summary: 'Your organisation’s profile' })
  @ApiOkResponse({ type: OrganisationDto })
  get(@CurrentActor() actor: Actor): Promise<OrganisationDto> {
    return this.admin.getOrganisation(actor);
  }

  @Patch()
  @RequireCapability('organisation.manage')
  @ApiOperation({ operationId: 'updateOwnOrganisation', summary: 'Edit your organisation’s profile' })
  @ApiOkResponse({ type: OrganisationDto })
  update(@CurrentActor() actor: Actor, @Body() body: UpdateOrganisationDto): Promise<OrganisationDto> {
    return this.admin.updateOrganisation(actor, body);
  }

  @Get('users')
  @RequireCapability('organisation.manage')
  @ApiOperation({ operationId: 'listOrganisationUsers', summary: 'People of your organisation' })
  @ApiOkResponse({ type: UserListDto })
  listUsers(@CurrentActor() actor: Actor): Promise<UserListDto> {
    return this.admin.listUsers(actor);
  }

  @Patch('users/:userId')
  @RequireCapability('organisation.manage')
  @ApiOperation({
    operationId: 'updateOrganisationUser',
    summary: 'Change a colleague’s role, or disable them',
  })
  @ApiOkResponse({ type: UserDto })
  updateUser(
    @CurrentActor() actor: Actor,
    @Param('userId') userId: string,
    @Body() body: UpdateUserDto,
  ): Promise<UserDto> {
    return this.admin.updateUser(actor, userId, body);
  }
}
