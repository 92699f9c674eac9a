import { Module } from '@nestjs/common';
import { PoliticalDialogueController } from './political-dialogue.controller';
import { PoliticalDialogueService } from './political-dialogue.service';

/** Step 5's political dialogue: what precedes any approval of a convention. */
@Module({ controllers: [PoliticalDialogueController], providers: [PoliticalDialogueService] })
export class PoliticalDialogueModule {}
