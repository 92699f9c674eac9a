import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { AssessmentReader } from './assessment-reader';
import { AssessmentView } from './dto/assessment.dto';

@ApiTags('lifecycle')
@Controller('partnerships/:partnershipId/assessment')
export class AssessmentController {
  constructor(private readonly assessments: AssessmentReader) {}

  @Get()
  @ApiOperation({
    operationId: 'getPartnershipAssessment',
    summary: 'The six steps: done, current, to do or blocked, and why',
  })
  @ApiOkResponse({ type: AssessmentView })
  // The reader gives the JSON text of the domain's assessment (stored or just computed), sent as it is.
  @Header('content-type', 'application/json; charset=utf-8')
  assess(@CurrentActor() actor: Actor, @Param('partnershipId') partnershipId: string): Promise<Buffer> {
    return this.assessments.assessmentJson(actor, partnershipId);
  }
}
