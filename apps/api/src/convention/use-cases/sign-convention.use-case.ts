import { Injectable } from '@nestjs/common';
import type { Actor } from '../../auth/actor';
import { FilesService } from '../../files/files.service';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { SIGNED_CONVENTION_MEDIA_TYPES, signatoriesOf } from '../convention-input';
import { ConventionService } from '../convention.service';
import type { ConventionStepView, SignConventionDto } from '../dto/convention.dto';

/**
 * Records the signature of the version every party approved: who signed for each party and, if at hand, the
 * signed PDF. Under the convention's version.
 */
@Injectable()
export class SignConvention {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly files: FilesService,
    private readonly views: ConventionService,
  ) {}

  async execute(actor: Actor, partnershipId: string, input: SignConventionDto): Promise<ConventionStepView> {
    const outcome = await this.lifecycle.inTransaction(async (manager) => {
      const locked = await this.lifecycle.lock(manager, actor, partnershipId);
      const signedFileId = input.signedFileId
        ? (
            await this.files.requireAttachable(manager, partnershipId, input.signedFileId, {
              mediaTypes: SIGNED_CONVENTION_MEDIA_TYPES,
            })
          ).id
        : null;
      return this.lifecycle.execute(
        manager,
        actor,
        locked,
        {
          type: 'SignConvention',
          version: input.conventionVersion,
          signedOn: input.signedOn,
          signatories: signatoriesOf(locked.snapshot, input.signatories),
          signedFileId,
        },
        { expectedVersion: input.version },
      );
    });
    return this.views.viewAfter(outcome);
  }
}
