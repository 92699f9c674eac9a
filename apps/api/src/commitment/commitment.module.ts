import { Module } from '@nestjs/common';
import { CommitmentController, MotivationReviewsController } from './commitment.controller';
import { CommitmentService } from './commitment.service';
import { TerritoryActorsModule } from '../territory-actors/territory-actors.module';

@Module({
  imports: [TerritoryActorsModule],
  controllers: [CommitmentController, MotivationReviewsController],
  providers: [CommitmentService],
})
export class CommitmentModule {}
