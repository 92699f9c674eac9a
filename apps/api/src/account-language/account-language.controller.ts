import { Body, Controller, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { AccountLanguageView, SetAccountLanguageDto } from './dto/account-language.dto';
import { SetAccountLanguageUseCase } from './use-cases/set-account-language.use-case';

/** One's own account settings, like the password: any signed-in user, no capability. */
@ApiTags('account')
@Controller('me/language')
export class AccountLanguageController {
  constructor(private readonly setLanguage: SetAccountLanguageUseCase) {}

  @Put()
  @ApiOperation({
    operationId: 'setAccountLanguage',
    summary: 'Choose the language the product speaks to you (interface, mails, reminders, PDFs, exports)',
  })
  @ApiOkResponse({ type: AccountLanguageView })
  set(@CurrentActor() actor: Actor, @Body() body: SetAccountLanguageDto): Promise<AccountLanguageView> {
    return this.setLanguage.execute(actor, body.language);
  }
}
