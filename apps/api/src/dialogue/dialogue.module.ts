import { Module } from '@nestjs/common';
import { DialogueController } from './dialogue.controller';
import { DialogueService } from './dialogue.service';
import { RecordDialogueExchange } from './use-cases/record-dialogue-exchange.use-case';

/** Step 5's regular dialogue: the plan every party approves and the log of exchanges. */
@Module({
  controllers: [DialogueController],
  providers: [DialogueService, RecordDialogueExchange],
})
export class DialogueModule {}
