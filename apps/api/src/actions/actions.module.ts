import { Module } from '@nestjs/common';
import { FilesModule } from '../files/files.module';
import { ActionsController } from './actions.controller';
import { ActionsService } from './actions.service';
import { AddLogEntry } from './use-cases/add-log-entry.use-case';
import { RecordJointEvaluation } from './use-cases/record-joint-evaluation.use-case';
import { RecordMeasurement } from './use-cases/record-measurement.use-case';

/** Step 6: actions with funding, indicators set together, joint evaluations and a shared log. */
@Module({
  imports: [FilesModule],
  controllers: [ActionsController],
  providers: [ActionsService, RecordMeasurement, RecordJointEvaluation, AddLogEntry],
})
export class ActionsModule {}
