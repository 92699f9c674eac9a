import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assessPartnership,
  handoverPartnership,
  type HandoverApplicationSource,
  type HandoverPartnership,
  type InterfaceLanguage,
} from '@passerelle/domain';
import { DataSource } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AuthorityPartnershipsReader, type AuthorityPartnerships } from './authority-partnerships.reader';
import type { HandoverDossierView } from './dto/handover-dossier.dto';
import { renderHandoverDossierPdf } from './handover-dossier-pdf';
import { loadPartnershipApplications } from './partnership-applications.query';

/** The partnerships as read, with the applications of their actions to funders. */
interface DossierSources {
  read: AuthorityPartnerships;
  applications: Map<string, HandoverApplicationSource[]>;
}

/**
 * The handover dossier: for a new team after an election, or a new officer, everything to know about each of
 * the authority's partnerships, as the authority may see it, assessed as of today.
 */
@Injectable()
export class HandoverDossierService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: AuthorityPartnershipsReader,
  ) {}

  async view(actor: Actor): Promise<HandoverDossierView> {
    const sources = await this.sources(actor);
    const { read } = sources;
    const { authority } = read;
    return {
      authority: {
        name: authority.name,
        kind: authority.kind,
        countryCode: authority.countryCode,
        population: authority.population,
        contacts: {
          elected: { ...authority.contacts.elected },
          officer: { ...authority.contacts.officer },
          phone: authority.contacts.phone,
        },
      },
      asOf: read.now.toISOString().slice(0, 10),
      // The domain's readonly arrays, copied into the response's mutable ones by a JSON round trip.
      partnerships: JSON.parse(
        JSON.stringify(entries(sources, actor)),
      ) as HandoverDossierView['partnerships'],
    };
  }

  async pdf(actor: Actor, language: InterfaceLanguage): Promise<Buffer> {
    const sources = await this.sources(actor);
    return renderHandoverDossierPdf({
      authority: sources.read.authority,
      partnerships: entries(sources, actor),
      language,
      now: sources.read.now,
    });
  }

  private async sources(actor: Actor): Promise<DossierSources> {
    const read = await this.reader.read(actor);
    const applications = await loadPartnershipApplications(
      this.dataSource.manager,
      read.snapshots.map((snapshot) => snapshot.partnership.id),
    );
    return { read, applications };
  }
}

function entries({ read, applications }: DossierSources, actor: Actor): HandoverPartnership[] {
  return read.snapshots.map((snapshot) =>
    handoverPartnership(
      snapshot,
      assessPartnership(snapshot, read.now),
      actor.organisationId,
      read.contactsOf,
      applications.get(snapshot.partnership.id) ?? [],
    ),
  );
}
