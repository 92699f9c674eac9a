import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { OrganisationContacts, PartnershipSnapshot } from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { CLOCK, type Clock } from '../common/clock/clock';
import { PartnershipRepository } from '../lifecycle/partnership.repository';
import { PartnershipAccess } from '../tenancy/partnership-access';

/** The authority the outputs are about, as its profile states it. */
export interface AuthorityProfile {
  id: string;
  name: string;
  kind: string;
  countryCode: string;
  population: number | null;
  contacts: OrganisationContacts;
}

/** Everything an authority's atlas sheet and handover dossier are built from, read as of `now`. */
export interface AuthorityPartnerships {
  now: Date;
  authority: AuthorityProfile;
  snapshots: PartnershipSnapshot[];
  /** The contacts of the authority and of every partner authority of its partnerships. */
  contactsOf: Record<string, OrganisationContacts>;
}

interface ProfileRow {
  id: string;
  name: string;
  kind: string;
  country_code: string;
  population: number | null;
  international_elected_name: string | null;
  international_elected_title: string | null;
  international_elected_email: string | null;
  international_officer_name: string | null;
  international_officer_title: string | null;
  international_officer_email: string | null;
  international_phone: string | null;
}

/**
 * Reads the partnerships the actor's authority is a party to — never another's: the authority is the
 * actor's own, no identifier is taken from the request — with the profiles of every authority in them.
 */
@Injectable()
export class AuthorityPartnershipsReader {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly repository: PartnershipRepository,
    private readonly access: PartnershipAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async read(actor: Actor): Promise<AuthorityPartnerships> {
    const now = this.clock.now();
    const snapshots = await this.snapshots(actor);
    const organisationIds = new Set([
      actor.organisationId,
      ...snapshots.flatMap((snapshot) => snapshot.organisations.map((organisation) => organisation.id)),
    ]);
    const rows: ProfileRow[] = await this.dataSource.query(
      `SELECT id, name, kind, country_code, population, international_elected_name,
              international_elected_title, international_elected_email, international_officer_name,
              international_officer_title, international_officer_email, international_phone
         FROM organisation WHERE id = ANY($1::uuid[])`,
      [[...organisationIds]],
    );
    const own = rows.find((row) => row.id === actor.organisationId);
    if (!own) throw new RangeError(`Organisation ${actor.organisationId} not found`);
    return {
      now,
      authority: {
        id: own.id,
        name: own.name,
        kind: own.kind,
        countryCode: own.country_code,
        population: own.population,
        contacts: contactsOf(own),
      },
      snapshots,
      contactsOf: Object.fromEntries(rows.map((row) => [row.id, contactsOf(row)])),
    };
  }

  private async snapshots(actor: Actor): Promise<PartnershipSnapshot[]> {
    // Contributors will see the partnerships they are assigned to; until assignments exist, none.
    if (!this.access.canReadPartnerships(actor)) return [];
    const ids: Array<{ partnership_id: string }> = await this.dataSource.query(
      `SELECT party.partnership_id FROM partnership_party party
         JOIN partnership ON partnership.id = party.partnership_id
        WHERE party.organisation_id = $1 ORDER BY partnership.created_at, partnership.id`,
      [actor.organisationId],
    );
    const loaded = await this.repository.loadMany(
      this.dataSource.manager,
      ids.map((row) => row.partnership_id),
    );
    const order = new Map(ids.map((row, index) => [row.partnership_id, index]));
    return loaded
      .map((partnership) => partnership.snapshot)
      .sort((a, b) => (order.get(a.partnership.id) ?? 0) - (order.get(b.partnership.id) ?? 0));
  }
}

function contactsOf(row: ProfileRow): OrganisationContacts {
  return {
    elected: {
      name: row.international_elected_name,
      title: row.international_elected_title,
      email: row.international_elected_email,
    },
    officer: {
      name: row.international_officer_name,
      title: row.international_officer_title,
      email: row.international_officer_email,
    },
    phone: row.international_phone,
  };
}
