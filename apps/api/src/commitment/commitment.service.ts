import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ElectedReview, Motivation, PartnershipSnapshot } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { LifecycleCommands } from '../lifecycle/lifecycle-commands';
import { PartnershipRepository, type CommandOutcome } from '../lifecycle/partnership.repository';
import { PartnershipAccess } from '../tenancy/partnership-access';
import { versionOfRecord, type PartVersions } from '../lifecycle/part-versions';
import type {
  CommitmentView,
  MotivationReviewQueueView,
  MotivationView,
  ReviewView,
} from './dto/commitment.dto';

/**
 * Step 1, building the commitment, as its pages read it: each party's motivations, stakes, contributions and
 * territory actors, internal to that party until it shares a motivation, reviewed by its elected officials
 * (each write a use case of its own, `use-cases/`).
 */
@Injectable()
export class CommitmentService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: LifecycleCommands,
    private readonly repository: PartnershipRepository,
    private readonly access: PartnershipAccess,
  ) {}

  async view(actor: Actor, partnershipId: string): Promise<CommitmentView> {
    const { snapshot, versions } = await this.lifecycle.read(actor, partnershipId);
    return toCommitmentView(snapshot, versions, actor.organisationId);
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

  /** The actor's commitment file as a write left it: the view its handler answers with. */
  viewAfter(outcome: CommandOutcome, actor: Actor): CommitmentView {
    return toCommitmentView(outcome.snapshot, outcome.versions, actor.organisationId);
  }
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
