import { Injectable } from '@nestjs/common';
import type { PartyGovernance } from '@passerelle/domain';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import type { PartnershipDto, SetPartyGovernanceDto } from '../dto/partnership.dto';
import { PartnershipsService } from '../partnerships.service';

/**
 * States who leads a party's executive (elected, or appointed by the State), under the partnership's
 * version. Either side may state it: the partner's own staff, or the initiator's when the partner rarely logs
 * in. Who may give that party's reviews follows (docs/adr/0017-legal-variants.md).
 */
@Injectable()
export class SetPartyGovernance {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly partnerships: PartnershipsService,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; organisationId: string },
    input: SetPartyGovernanceDto,
  ): Promise<PartnershipDto> {
    await this.lifecycle.apply(
      actor,
      target.partnershipId,
      {
        type: 'SetPartyGovernance',
        partyId: target.organisationId,
        // Validated against PARTY_GOVERNANCES by the DTO.
        governance: input.governance as PartyGovernance,
      },
      { expectedVersion: input.version },
    );
    return this.partnerships.get(actor, target.partnershipId);
  }
}
