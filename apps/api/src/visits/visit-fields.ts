import type { PartnershipSnapshot, TravelAdvisory, TravelAdvisoryLevel } from '@passerelle/domain';
import type { EntityManager } from 'typeorm';
import type { PeopleResolver } from '../lifecycle/people';
import type { PlanVisitDto, ReplanVisitDto, TravelAdvisoryDto } from './dto/visit.dto';

/**
 * What planning and re-planning a visit both send, as the domain takes it: the people of each side resolved
 * against the partnership (field errors name the line), the texts trimmed.
 */
export async function visitPlanFields(
  people: PeopleResolver,
  manager: EntityManager,
  snapshot: PartnershipSnapshot,
  input: PlanVisitDto | ReplanVisitDto,
) {
  return {
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    purpose: input.purpose.trim(),
    agenda: nonEmptyLines(input.agenda),
    delegation: await people.resolve(manager, snapshot, input.delegation, (index) => `delegation.${index}`),
    hosts: await people.resolve(manager, snapshot, input.hosts, (index) => `hosts.${index}`),
    travelAdvisory: toAdvisory(input.travelAdvisory),
  };
}

function toAdvisory(input: TravelAdvisoryDto | null | undefined): TravelAdvisory | null {
  if (!input) return null;
  return {
    level: input.level as TravelAdvisoryLevel,
    source: input.source.trim(),
    checkedOn: input.checkedOn,
  };
}

/** The lines a user wrote, without the empty ones. */
export function nonEmptyLines(lines: readonly string[]): string[] {
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}
