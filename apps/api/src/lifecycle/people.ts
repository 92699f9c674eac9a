import { Injectable } from '@nestjs/common';
import { PERSON_ROLES, type PartnershipContext, type PersonRef, type PersonRole } from '@passerelle/domain';
import { In, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { ProblemException } from '../common/problem/problem';
import { UserEntity } from '../users/user.entity';
import type { PersonInputDto } from './dto/person.dto';

/** The acting user as the partnership records see them. */
export function personOf(actor: Actor): PersonRef {
  return {
    personId: actor.userId,
    name: actor.displayName,
    partyId: actor.organisationId,
    role: roleInRelation(actor.role),
  };
}

function roleInRelation(userRole: string): PersonRole {
  if (userRole === 'elected') return 'elected';
  return userRole === 'contributor' ? 'territory_actor' : 'technician';
}

export const isPersonRole = (value: string): value is PersonRole =>
  (PERSON_ROLES as readonly string[]).includes(value);

/**
 * Turns the people a form names (delegation members, participants, follow-up owners) into the domain's
 * `PersonRef`s. A platform user is named by id and must belong to the party given; anyone else (a territory
 * actor, an interpreter) by name, and gets a stable id from the party and the name so that the same person
 * is recognised across visits and exchanges (the "carried by one person" warning needs it). `fieldOf` names
 * the form field of each person (`delegation.2`, `followUps.0.owner`), for the errors.
 */
@Injectable()
export class PeopleResolver {
  async resolve(
    manager: EntityManager,
    snapshot: PartnershipContext,
    people: readonly PersonInputDto[],
    fieldOf: (index: number) => string,
  ): Promise<PersonRef[]> {
    const parties = new Set(snapshot.partnership.parties.map((party) => party.organisationId));
    const userIds = people.flatMap((person) => (person.userId ? [person.userId] : []));
    const users = userIds.length ? await manager.findBy(UserEntity, { id: In(userIds) }) : [];
    return people.map((person, index) => {
      const field = fieldOf(index);
      if (!parties.has(person.partyId)) throw notAParty(field, person.partyId);
      if (!person.userId) return namedPerson(person, field);
      const user = users.find((candidate) => candidate.id === person.userId);
      if (!user || user.organisationId !== person.partyId) throw notAParty(field, person.partyId);
      return {
        personId: user.id,
        name: user.displayName,
        partyId: user.organisationId,
        role: person.role as PersonRole,
      };
    });
  }
}

function namedPerson(person: PersonInputDto, field: string): PersonRef {
  const name = (person.name ?? '').trim().replace(/\s+/g, ' ');
  if (!name) {
    throw new ProblemException('REQUEST.VALIDATION_FAILED', `${field}: give a user id or a name.`, {
      errors: [{ field: `${field}.name`, rule: 'required', message: 'a user id or a name is required' }],
    });
  }
  return {
    personId: `person:${person.partyId}:${name.toLocaleLowerCase('fr')}`,
    name,
    partyId: person.partyId,
    role: person.role as PersonRole,
  };
}

/** Shaped like the domain's refusal of the same code (`details.field`), so that clients read both alike. */
function notAParty(field: string, partyId: string): ProblemException {
  return new ProblemException(
    'VISIT.MEMBER_OTHER_PARTY',
    `${field}: this person does not belong to a party of the partnership.`,
    { details: { field, partyId } },
  );
}
