import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { ApplicationMoves } from '../application-moves';
import type { DatedStepDto } from '../dto/funding.dto';
import type { StoredFundingApplication } from '../funding-application.repository';

/** Submits a draft to its funder while its call is open; the reminders of the call closing stop with it. */
@Injectable()
export class SubmitFundingApplication {
  constructor(private readonly moves: ApplicationMoves) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; applicationId: string },
    input: DatedStepDto,
  ): Promise<StoredFundingApplication> {
    return this.moves.apply(
      actor,
      { ...target, version: input.version },
      { type: 'submit', on: input.on },
      'funding_application.submitted',
    );
  }
}
