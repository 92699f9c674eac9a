import { Injectable } from '@nestjs/common';
import type { PartnershipForm } from '@passerelle/domain';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import type { ChangePartnershipFormDto, PartnershipDto } from '../dto/partnership.dto';
import { PartnershipsService } from '../partnerships.service';

/**
 * Corrects the form the partnership takes (convention-based cooperation, emergency humanitarian aid, an
 * external action without a convention), under the partnership's version; the audit trail keeps the change.
 */
@Injectable()
export class ChangePartnershipForm {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly partnerships: PartnershipsService,
  ) {}

  async execute(
    actor: Actor,
    partnershipId: string,
    input: ChangePartnershipFormDto,
  ): Promise<PartnershipDto> {
    await this.lifecycle.apply(
      actor,
      partnershipId,
      // Validated against PARTNERSHIP_FORMS by the DTO.
      { type: 'ChangePartnershipForm', form: input.form as PartnershipForm },
      { expectedVersion: input.version },
    );
    return this.partnerships.get(actor, partnershipId);
  }
}
