import { ApiProperty } from '@nestjs/swagger';
import { INTERFACE_LANGUAGES, type InterfaceLanguage } from '@passerelle/domain';
import { IsIn } from 'class-validator';

export class SetAccountLanguageDto {
  @ApiProperty({
    enum: INTERFACE_LANGUAGES,
    description: 'The language of your interface, mails, reminders, calendar titles, PDFs and exports.',
  })
  @IsIn(INTERFACE_LANGUAGES)
  language: InterfaceLanguage;
}

export class AccountLanguageView {
  @ApiProperty({ enum: INTERFACE_LANGUAGES })
  language: InterfaceLanguage;
}
