import { Module } from '@nestjs/common';
import { DevMailController } from './dev-mail.controller';
import { DevMailService } from './dev-mail.service';

@Module({ controllers: [DevMailController], providers: [DevMailService] })
export class DevMailModule {}
