import { Module } from '@nestjs/common';
import { CommitmentController, MotivationReviewsController } from './commitment.controller';
import { CommitmentService } from './commitment.service';
import { AssociateTerritoryActor } from './use-cases/associate-territory-actor.use-case';
import { RecordConsultation } from './use-cases/record-consultation.use-case';
import { RecordContribution } from './use-cases/record-contribution.use-case';
import { RecordStake } from './use-cases/record-stake.use-case';
import { ReviewMotivation } from './use-cases/review-motivation.use-case';
import { ReviseMotivation } from './use-cases/revise-motivation.use-case';
import { ShareMotivation } from './use-cases/share-motivation.use-case';
import { StateMotivation } from './use-cases/state-motivation.use-case';
import { TerritoryActorsModule } from '../territory-actors/territory-actors.module';

@Module({
  imports: [TerritoryActorsModule],
  controllers: [CommitmentController, MotivationReviewsController],
  // One use case per write (`use-cases/`); the service reads.
  providers: [
    CommitmentService,
    StateMotivation,
    ReviseMotivation,
    ReviewMotivation,
    ShareMotivation,
    RecordStake,
    RecordContribution,
    AssociateTerritoryActor,
    RecordConsultation,
  ],
})
export class CommitmentModule {}
