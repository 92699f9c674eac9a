import { Module } from '@nestjs/common';
import { CommitmentController, MotivationReviewsController } from './commitment.controller';
import { CommitmentService } from './commitment.service';

@Module({ controllers: [CommitmentController, MotivationReviewsController], providers: [CommitmentService] })
export class CommitmentModule {}
