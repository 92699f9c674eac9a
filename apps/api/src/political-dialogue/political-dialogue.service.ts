import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  FRAMES_OF_REFERENCE,
  missingForConventionApproval,
  type CompatibilityReview,
  type Motivation,
  type PartnershipSnapshot,
  type Priority,
} from '@passerelle/domain';
import type { Actor } from '../auth/actor';
import { ProblemException } from '../common/problem/problem';
import { LifecycleCommands } from '../lifecycle/lifecycle-commands';
import { electedReviewOf } from '../lifecycle/dto/elected-review.dto';
import type {
  CompatibilityReviewView,
  PoliticalDialoguePartyView,
  FramesOfReferenceView,
  PoliticalDialogueView,
  PriorityView,
  ProposePriorityDto,
  RecordCompatibilityReviewDto,
} from './dto/political-dialogue.dto';

/**
 * Step 5, the political dialogue a convention concludes: each side's shared motivations side by side,
 * each side's elected officials judging them compatible, and priorities agreed by every party.
 */
@Injectable()
export class PoliticalDialogueService {
  constructor(private readonly lifecycle: LifecycleCommands) {}

  async view(actor: Actor, partnershipId: string): Promise<PoliticalDialogueView> {
    const { snapshot, versions } = await this.lifecycle.read(actor, partnershipId);
    return toPoliticalDialogueView(snapshot, versions.politicalDialogue);
  }

  /** For the actor's own side: the reviewer is the actor, whom the domain requires to be elected. */
  recordCompatibilityReview(
    actor: Actor,
    partnershipId: string,
    input: RecordCompatibilityReviewDto,
  ): Promise<PoliticalDialogueView> {
    return this.run(
      actor,
      partnershipId,
      () => ({
        type: 'RecordCompatibilityReview',
        partyId: actor.organisationId,
        ...electedReviewOf(actor, input),
      }),
      input.version,
    );
  }

  proposePriority(
    actor: Actor,
    partnershipId: string,
    input: ProposePriorityDto,
  ): Promise<PoliticalDialogueView> {
    return this.run(
      actor,
      partnershipId,
      (snapshot) => ({
        type: 'RecordPriority',
        priorityId: randomUUID(),
        title: input.title.trim(),
        stakeIds: knownStakeIds(snapshot, input.stakeIds),
        agreedBy: [actor.organisationId],
      }),
      input.version,
    );
  }

  agreePriority(
    actor: Actor,
    partnershipId: string,
    priorityId: string,
    version: number,
  ): Promise<PoliticalDialogueView> {
    return this.run(
      actor,
      partnershipId,
      () => ({ type: 'AgreePriority', priorityId, partyId: actor.organisationId }),
      version,
    );
  }

  private async run(
    actor: Actor,
    partnershipId: string,
    build: Parameters<LifecycleCommands['run']>[2],
    expectedVersion: number,
  ): Promise<PoliticalDialogueView> {
    const outcome = await this.lifecycle.run(actor, partnershipId, build, { expectedVersion });
    return toPoliticalDialogueView(outcome.snapshot, outcome.version);
  }
}

/** The stakes a priority answers must be stakes of the partnership's parties (step 1). */
function knownStakeIds(snapshot: PartnershipSnapshot, stakeIds: readonly string[]): string[] {
  const known = new Set(snapshot.stakes.map((stake) => stake.id));
  const errors = stakeIds.flatMap((stakeId, index) =>
    known.has(stakeId)
      ? []
      : [{ field: `stakeIds.${index}`, rule: 'knownStake', message: 'not a stake of this partnership' }],
  );
  if (errors.length > 0) {
    throw new ProblemException('REQUEST.VALIDATION_FAILED', 'Some stakes are not in this partnership.', {
      errors,
    });
  }
  return [...new Set(stakeIds)];
}

/** Another party's internal motivations never leave this function: only shared ones are on the table. */
function toPoliticalDialogueView(snapshot: PartnershipSnapshot, version: number): PoliticalDialogueView {
  const lastSharedAt = latestSharingOf(snapshot.motivations);
  const partyIds = snapshot.partnership.parties.map((party) => party.organisationId);
  return {
    version,
    parties: snapshot.partnership.parties.map((party): PoliticalDialoguePartyView => {
      const shared = snapshot.motivations.filter(
        (motivation) => motivation.partyId === party.organisationId && motivation.shared,
      );
      const latestReview =
        snapshot.politicalDialogue.compatibilityReviews
          .filter((review) => review.partyId === party.organisationId)
          .at(-1) ?? null;
      return {
        partyId: party.organisationId,
        name:
          snapshot.organisations.find((organisation) => organisation.id === party.organisationId)?.name ?? '',
        role: party.role,
        sharedMotivations: shared.map((motivation) => ({
          id: motivation.id,
          category: motivation.category,
          frameOfReference: motivation.frameOfReference,
          text: motivation.text,
          createdAt: motivation.createdAt.toISOString(),
          sharedAt: motivation.sharedAt?.toISOString() ?? null,
        })),
        framesOfReference: countFrames(shared),
        latestCompatibilityReview: latestReview ? toReviewView(latestReview, lastSharedAt) : null,
      };
    }),
    priorities: snapshot.politicalDialogue.priorities.map((priority) => toPriorityView(priority, partyIds)),
    missingForApproval: [...missingForConventionApproval(snapshot)],
  };
}

function latestSharingOf(motivations: readonly Motivation[]): Date | null {
  const times = motivations.flatMap((motivation) =>
    motivation.shared && motivation.sharedAt ? [motivation.sharedAt.getTime()] : [],
  );
  return times.length > 0 ? new Date(Math.max(...times)) : null;
}

function countFrames(motivations: readonly Motivation[]): FramesOfReferenceView {
  const counts = Object.fromEntries(FRAMES_OF_REFERENCE.map((frame) => [frame, 0])) as Record<
    (typeof FRAMES_OF_REFERENCE)[number],
    number
  >;
  for (const motivation of motivations) counts[motivation.frameOfReference] += 1;
  return counts;
}

function toReviewView(entry: CompatibilityReview, lastSharedAt: Date | null): CompatibilityReviewView {
  const { review } = entry;
  return {
    decision: review.decision,
    reviewerName: review.reviewer.name,
    reviewedAt: review.reviewedAt.toISOString(),
    comment: review.comment,
    councilDecisionRef: review.councilDecisionRef,
    councilDecisionOn: review.councilDecisionOn,
    coversLatestSharing: lastSharedAt === null || review.reviewedAt >= lastSharedAt,
  };
}

function toPriorityView(priority: Priority, partyIds: readonly string[]): PriorityView {
  return {
    id: priority.id,
    title: priority.title,
    stakeIds: [...priority.stakeIds],
    agreedBy: [...priority.agreedBy],
    agreedByAll: partyIds.length >= 2 && partyIds.every((partyId) => priority.agreedBy.includes(partyId)),
    agreedAt: priority.agreedAt.toISOString(),
  };
}
