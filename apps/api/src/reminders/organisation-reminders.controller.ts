import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor, RequireCapability } from '../auth/auth.decorators';
import {
  OrganisationReminderPageView,
  OrganisationReminderQueryDto,
  OrganisationReminderView,
  ReminderHealthView,
} from './dto/organisation-reminder.dto';
import { OrganisationRemindersService } from './organisation-reminders.service';

@ApiTags('organisation')
@Controller('organisation/reminders')
export class OrganisationRemindersController {
  constructor(private readonly reminders: OrganisationRemindersService) {}

  @Get()
  @RequireCapability('organisation.manage')
  @ApiOperation({
    operationId: 'listOrganisationReminders',
    summary: 'Reminders to your organisation’s people, newest first, with their delivery record',
  })
  @ApiOkResponse({ type: OrganisationReminderPageView })
  list(
    @CurrentActor() actor: Actor,
    @Query() query: OrganisationReminderQueryDto,
  ): Promise<OrganisationReminderPageView> {
    return this.reminders.page(actor, query);
  }

  @Get('health')
  @RequireCapability('organisation.manage')
  @ApiOperation({
    operationId: 'getOrganisationReminderHealth',
    summary: 'Pending, due, failed and recently sent reminders, and the reminder queue’s counts',
  })
  @ApiOkResponse({ type: ReminderHealthView })
  health(@CurrentActor() actor: Actor): Promise<ReminderHealthView> {
    return this.reminders.health(actor);
  }

  @Post(':reminderId/retry')
  @HttpCode(200)
  @RequireCapability('organisation.manage')
  @ApiOperation({
    operationId: 'retryOrganisationReminder',
    summary: 'Try a failed reminder again (409 `REMINDER.NOT_FAILED` if it did not fail)',
  })
  @ApiOkResponse({ type: OrganisationReminderView })
  retry(
    @CurrentActor() actor: Actor,
    @Param('reminderId') reminderId: string,
  ): Promise<OrganisationReminderView> {
    return this.reminders.retry(actor, reminderId);
  }
}
