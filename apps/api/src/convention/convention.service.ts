import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  conventionCommandsAvailable,
  diffConventionVersions,
  isCommandAllowedIn,
  isFinalConventionState,
  missingForConventionApproval,
  missingForConventionApprovalByParty,
  type Convention,
  type PartnershipSnapshot,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { ProblemException } from '../common/problem/problem';
import { FilesService } from '../files/files.service';
import { LifecycleCommands } from '../lifecycle/lifecycle-commands';
import type { CommandOutcome } from '../lifecycle/partnership.repository';
import { ongoingActionsOf } from '../partnership-status/dto/partnership-status.mapper';
import { toConventionView } from './dto/convention.mapper';
import type { ConventionDiffQueryDto, ConventionDiffView, ConventionStepView } from './dto/convention.dto';

/**
 * Step 5's convention: drafted and revised in versions, negotiated, approved by each party's council,
 * signed, in force, renewed, suspended or ended — each move a domain command under the convention's version,
 * so that two officers editing the same draft never overwrite each other, while the rest of the partnership
 * (visits, actions) is edited beside it.
 */
@Injectable()
export class ConventionService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: LifecycleCommands,
    private readonly files: FilesService,
  ) {}

  async view(actor: Actor, partnershipId: string): Promise<ConventionStepView> {
    const { snapshot, versions } = await this.lifecycle.read(actor, partnershipId);
    return this.toView(snapshot, versions.convention);
  }

  /** Two versions of the current convention (or of one in the history), compared field by field. */
  async diff(
    actor: Actor,
    partnershipId: string,
    query: ConventionDiffQueryDto,
  ): Promise<ConventionDiffView> {
    const { snapshot } = await this.lifecycle.read(actor, partnershipId);
    const convention = query.conventionId
      ? [...snapshot.conventionHistory, snapshot.convention].find(
          (candidate) => candidate?.id === query.conventionId,
        )
      : snapshot.convention;
    if (!convention) {
      throw new ProblemException('RESOURCE.NOT_FOUND', 'There is no such convention in this partnership.');
    }
    const from = convention.versions.find((version) => version.number === query.from);
    const to = convention.versions.find((version) => version.number === query.to);
    if (!from || !to) {
      throw new ProblemException(
        'RESOURCE.NOT_FOUND',
        `The convention has versions 1 to ${convention.versions.length}.`,
        { versions: convention.versions.map((version) => version.number) },
      );
    }
    return JSON.parse(JSON.stringify(diffConventionVersions(from, to))) as ConventionDiffView;
  }

  /** The convention as a write left it: the view its handler answers with. */
  viewAfter(outcome: CommandOutcome): Promise<ConventionStepView> {
    return this.toView(outcome.snapshot, outcome.version);
  }

  private async toView(snapshot: PartnershipSnapshot, version: number): Promise<ConventionStepView> {
    const conventions = [
      ...snapshot.conventionHistory,
      ...(snapshot.convention ? [snapshot.convention] : []),
    ];
    const files = await this.files.describe(this.dataSource.manager, conventions.flatMap(fileIdsOf));
    const status = snapshot.partnership.status;
    const current = snapshot.convention;
    return {
      version,
      convention: current ? toConventionView(current, files) : null,
      history: snapshot.conventionHistory.map((convention) => toConventionView(convention, files)),
      availableCommands: current
        ? conventionCommandsAvailable(current.state).filter((command) => isCommandAllowedIn(status, command))
        : [],
      canDraft:
        isCommandAllowedIn(status, 'DraftConvention') &&
        snapshot.partnership.parties.length >= 2 &&
        (current === null || isFinalConventionState(current.state)),
      missingForApproval: [...missingForConventionApproval(snapshot)],
      awaitedForApproval: missingForConventionApprovalByParty(snapshot).map((missing) => ({
        criterion: missing.criterion,
        awaitedParties: [...missing.awaitedParties],
      })),
      agreedPriorities: agreedPriorityTitles(snapshot),
      parties: snapshot.partnership.parties.map((party) => ({
        partyId: party.organisationId,
        name:
          snapshot.organisations.find((organisation) => organisation.id === party.organisationId)?.name ?? '',
      })),
      ongoingActions: ongoingActionsOf(snapshot),
    };
  }
}

function fileIdsOf(convention: Convention): string[] {
  return [
    ...convention.approvals.flatMap((approval) => (approval.decisionFileId ? [approval.decisionFileId] : [])),
    ...(convention.signature?.signedFileId ? [convention.signature.signedFileId] : []),
  ];
}

/** The priorities every party agreed in the political dialogue: the convention writes them down. */
function agreedPriorityTitles(snapshot: PartnershipSnapshot): string[] {
  const parties = snapshot.partnership.parties.map((party) => party.organisationId);
  return snapshot.politicalDialogue.priorities
    .filter(
      (priority) => parties.length >= 2 && parties.every((partyId) => priority.agreedBy.includes(partyId)),
    )
    .map((priority) => priority.title);
}
