import { Module } from '@nestjs/common';
import { AuditModule } from '../audit/audit.module';
import { AccountLanguageController } from './account-language.controller';
import { SetAccountLanguageUseCase } from './use-cases/set-account-language.use-case';

/** The language each user reads the product in (account settings). */
@Module({
  imports: [AuditModule],
  controllers: [AccountLanguageController],
  providers: [SetAccountLanguageUseCase],
})
export class AccountLanguageModule {}
