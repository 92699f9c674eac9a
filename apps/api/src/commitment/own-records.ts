import type { Motivation, PartnershipSnapshot, TerritoryActor } from '@passerelle/domain';
import type { Actor } from '../auth/actor';
import { ProblemException } from '../common/problem/problem';

// A party acts on its own commitment file only: the records of another party are not found, or, once shared,
// readable but not to be acted on.

/**
 * The motivation, if it is the actor's party's. Another party's motivation is "not found" unless it was
 * shared, in which case the actor may read it but not act on it.
 */
export function ownMotivation(snapshot: PartnershipSnapshot, motivationId: string, actor: Actor): Motivation {
  const motivation = snapshot.motivations.find((candidate) => candidate.id === motivationId);
  if (motivation && motivation.partyId === actor.organisationId) return motivation;
  if (motivation?.shared)
    throw new ProblemException(
      'AUTH.FORBIDDEN',
      'Only the party that holds a motivation can change or review it.',
    );
  throw new ProblemException('RESOURCE.NOT_FOUND', `No motivation ${motivationId} in your commitment file.`);
}

/** The territory actor, if the actor's party associated it; not found otherwise. */
export function ownTerritoryActor(
  snapshot: PartnershipSnapshot,
  actorId: string,
  actor: Actor,
): TerritoryActor {
  const territoryActor = snapshot.territoryActors.find((candidate) => candidate.id === actorId);
  if (!territoryActor || territoryActor.partyId !== actor.organisationId) {
    throw new ProblemException(
      'RESOURCE.NOT_FOUND',
      `No territory actor ${actorId} in your commitment file.`,
    );
  }
  return territoryActor;
}
