import { Module } from '@nestjs/common';
import { PoliticalDialogueController } from './political-dialogue.controller';
import { PoliticalDialogueService } from './political-dialogue.service';
import { AgreePriority } from './use-cases/agree-priority.use-case';
import { ProposePriority } from './use-cases/propose-priority.use-case';
import { RecordCompatibilityReview } from './use-cases/record-compatibility-review.use-case';

/** Step 5's political dialogue: what precedes any approval of a convention. */
@Module({
  controllers: [PoliticalDialogueController],
  providers: [PoliticalDialogueService, RecordCompatibilityReview, ProposePriority, AgreePriority],
})
export class PoliticalDialogueModule {}
