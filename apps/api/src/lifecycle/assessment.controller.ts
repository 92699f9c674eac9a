import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { assessPartnership } from '@passerelle/domain';
import type { Actor } from '../auth/actor';
import { CurrentActor } from '../auth/auth.decorators';
import { AssessmentView } from './dto/assessment.dto';
import { LifecycleCommands } from './lifecycle-commands';

@ApiTags('lifecycle')
@Controller('partnerships/:partnershipId/assessment')
export class AssessmentController {
  constructor(private readonly lifecycle: LifecycleCommands) {}

  @Get()
  @ApiOperation({
    operationId: 'getPartnershipAssessment',
    summary: 'The six steps: done, current, to do or blocked, and why',
  })
  @ApiOkResponse({ type: AssessmentView })
  async assess(
    @CurrentActor() actor: Actor,
    @Param('partnershipId') partnershipId: string,
  ): Promise<AssessmentView> {
    const { snapshot } = await this.lifecycle.read(actor, partnershipId);
    // The domain returns readonly plain data, serialised as it is (no copy): the view describes that JSON.
    return assessPartnership(snapshot, new Date()) as unknown as AssessmentView;
  }
}
