import { Module } from '@nestjs/common';
import { FilesModule } from '../files/files.module';
import { ActionsController } from './actions.controller';
import { ActionsService } from './actions.service';

/** Step 6: actions with funding, indicators set together, joint evaluations and a shared log. */
@Module({ imports: [FilesModule], controllers: [ActionsController], providers: [ActionsService] })
export class ActionsModule {}
