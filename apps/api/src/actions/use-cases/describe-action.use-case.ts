import { Injectable } from '@nestjs/common';
import type { PolicyMarkers } from '@passerelle/domain';
import type { Actor } from '../../auth/actor';
import { LifecycleCommands } from '../../lifecycle/lifecycle-commands';
import { OdaCodeLists } from '../../oda-code-lists/oda-code-lists';
import { ActionsService } from '../actions.service';
import type { DescribeActionDto } from '../dto/action-oda.dto';
import type { ActionDetailView } from '../dto/action.dto';

/**
 * The markers the request scored. The DTO admits only the known markers, each 0, 1 or 2; its instance has
 * every marker as a property, `undefined` for those left out, which are not scored.
 */
function scoredMarkers(markers: DescribeActionDto['markers']): PolicyMarkers {
  return Object.fromEntries(
    Object.entries(markers).filter(([, score]) => score !== undefined && score !== null),
  ) as PolicyMarkers;
}

/**
 * Says what an action does and aims at, its DAC sectors and OECD policy markers — what the ODA declaration
 * and IATI publish of it — under the action's version.
 */
@Injectable()
export class DescribeAction {
  constructor(
    private readonly lifecycle: LifecycleCommands,
    private readonly views: ActionsService,
    private readonly codeLists: OdaCodeLists,
  ) {}

  async execute(
    actor: Actor,
    target: { partnershipId: string; actionId: string },
    input: DescribeActionDto,
  ): Promise<ActionDetailView> {
    const { partnershipId, actionId } = target;
    const outcome = await this.lifecycle.apply(
      actor,
      partnershipId,
      {
        type: 'DescribeAction',
        actionId,
        description: input.description,
        objectives: input.objectives,
        sectors: input.sectors.map(({ code, percentage }) => ({ code, percentage })),
        markers: scoredMarkers(input.markers),
        knownSectorCodes: this.codeLists.sectorCodes,
      },
      { expectedVersion: input.version },
    );
    return this.views.detailAfter(outcome, actor, actionId);
  }
}
