import { Injectable } from '@nestjs/common';
import {
  assessPartnership,
  handoverPartnership,
  type HandoverPartnership,
  type InterfaceLanguage,
} from '@passerelle/domain';
import type { Actor } from '../auth/actor';
import { AuthorityPartnershipsReader, type AuthorityPartnerships } from './authority-partnerships.reader';
import type { HandoverDossierView } from './dto/handover-dossier.dto';
import { renderHandoverDossierPdf } from './handover-dossier-pdf';

/**
 * The handover dossier: for a new team after an election, or a new officer, everything to know about each of
 * the authority's partnerships, as the authority may see it, assessed as of today.
 */
@Injectable()
export class HandoverDossierService {
  constructor(private readonly reader: AuthorityPartnershipsReader) {}

  async view(actor: Actor): Promise<HandoverDossierView> {
    const read = await this.reader.read(actor);
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
      partnerships: JSON.parse(JSON.stringify(entries(read, actor))) as HandoverDossierView['partnerships'],
    };
  }

  async pdf(actor: Actor, language: InterfaceLanguage): Promise<Buffer> {
    const read = await this.reader.read(actor);
    return renderHandoverDossierPdf({
      authority: read.authority,
      partnerships: entries(read, actor),
      language,
      now: read.now,
    });
  }
}

function entries(read: AuthorityPartnerships, actor: Actor): HandoverPartnership[] {
  return read.snapshots.map((snapshot) =>
    handoverPartnership(
      snapshot,
      assessPartnership(snapshot, read.now),
      actor.organisationId,
      read.contactsOf,
    ),
  );
}
