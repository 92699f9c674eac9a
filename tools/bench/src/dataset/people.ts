import type { PersonRef, TerritoryActorKind } from '@passerelle/domain';
import { SeededRandom } from '../random/seeded-random';
import type { GeneratedOrganisation } from './organisations';
import { FRANCE } from './country-catalogue';
import { personName } from './place-names';
import { stageRank, type PartnershipPlan } from './partnership-plans';

export type UserRole = 'admin' | 'officer' | 'elected' | 'contributor' | 'viewer';

export interface GeneratedUser {
  readonly id: string;
  readonly organisationId: string;
  readonly email: string;
  readonly displayName: string;
  readonly role: UserRole;
  readonly preferredLanguage: 'fr' | 'en';
  readonly createdAt: Date;
}

/**
 * Accounts follow activity: every initiating authority has an officer (who created its partnerships), busier
 * ones add an elected official, an administrator, contributors and viewers; some partner authorities abroad
 * have their own officer and elected official on the partner portal. Then the biggest portfolios get more
 * colleagues until the target count is reached.
 */
export function generateUsers(
  organisations: readonly GeneratedOrganisation[],
  plans: readonly PartnershipPlan[],
  minimum: number,
  random: SeededRandom,
): GeneratedUser[] {
  const initiated = new Map<string, number>();
  const partnerActive = new Set<string>();
  for (const plan of plans) {
    initiated.set(plan.initiator.id, (initiated.get(plan.initiator.id) ?? 0) + 1);
    if (stageRank(plan.stage) >= stageRank('initiation'))
      for (const partner of plan.partners) partnerActive.add(partner.id);
  }
  const users: GeneratedUser[] = [];
  const add = (organisation: GeneratedOrganisation, role: UserRole) => {
    const ordinal = users.length;
    users.push({
      id: random.uuid(),
      organisationId: organisation.id,
      email: `${role}.${ordinal}@org-${organisation.index}.bench.test`,
      displayName: personName(organisation.country.naming, random),
      role,
      preferredLanguage: organisation.country.languages.includes('fr') ? 'fr' : 'en',
      createdAt: new Date(organisation.createdAt.getTime() + random.int(0, 200) * 86_400_000),
    });
  };
  for (const organisation of organisations) {
    const portfolio = initiated.get(organisation.id) ?? 0;
    if (portfolio > 0) {
      add(organisation, 'officer');
      if (portfolio >= 3) add(organisation, 'elected');
      if (portfolio >= 6) {
        add(organisation, 'admin');
        add(organisation, 'contributor');
      }
      if (portfolio >= 15) {
        add(organisation, 'viewer');
        add(organisation, 'officer');
        add(organisation, 'elected');
      }
    } else if (organisation.country === FRANCE) {
      if (random.chance(0.3)) add(organisation, 'admin');
    } else if (partnerActive.has(organisation.id) && random.chance(0.1)) {
      add(organisation, 'officer');
      add(organisation, 'elected');
    }
  }
  const busiest = organisations
    .filter((organisation) => (initiated.get(organisation.id) ?? 0) > 0)
    .sort((a, b) => (initiated.get(b.id) ?? 0) - (initiated.get(a.id) ?? 0));
  const extraRoles: readonly UserRole[] = ['contributor', 'officer', 'viewer', 'elected'];
  for (let i = 0; users.length < minimum && busiest.length > 0; i += 1) {
    add(
      busiest[i % Math.min(busiest.length, 500)] as GeneratedOrganisation,
      extraRoles[i % extraRoles.length] as UserRole,
    );
  }
  return users;
}

export interface Staff {
  readonly elected: readonly PersonRef[];
  readonly technicians: readonly PersonRef[];
  readonly actors: readonly PersonRef[];
  /** Who writes the records: the officer's account when there is one. */
  readonly author: PersonRef;
}

/**
 * The people who carry an authority's partnerships, as the lifecycle records name them: its accounts
 * (elected officials, officers) first, then people without an account (deputies, technicians, the
 * territory's associations), made up once per authority so that every partnership names the same ones.
 */
export class StaffDirectory {
  private readonly byOrganisation = new Map<string, Staff>();
  private readonly usersByOrganisation = new Map<string, GeneratedUser[]>();

  constructor(
    users: readonly GeneratedUser[],
    private readonly seed: string,
  ) {
    for (const user of users) {
      const list = this.usersByOrganisation.get(user.organisationId) ?? [];
      list.push(user);
      this.usersByOrganisation.set(user.organisationId, list);
    }
  }

  usersOf(organisationId: string): readonly GeneratedUser[] {
    return this.usersByOrganisation.get(organisationId) ?? [];
  }

  /** The account that acts for the authority in the audit trail (its officer, else any), if it has one. */
  actingUserOf(organisationId: string): GeneratedUser | undefined {
    const users = this.usersOf(organisationId);
    return users.find((user) => user.role === 'officer') ?? users[0];
  }

  of(organisation: GeneratedOrganisation): Staff {
    const known = this.byOrganisation.get(organisation.id);
    if (known) return known;
    const random = new SeededRandom(`${this.seed}:staff:${organisation.id}`);
    const users = this.usersOf(organisation.id);
    const fromUser = (user: GeneratedUser, role: PersonRef['role']): PersonRef => ({
      personId: user.id,
      name: user.displayName,
      partyId: organisation.id,
      role,
    });
    const madeUp = (role: PersonRef['role'], ordinal: number, name: string): PersonRef => ({
      personId: `person:${organisation.id}:${role}:${ordinal}`,
      name,
      partyId: organisation.id,
      role,
    });
    const elected = users.filter((user) => user.role === 'elected').map((user) => fromUser(user, 'elected'));
    while (elected.length < 2)
      elected.push(madeUp('elected', elected.length, personName(organisation.country.naming, random)));
    const technicians = users
      .filter((user) => user.role === 'officer' || user.role === 'contributor')
      .map((user) => fromUser(user, 'technician'));
    while (technicians.length < 2)
      technicians.push(
        madeUp('technician', technicians.length, personName(organisation.country.naming, random)),
      );
    const actors = [0, 1].map((ordinal) =>
      madeUp('territory_actor', ordinal, personName(organisation.country.naming, random)),
    );
    const staff: Staff = { elected, technicians, actors, author: technicians[0] as PersonRef };
    this.byOrganisation.set(organisation.id, staff);
    return staff;
  }
}

export interface TerritoryActorRow {
  readonly id: string;
  readonly organisationId: string;
  readonly name: string;
  readonly kind: TerritoryActorKind;
  readonly createdAt: Date;
}

const ACTOR_TEMPLATES: ReadonlyArray<
  readonly [TerritoryActorKind, (place: string, family: string) => string]
> = [
  ['association', (place) => `Comité de jumelage de ${place}`],
  ['association', (place, family) => `Association ${family} Solidarité ${place}`],
  ['school', (_place, family) => `Lycée ${family}`],
  ['university', (place) => `Université de ${place}`],
  ['hospital', (place) => `Centre hospitalier de ${place}`],
  ['diaspora_group', (place) => `Association des ressortissants à ${place}`],
  ['company', (place) => `Régie des eaux de ${place}`],
  ['ngo', (_place, family) => `ONG ${family} Développement`],
  ['religious_body', (place) => `Paroisse de ${place}`],
];

/**
 * Each authority's directory of territory actors (`territory_actor`): partnerships of the same authority
 * involve the same associations and schools, found by name like the demo loader does.
 */
export class TerritoryActorDirectory {
  private readonly byOrganisation = new Map<string, TerritoryActorRow[]>();
  /** Rows created since the last `drainNewRows`, to be copied into the table. */
  private pending: TerritoryActorRow[] = [];

  /** An actor of the authority: one of its known ones most of the time, else a new one. */
  actorFor(organisation: GeneratedOrganisation, random: SeededRandom, at: Date): TerritoryActorRow {
    const known = this.byOrganisation.get(organisation.id) ?? [];
    if (known.length >= 2 && random.chance(0.6)) return random.pick(known);
    const [kind, template] = random.pick(ACTOR_TEMPLATES);
    const name = template(
      organisation.place,
      personName(organisation.country.naming, random).split(' ')[1] ?? 'Durand',
    );
    const existing = known.find(
      (actor) => actor.name.toLocaleLowerCase('fr') === name.toLocaleLowerCase('fr'),
    );
    if (existing) return existing;
    const row: TerritoryActorRow = {
      id: random.uuid(),
      organisationId: organisation.id,
      name,
      kind,
      createdAt: at,
    };
    known.push(row);
    this.byOrganisation.set(organisation.id, known);
    this.pending.push(row);
    return row;
  }

  drainNewRows(): TerritoryActorRow[] {
    const rows = this.pending;
    this.pending = [];
    return rows;
  }
}
