import { Injectable } from '@nestjs/common';
import { isUuid } from '../common/validation/uuid';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import type { Actor } from '../auth/actor';
import { ProblemException } from '../common/problem/problem';
import { PartnershipPartyEntity, type PartyRole } from '../partnership-records/partnership-party.entity';
import { PartnershipEntity } from '../partnership-records/partnership.entity';
import { roleCan } from '../users/user-role';

/**
 * The one place that decides who sees a partnership. An organisation sees the partnerships it is party
 * to; anyone else gets 404 — never 403, which would confirm that the partnership exists. Every
 * partnership-scoped query goes through here.
 */
@Injectable()
export class PartnershipAccess {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** The actor's party role in the partnership, or a 404 problem if the actor may not see it. */
  async requireVisible(
    actor: Actor,
    partnershipId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PartyRole> {
    const party = this.mayLookUp(actor, partnershipId)
      ? await manager.findOneBy(PartnershipPartyEntity, {
          partnershipId,
          organisationId: actor.organisationId,
        })
      : null;
    if (!party) throw notFound(partnershipId);
    return party.role;
  }

  /**
   * Whether looking the partnership up for the actor can find anything: a well-formed id and a role that
   * reads partnerships. Statements that check the party themselves ask this first.
   */
  mayLookUp(actor: Actor, partnershipId: string): boolean {
    return isUuid(partnershipId) && this.canReadPartnerships(actor);
  }

  /** Partnerships the actor may see, as a query to refine (filters, sorting, pagination). */
  visiblePartnerships(
    actor: Actor,
    manager: EntityManager = this.dataSource.manager,
  ): SelectQueryBuilder<PartnershipEntity> {
    const builder = manager
      .getRepository(PartnershipEntity)
      .createQueryBuilder('partnership')
      .innerJoin(
        PartnershipPartyEntity,
        'own_party',
        'own_party.partnership_id = partnership.id AND own_party.organisation_id = :organisationId',
        { organisationId: actor.organisationId },
      );
    // Contributors will see the partnerships they are assigned to; until assignments exist, none.
    if (!this.canReadPartnerships(actor)) builder.andWhere('false');
    return builder;
  }

  /**
   * Whether the actor's role reads partnerships at all. A query that checks tenancy itself (joining the
   * actor's party, for one round trip) asks this first and answers `partnershipNotFound` when it finds none.
   */
  canReadPartnerships(actor: Actor): boolean {
    return roleCan(actor.role, 'partnership.read');
  }
}

export function partnershipNotFound(partnershipId: string): ProblemException {
  return notFound(partnershipId);
}

function notFound(partnershipId: string): ProblemException {
  return new ProblemException('RESOURCE.NOT_FOUND', `No partnership ${partnershipId}.`);
}
