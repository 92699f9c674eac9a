import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import type { PartnershipStatusView } from '../dto/partnership-status.dto';
import { PartnershipStatusService } from '../partnership-status.service';

/** Resumes a suspended partnership, under the version of its own record. */
@Injectable()
export class ResumePartnership {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: PartnershipStatusService,
  ) {}

  async execute(actor: Actor, partnershipId: string, version: number): Promise<PartnershipStatusView> {
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      { type: 'ResumePartnership' },
      { expectedVersion: version },
    );
    return this.views.viewAfter(outcome);
  }
}
