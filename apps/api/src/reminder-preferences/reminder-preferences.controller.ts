import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { ReminderPreferencesView, UpdateReminderPreferencesDto } from './dto/reminder-preferences.dto';
import { ReminderPreferencesService } from './reminder-preferences.service';

/** One's own account settings, like the password: any signed-in user, no capability. */
@ApiTags('account')
@Controller('me/reminder-preferences')
export class ReminderPreferencesController {
  constructor(private readonly preferences: ReminderPreferencesService) {}

  @Get()
  @ApiOperation({
    operationId: 'getReminderPreferences',
    summary: 'Which kinds of reminder you receive, and which you may turn off',
  })
  @ApiOkResponse({ type: ReminderPreferencesView })
  view(@CurrentActor() actor: Actor): Promise<ReminderPreferencesView> {
    return this.preferences.view(actor);
  }

  @Put()
  @ApiOperation({
    operationId: 'updateReminderPreferences',
    summary: 'Choose the kinds of reminder you do not want (not the convention’s end: 422)',
  })
  @ApiOkResponse({ type: ReminderPreferencesView })
  update(
    @CurrentActor() actor: Actor,
    @Body() body: UpdateReminderPreferencesDto,
  ): Promise<ReminderPreferencesView> {
    return this.preferences.replace(actor, body.optOuts);
  }
}
