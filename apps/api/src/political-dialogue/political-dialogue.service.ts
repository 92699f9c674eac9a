import { Injectable } from '@nestjs/common';
import {
  FRAMES_OF_REFERENCE,
  missingForConventionApproval,
  missingForConventionApprovalByParty,
  type CompatibilityReview,
  type Motivation,
  type PartnershipSnapshot,
  type Priority,
} from '@passerelle/domain';
import type { Actor } from '../auth/actor';
import { LifecycleCommands } from '../lifecycle/lifecycle-commands';
import type { CommandOutcome } from '../lifecycle/partnership.repository';
import type {
  CompatibilityReviewView,
  PoliticalDialoguePartyView,
  FramesOfReferenceView,
  PoliticalDialogueView,
  PriorityView,
} from './dto/political-dialogue.dto';

/**
 * Step 5, the political dialogue a convention concludes, as its page reads it: each side's shared
 * motivations side by side, each side's elected officials judging them compatible, and priorities agreed by
 * every party (each write a use case of its own, `use-cases/`).
 */
@Injectable()
export class PoliticalDialogueService {
  constructor(private readonly lifecycle: LifecycleCommands) {}

  async view(actor: Actor, partnershipId: string): Promise<PoliticalDialogueView> {
    const { snapshot, versions } = await this.lifecycle.read(actor, partnershipId);
    return toPoliticalDialogueView(snapshot, versions.politicalDialogue);
  }

  /** The political dialogue as a write left it: the view its handler answers with. */
  viewAfter(outcome: CommandOutcome): PoliticalDialogueView {
    return toPoliticalDialogueView(outcome.snapshot, outcome.version);
  }
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
    awaitedForApproval: missingForConventionApprovalByParty(snapshot).map((missing) => ({
      criterion: missing.criterion,
      awaitedParties: [...missing.awaitedParties],
    })),
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
