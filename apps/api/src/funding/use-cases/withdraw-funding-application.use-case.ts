import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { ApplicationMoves } from '../application-moves';
import type { DatedStepDto } from '../dto/funding.dto';
import type { StoredFundingApplication } from '../funding-application.repository';

/** Withdraws an application (or gives up a grant); its reminders stop with it. */
@Injectable()
export class WithdrawFundingApplication {
  constructor(private readonly moves: ApplicationMoves) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; applicationId: string },
    input: DatedStepDto,
  ): Promise<StoredFundingApplication> {
    return this.moves.apply(
      actor,
      { ...target, version: input.version },
      { type: 'withdraw', on: input.on },
      'funding_application.withdrawn',
    );
  }
}
