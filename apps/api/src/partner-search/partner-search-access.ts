import { initiatorId, type Candidate, type PartnershipSnapshot } from '@passerelle/domain';
import type { Actor } from '../auth/actor';
import { ProblemException } from '../common/problem/problem';

// The partner search is the initiator's own work: other parties do not see it (404).

/** Refuses, as not found, a partner search the actor's party does not run. */
export function assertInitiator(snapshot: PartnershipSnapshot, actor: Actor, partnershipId: string): void {
  if (initiatorId(snapshot) !== actor.organisationId) {
    throw new ProblemException(
      'RESOURCE.NOT_FOUND',
      `No partner search of yours in partnership ${partnershipId}.`,
    );
  }
}

/** The candidate of the pipeline, or not found. */
export function findCandidate(snapshot: PartnershipSnapshot, candidateId: string): Candidate {
  const candidate = snapshot.candidates.find((entry) => entry.id === candidateId);
  if (!candidate) throw new ProblemException('RESOURCE.NOT_FOUND', `No candidate ${candidateId}.`);
  return candidate;
}
