import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  ElectedReview,
  ActorInvolvement,
  FrameOfReference,
  Motivation,
  MotivationCategory,
  PartnershipSnapshot,
  TerritoryActorKind,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { ProblemException } from '../common/problem/problem';
import { LifecycleCommands } from '../lifecycle/lifecycle-commands';
import { PartnershipRepository } from '../lifecycle/partnership.repository';
import { electedReviewOf } from '../lifecycle/dto/elected-review.dto';
import { PartnershipAccess } from '../tenancy/partnership-access';
import { TerritoryActorsService } from '../territory-actors/territory-actors.service';
import { versionOfRecord, type PartVersions } from '../lifecycle/part-versions';
import type {
  AssociateTerritoryActorDto,
  CommitmentView,
  MotivationReviewQueueView,
  MotivationView,
  RecordConsultationDto,
  RecordContributionDto,
  RecordStakeDto,
  ReviewMotivationDto,
  ReviewView,
  ReviseMotivationDto,
  StateMotivationDto,
} from './dto/commitment.dto';

/**
 * Step 1, building the commitment: each party's motivations, stakes, contributions and territory actors,
 * internal to that party until it shares a motivation, reviewed by its elected officials.
 */
@Injectable()
export class CommitmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: LifecycleCommands,
    private readonly repository: PartnershipRepository,
    private readonly access: PartnershipAccess,
    private readonly actors: TerritoryActorsService,
  ) {}

  async view(actor: Actor, partnershipId: string): Promise<CommitmentView> {
    const { snapshot, versions } = await this.lifecycle.read(actor, partnershipId);
    return toCommitmentView(snapshot, versions, actor.organisationId);
  }

  async stateMotivation(
    actor: Actor,
    partnershipId: string,
    input: StateMotivationDto,
  ): Promise<CommitmentView> {
    return this.run(actor, partnershipId, () => ({
      type: 'StateMotivation',
      motivationId: randomUUID(),
      partyId: actor.organisationId,
      category: input.category as MotivationCategory,
      frameOfReference: input.frameOfReference as FrameOfReference,
      text: input.text.trim(),
      authorId: actor.userId,
    }));
  }

  /** A revision takes the motivation back to review (and off the table if it was shared): the domain's rule. */
  async reviseMotivation(
    actor: Actor,
    partnershipId: string,
    motivationId: string,
    input: ReviseMotivationDto,
  ): Promise<CommitmentView> {
    return this.run(
      actor,
      partnershipId,
      (snapshot) => {
        ownMotivation(snapshot, motivationId, actor);
        return {
          type: 'ReviseMotivation',
          motivationId,
          category: input.category as MotivationCategory,
          frameOfReference: input.frameOfReference as FrameOfReference,
          text: input.text.trim(),
        };
      },
      input.version,
    );
  }

  async reviewMotivation(
    actor: Actor,
    partnershipId: string,
    motivationId: string,
    input: ReviewMotivationDto,
  ): Promise<CommitmentView> {
    return this.run(
      actor,
      partnershipId,
      (snapshot) => {
        ownMotivation(snapshot, motivationId, actor);
        return {
          type: 'ReviewMotivation',
          motivationId,
          ...electedReviewOf(actor, input),
        };
      },
      input.version,
    );
  }

  async shareMotivation(
    actor: Actor,
    partnershipId: string,
    motivationId: string,
    version: number,
  ): Promise<CommitmentView> {
    return this.run(
      actor,
      partnershipId,
      (snapshot) => {
        ownMotivation(snapshot, motivationId, actor);
        return { type: 'ShareMotivation', motivationId };
      },
      version,
    );
  }

  async recordStake(actor: Actor, partnershipId: string, input: RecordStakeDto): Promise<CommitmentView> {
    return this.run(actor, partnershipId, () => ({
      type: 'RecordStake',
      stakeId: randomUUID(),
      partyId: actor.organisationId,
      title: input.title.trim(),
      cooperationCanBeLever: input.cooperationCanBeLever,
    }));
  }

  async recordContribution(
    actor: Actor,
    partnershipId: string,
    input: RecordContributionDto,
  ): Promise<CommitmentView> {
    return this.run(actor, partnershipId, () => ({
      type: 'RecordContribution',
      contributionId: randomUUID(),
      partyId: actor.organisationId,
      title: input.title.trim(),
    }));
  }

  /**
   * Associates an actor of the organisation's directory with the partnership; an actor given by name is
   * filed in the directory first, so that the next partnership finds it there.
   */
  async associateTerritoryActor(
    actor: Actor,
    partnershipId: string,
    input: AssociateTerritoryActorDto,
  ): Promise<CommitmentView> {
    return this.run(actor, partnershipId, async (_snapshot, manager) => {
      const entry = input.directoryActorId
        ? await this.actors.findOwn(manager, actor, input.directoryActorId)
        : await this.actors.findOrCreate(manager, actor, {
            name: input.name ?? '',
            kind: input.kind ?? 'other',
          });
      return {
        type: 'AssociateTerritoryActor',
        actorId: entry.id,
        partyId: actor.organisationId,
        name: entry.name,
        kind: entry.kind as TerritoryActorKind,
        involvement: input.involvement as ActorInvolvement,
      };
    });
  }

  async recordConsultation(
    actor: Actor,
    partnershipId: string,
    actorId: string,
    input: RecordConsultationDto,
  ): Promise<CommitmentView> {
    return this.run(actor, partnershipId, (snapshot) => {
      const territoryActor = snapshot.territoryActors.find((candidate) => candidate.id === actorId);
      if (!territoryActor || territoryActor.partyId !== actor.organisationId) {
        throw new ProblemException(
          'RESOURCE.NOT_FOUND',
          `No territory actor ${actorId} in your commitment file.`,
        );
      }
      return { type: 'RecordConsultation', actorId, on: input.on, summary: input.summary.trim() };
    });
  }

  /** Motivations of the elected official's authority waiting for a review, across its partnerships. */
  async reviewQueue(actor: Actor): Promise<MotivationReviewQueueView> {
    const partnerships = await this.access
      .visiblePartnerships(actor)
      .orderBy('partnership.created_at', 'DESC')
      .limit(200)
      .getMany();
    const items: MotivationReviewQueueView['items'] = [];
    for (const partnership of partnerships) {
      const { snapshot, versions } = await this.repository.load(this.dataSource.manager, partnership.id);
      for (const motivation of snapshot.motivations) {
        if (motivation.partyId !== actor.organisationId || motivation.review?.decision === 'approved')
          continue;
        if (motivation.review?.decision === 'changes_requested') continue;
        items.push({
          ...toMotivationView(motivation, versions),
          partnershipId: partnership.id,
          partnershipTitle: partnership.title,
        });
      }
    }
    return { items };
  }

  private async run(
    actor: Actor,
    partnershipId: string,
    build: Parameters<LifecycleCommands['run']>[2],
    expectedVersion?: number,
  ): Promise<CommitmentView> {
    const outcome = await this.lifecycle.run(
      actor,
      partnershipId,
      build,
      expectedVersion === undefined ? {} : { expectedVersion },
    );
    return toCommitmentView(outcome.snapshot, outcome.versions, actor.organisationId);
  }
}

/**
 * The motivation, if it is the actor's party's. Another party's motivation is "not found" unless it was
 * shared, in which case the actor may read it but not act on it.
 */
function ownMotivation(snapshot: PartnershipSnapshot, motivationId: string, actor: Actor): Motivation {
  const motivation = snapshot.motivations.find((candidate) => candidate.id === motivationId);
  if (motivation && motivation.partyId === actor.organisationId) return motivation;
  if (motivation?.shared)
    throw new ProblemException(
      'AUTH.FORBIDDEN',
      'Only the party that holds a motivation can change or review it.',
    );
  throw new ProblemException('RESOURCE.NOT_FOUND', `No motivation ${motivationId} in your commitment file.`);
}

/** The person behind an account as the lifecycle model sees them: elected officials, and staff as technicians. */

function toCommitmentView(
  snapshot: PartnershipSnapshot,
  versions: PartVersions,
  organisationId: string,
): CommitmentView {
  const own = <T extends { partyId: string }>(records: readonly T[]) =>
    records.filter((record) => record.partyId === organisationId);
  return {
    motivations: own(snapshot.motivations).map((motivation) => toMotivationView(motivation, versions)),
    stakes: own(snapshot.stakes).map(({ id, title, cooperationCanBeLever }) => ({
      id,
      title,
      cooperationCanBeLever,
    })),
    contributions: own(snapshot.contributions).map(({ id, title }) => ({ id, title })),
    territoryActors: own(snapshot.territoryActors).map((territoryActor) => ({
      id: territoryActor.id,
      name: territoryActor.name,
      kind: territoryActor.kind,
      involvement: territoryActor.involvement,
      consultations: territoryActor.consultations.map((consultation) => ({ ...consultation })),
    })),
    partners: snapshot.partnership.parties
      .filter((party) => party.organisationId !== organisationId)
      .map((party) => ({
        partyId: party.organisationId,
        organisationName:
          snapshot.organisations.find((organisation) => organisation.id === party.organisationId)?.name ?? '',
        motivations: snapshot.motivations
          .filter((motivation) => motivation.partyId === party.organisationId && motivation.shared)
          .map((motivation) => toMotivationView(motivation, versions)),
      })),
  };
}

function toMotivationView(motivation: Motivation, versions: PartVersions): MotivationView {
  return {
    id: motivation.id,
    version: versionOfRecord(versions, 'motivations', motivation.id),
    partyId: motivation.partyId,
    category: motivation.category,
    frameOfReference: motivation.frameOfReference,
    text: motivation.text,
    shared: motivation.shared,
    createdAt: motivation.createdAt.toISOString(),
    review: motivation.review ? toReviewView(motivation.review) : null,
    reviewHistory: motivation.reviewHistory.map(toReviewView),
  };
}

function toReviewView(review: ElectedReview): ReviewView {
  return {
    decision: review.decision,
    reviewerName: review.reviewer.name,
    reviewedAt: review.reviewedAt.toISOString(),
    comment: review.comment,
    councilDecisionRef: review.councilDecisionRef,
    councilDecisionOn: review.councilDecisionOn,
  };
}
