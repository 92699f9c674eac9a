import { Module } from '@nestjs/common';
import { OdaCodeLists } from './oda-code-lists';

/** The code lists of official development assistance (DAC sectors, ODA recipients), shipped as data files. */
@Module({ providers: [OdaCodeLists], exports: [OdaCodeLists] })
export class OdaCodeListsModule {}
