import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { ApplicationMoves } from '../application-moves';
import type { DecideFundingApplicationDto } from '../dto/funding.dto';
import type { StoredFundingApplication } from '../funding-application.repository';

/** Records the funder's decision on a submitted application: granted (at most the request, with its conditions) or refused. */
@Injectable()
export class DecideFundingApplication {
  constructor(private readonly moves: ApplicationMoves) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; applicationId: string },
    input: DecideFundingApplicationDto,
  ): Promise<StoredFundingApplication> {
    const decision =
      input.outcome === 'granted'
        ? {
            type: 'grant' as const,
            on: input.on,
            grantedAmount: input.grantedAmount ?? 0,
            conditions: input.conditions,
          }
        : { type: 'refuse' as const, on: input.on, conditions: input.conditions };
    return this.moves.apply(
      actor,
      { ...target, version: input.version },
      decision,
      `funding_application.${input.outcome}`,
    );
  }
}
