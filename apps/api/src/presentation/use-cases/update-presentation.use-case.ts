import { Injectable } from '@nestjs/common';
import type { PresentationSections } from '@passerelle/domain';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import type { PresentationView, UpdatePresentationDto } from '../dto/presentation.dto';
import { PresentationService } from '../presentation.service';

/**
 * Saves the text of one language of the actor's party's presentation, under that presentation's version
 * (0 before its first text): the other parties' presentations and the rest of the partnership are edited
 * beside it.
 */
@Injectable()
export class UpdatePresentation {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: PresentationService,
  ) {}

  async execute(
    actor: Actor,
    partnershipId: string,
    input: UpdatePresentationDto,
  ): Promise<PresentationView> {
    const sections = trimmed(input.sections);
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      {
        type: 'UpdatePresentation',
        partyId: actor.organisationId,
        sections: input.language === 'fr' ? sections : {},
        translations: input.language === 'en' ? { en: sections } : {},
        documentRef: null,
      },
      { expectedVersion: input.version },
    );
    return this.views.viewAfter(outcome, actor);
  }
}

function trimmed(sections: UpdatePresentationDto['sections']): PresentationSections {
  return Object.fromEntries(
    Object.entries(sections).map(([section, text]) => [section, (text ?? '').trim()]),
  );
}
