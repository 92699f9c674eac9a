import { Module } from '@nestjs/common';
import { DialogueController } from './dialogue.controller';
import { DialogueService } from './dialogue.service';
import { ApproveDialoguePlan } from './use-cases/approve-dialogue-plan.use-case';
import { ProposeDialoguePlan } from './use-cases/propose-dialogue-plan.use-case';
import { RecordDialogueExchange } from './use-cases/record-dialogue-exchange.use-case';

/** Step 5's regular dialogue: the plan every party approves and the log of exchanges. */
@Module({
  controllers: [DialogueController],
  providers: [DialogueService, ProposeDialoguePlan, ApproveDialoguePlan, RecordDialogueExchange],
})
export class DialogueModule {}
