import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  conventionCommandsAvailable,
  diffConventionVersions,
  isCommandAllowedIn,
  isFinalConventionState,
  missingForConventionApproval,
  type ActionTheme,
  type Convention,
  type ConventionContent,
  type ConventionTerms,
  type PartnershipSnapshot,
  type RenewalKind,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { ProblemException } from '../common/problem/problem';
import { FilesService } from '../files/files.service';
import { LifecycleCommands } from '../lifecycle/lifecycle-commands';
import type { SuspendDto, TerminateDto } from '../partnership-status/dto/partnership-status.dto';
import { ongoingActionsOf, terminationRequestOf } from '../partnership-status/dto/partnership-status.mapper';
import { StatusNoticesService } from '../partnership-status/status-notices.service';
import { toConventionView } from './dto/convention.mapper';
import type {
  ApproveConventionDto,
  BringConventionIntoForceDto,
  ConventionDiffQueryDto,
  ConventionDiffView,
  ConventionStepView,
  ConventionTextDto,
  ObjectToRenewalDto,
  RenewConventionDto,
  SignatoryDto,
  SignConventionDto,
} from './dto/convention.dto';

/** Signed conventions are kept as PDFs; a council decision may also be a scan (an image). */
const SIGNED_CONVENTION_MEDIA_TYPES = ['application/pdf'];

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
    private readonly notices: StatusNoticesService,
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

  draft(actor: Actor, partnershipId: string, input: ConventionTextDto): Promise<ConventionStepView> {
    return this.run(
      actor,
      partnershipId,
      () => ({ type: 'DraftConvention', conventionId: randomUUID(), ...textOf(input) }),
      input.version,
    );
  }

  /** A new version; approvals of earlier versions stay on record but no longer count. */
  revise(actor: Actor, partnershipId: string, input: ConventionTextDto): Promise<ConventionStepView> {
    return this.run(
      actor,
      partnershipId,
      () => ({ type: 'ReviseConvention', ...textOf(input) }),
      input.version,
    );
  }

  openNegotiation(actor: Actor, partnershipId: string, version: number): Promise<ConventionStepView> {
    return this.run(actor, partnershipId, () => ({ type: 'OpenConventionNegotiation' }), version);
  }

  /** The council decision of the actor's own party. */
  approve(actor: Actor, partnershipId: string, input: ApproveConventionDto): Promise<ConventionStepView> {
    return this.run(
      actor,
      partnershipId,
      async (_snapshot, manager) => ({
        type: 'ApproveConvention',
        partyId: actor.organisationId,
        version: input.conventionVersion,
        councilDecisionRef: input.councilDecisionRef.trim(),
        decidedOn: input.decidedOn,
        decisionFileId: input.decisionFileId
          ? (await this.files.requireAttachable(manager, partnershipId, input.decisionFileId)).id
          : null,
      }),
      input.version,
    );
  }

  sign(actor: Actor, partnershipId: string, input: SignConventionDto): Promise<ConventionStepView> {
    return this.run(
      actor,
      partnershipId,
      async (snapshot, manager) => ({
        type: 'SignConvention',
        version: input.conventionVersion,
        signedOn: input.signedOn,
        signatories: signatoriesOf(snapshot, input.signatories),
        signedFileId: input.signedFileId
          ? (
              await this.files.requireAttachable(manager, partnershipId, input.signedFileId, {
                mediaTypes: SIGNED_CONVENTION_MEDIA_TYPES,
              })
            ).id
          : null,
      }),
      input.version,
    );
  }

  bringIntoForce(
    actor: Actor,
    partnershipId: string,
    input: BringConventionIntoForceDto,
  ): Promise<ConventionStepView> {
    return this.run(
      actor,
      partnershipId,
      () => ({ type: 'BringConventionIntoForce', effectiveOn: input.effectiveOn }),
      input.version,
    );
  }

  /** The actor's party objects to the tacit renewal. */
  objectToRenewal(
    actor: Actor,
    partnershipId: string,
    input: ObjectToRenewalDto,
  ): Promise<ConventionStepView> {
    return this.run(
      actor,
      partnershipId,
      () => ({ type: 'ObjectToTacitRenewal', partyId: actor.organisationId, on: input.objectedOn }),
      input.version,
    );
  }

  renew(actor: Actor, partnershipId: string, input: RenewConventionDto): Promise<ConventionStepView> {
    const explicit = input.kind === 'explicit';
    return this.run(
      actor,
      partnershipId,
      () => ({
        type: 'RenewConvention',
        kind: input.kind as RenewalKind,
        decisionRef: explicit ? input.decisionRef?.trim() || null : null,
        newExpiresOn: explicit ? (input.newExpiresOn ?? null) : null,
      }),
      input.version,
    );
  }

  expire(actor: Actor, partnershipId: string, version: number): Promise<ConventionStepView> {
    return this.run(actor, partnershipId, () => ({ type: 'ExpireConvention' }), version);
  }

  async suspend(actor: Actor, partnershipId: string, input: SuspendDto): Promise<ConventionStepView> {
    const outcome = await this.lifecycle.run(
      actor,
      partnershipId,
      () => ({ type: 'SuspendConvention', reason: input.reason.trim() }),
      { expectedVersion: input.version },
    );
    await this.notices.notifyOtherParties(actor, outcome.snapshot, outcome.revision, 'convention_suspended');
    return this.toView(outcome.snapshot, outcome.version);
  }

  resume(actor: Actor, partnershipId: string, version: number): Promise<ConventionStepView> {
    return this.run(actor, partnershipId, () => ({ type: 'ResumeConvention' }), version);
  }

  /** Ends the convention (or abandons a draft); the partnership itself goes on. */
  async terminate(actor: Actor, partnershipId: string, input: TerminateDto): Promise<ConventionStepView> {
    const outcome = await this.lifecycle.run(
      actor,
      partnershipId,
      () => ({ type: 'TerminateConvention', ...terminationRequestOf(input) }),
      { expectedVersion: input.version },
    );
    await this.notices.notifyOtherParties(actor, outcome.snapshot, outcome.revision, 'convention_terminated');
    return this.toView(outcome.snapshot, outcome.version);
  }

  private async run(
    actor: Actor,
    partnershipId: string,
    build: Parameters<LifecycleCommands['run']>[2],
    expectedVersion: number,
  ): Promise<ConventionStepView> {
    const outcome = await this.lifecycle.run(actor, partnershipId, build, { expectedVersion });
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
      parties: snapshot.partnership.parties.map((party) => ({
        partyId: party.organisationId,
        name:
          snapshot.organisations.find((organisation) => organisation.id === party.organisationId)?.name ?? '',
      })),
      ongoingActions: ongoingActionsOf(snapshot),
    };
  }
}

function textOf(input: ConventionTextDto): {
  text: string;
  content: ConventionContent;
  terms: ConventionTerms;
} {
  const { content, terms } = input;
  return {
    text: input.text.trim(),
    content: {
      objectives: content.objectives.trim(),
      priorities: nonEmptyLines(content.priorities),
      themes: [...new Set(content.themes.map((theme) => theme.trim()))] as ActionTheme[],
      governance: content.governance.trim(),
      dialogueModalities: content.dialogueModalities.trim(),
      fundingCommitments: content.fundingCommitments.trim(),
      terminationClause: content.terminationClause.trim(),
    },
    terms: {
      durationMonths: terms.durationMonths,
      tacitRenewal: terms.tacitRenewal
        ? {
            periodMonths: terms.tacitRenewal.periodMonths,
            objectionNoticeDays: terms.tacitRenewal.objectionNoticeDays,
          }
        : null,
      terminationNoticeDays: terms.terminationNoticeDays,
    },
  };
}

function nonEmptyLines(lines: readonly string[]): string[] {
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}

/** Signatories sign for a party of the partnership; the domain then checks that every party has one. */
function signatoriesOf(snapshot: PartnershipSnapshot, signatories: readonly SignatoryDto[]) {
  const parties = new Set(snapshot.partnership.parties.map((party) => party.organisationId));
  const stranger = signatories.findIndex((signatory) => !parties.has(signatory.partyId));
  if (stranger !== -1) {
    throw new ProblemException(
      'PARTNERSHIP.UNKNOWN_PARTY',
      `signatories.${stranger}: this organisation is not a party to the partnership.`,
      { field: `signatories.${stranger}.partyId`, partyId: signatories[stranger]?.partyId },
    );
  }
  return signatories.map((signatory) => ({
    partyId: signatory.partyId,
    name: signatory.name.trim(),
    title: signatory.title.trim(),
  }));
}

function fileIdsOf(convention: Convention): string[] {
  return [
    ...convention.approvals.flatMap((approval) => (approval.decisionFileId ? [approval.decisionFileId] : [])),
    ...(convention.signature?.signedFileId ? [convention.signature.signedFileId] : []),
  ];
}
