import { versionOfRecord, type PartVersions } from '../lifecycle/part-versions';
import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { toDomainOrganisation, type CommandOutcome } from '../lifecycle/partnership.repository';
import { assertInitiator, findCandidate } from './partner-search-access';
import { applyCommand, type Organisation, type PartnershipSnapshot } from '@passerelle/domain';
import type { Actor } from '../auth/actor';
import { ProblemException } from '../common/problem/problem';
import type { InvitationDto } from '../invitations/dto/invitation.dto';
import { InvitationsService } from '../invitations/invitations.service';
import { LifecycleCommands } from '../lifecycle/lifecycle-commands';
import type { CandidatesView, CandidateView, InviteCandidateDto } from './dto/candidate.dto';

/**
 * Step 2, the partner search: the initiator's pipeline of candidate authorities. It is the initiator's
 * own work, so other parties do not see it (404). A candidate is accepted when its authority accepts the
 * invitation sent from the pipeline; it then becomes a party.
 */
@Injectable()
export class PartnerSearchService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: LifecycleCommands,
    private readonly invitations: InvitationsService,
  ) {}

  async list(actor: Actor, partnershipId: string): Promise<CandidatesView> {
    const { snapshot, versions } = await this.lifecycle.read(actor, partnershipId);
    assertInitiator(snapshot, actor, partnershipId);
    return toView(snapshot, versions);
  }

  /** The pipeline as a write left it: the view its handler answers with. */
  viewAfter(outcome: CommandOutcome): CandidatesView {
    return toView(outcome.snapshot, outcome.versions);
  }

  /**
   * The candidate agreed: send the partner invitation. The domain is asked first whether the candidate
   * could be accepted at all (commitment built, stage `proposed`…), so that no invitation goes out that
   * could never be honoured.
   */
  async invite(
    actor: Actor,
    partnershipId: string,
    candidateId: string,
    input: InviteCandidateDto,
  ): Promise<InvitationDto> {
    const { snapshot } = await this.lifecycle.read(actor, partnershipId);
    assertInitiator(snapshot, actor, partnershipId);
    const candidate = findCandidate(snapshot, candidateId);
    const trial = applyCommand(
      snapshot,
      {
        type: 'AdvanceCandidate',
        candidateId,
        to: 'accepted',
        nextStep: null,
        nextStepOn: null,
        organisation: await this.organisationForTrial(candidate.organisationId, input),
      },
      new Date(),
    );
    if (!trial.ok)
      throw new ProblemException(trial.error.code, trial.error.message, {
        details: trial.error.details ?? null,
      });
    return this.invitations.invitePartner(actor, partnershipId, input, candidateId);
  }

  /** The candidate's registered authority, or the one the invitation would create. */
  private async organisationForTrial(
    organisationId: string | null,
    input: InviteCandidateDto,
  ): Promise<Organisation> {
    if (!organisationId) return prospectiveOrganisation(input);
    const registered = await this.dataSource.manager.findOneBy(OrganisationEntity, { id: organisationId });
    return registered ? toDomainOrganisation(registered) : prospectiveOrganisation(input);
  }
}

/** The authority the invitation would create, as the domain sees it, to ask whether it could join. */
function prospectiveOrganisation(input: InviteCandidateDto): Organisation {
  return {
    id: randomUUID(),
    name: input.organisation.name,
    kind: input.organisation.kind as Organisation['kind'],
    country: input.organisation.countryCode,
    population: 0,
    languages: input.organisation.languages,
    timeZone: input.organisation.timeZone,
    communication: {
      internet: 'good',
      phone: 'good',
      usualChannels: ['email', 'phone', 'video_call', 'in_person'],
    },
  };
}

function toView(snapshot: PartnershipSnapshot, versions: PartVersions): CandidatesView {
  return {
    items: snapshot.candidates.map((candidate): CandidateView => ({
      id: candidate.id,
      version: versionOfRecord(versions, 'candidates', candidate.id),
      name: candidate.name,
      countryCode: candidate.country,
      organisationId: candidate.organisationId,
      source: candidate.source,
      sourceDetail: candidate.sourceDetail,
      stage: candidate.stage,
      nextStep: candidate.nextStep,
      nextStepOn: candidate.nextStepOn,
      history: candidate.history.map((change) => ({ stage: change.stage, at: change.at.toISOString() })),
    })),
  };
}
