import { Module } from '@nestjs/common';
import { FilesModule } from '../files/files.module';
import { PartnershipStatusModule } from '../partnership-status/partnership-status.module';
import { ConventionController } from './convention.controller';
import { ConventionService } from './convention.service';

/** Step 5's convention, from the first draft to its end; decision and signed files come from FilesModule. */
@Module({
  imports: [FilesModule, PartnershipStatusModule],
  controllers: [ConventionController],
  providers: [ConventionService],
})
export class ConventionModule {}
