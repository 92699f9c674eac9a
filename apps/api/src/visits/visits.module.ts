import { Module } from '@nestjs/common';
import { VisitsController } from './visits.controller';
import { VisitsService } from './visits.service';
import { ApproveOrangeZoneVisit } from './use-cases/approve-orange-zone-visit.use-case';
import { CancelVisit } from './use-cases/cancel-visit.use-case';
import { CompleteVisitFollowUp } from './use-cases/complete-visit-follow-up.use-case';
import { PlanVisit } from './use-cases/plan-visit.use-case';
import { RecordVisitReport } from './use-cases/record-visit-report.use-case';
import { ReplanVisit } from './use-cases/replan-visit.use-case';

/** Step 4: reciprocal delegation visits; one use case per write (`use-cases/`), the service reads. */
@Module({
  controllers: [VisitsController],
  providers: [
    VisitsService,
    PlanVisit,
    ReplanVisit,
    ApproveOrangeZoneVisit,
    RecordVisitReport,
    CompleteVisitFollowUp,
    CancelVisit,
  ],
})
export class VisitsModule {}
