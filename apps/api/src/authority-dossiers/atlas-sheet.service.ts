import { Injectable } from '@nestjs/common';
import { atlasProjectSheets, missingContactFields, type InterfaceLanguage } from '@passerelle/domain';
import { documentLanguageOf, type Actor } from '../auth/actor';
import {
  spreadsheetFile,
  spreadsheetWorkbookFile,
  type SpreadsheetFile,
} from '../common/spreadsheet/spreadsheet-file';
import { type SpreadsheetFormat } from '../common/spreadsheet/spreadsheet-table';
import { atlasContactsTable, atlasProjectsTable } from './atlas-sheet-tables';
import { AuthorityPartnershipsReader } from './authority-partnerships.reader';
import type { AtlasSheetView } from './dto/atlas-sheet.dto';

/** The authority's entry in the national atlas of decentralised cooperation: contacts and project sheets. */
@Injectable()
export class AtlasSheetService {
  constructor(private readonly reader: AuthorityPartnershipsReader) {}

  async view(actor: Actor): Promise<AtlasSheetView> {
    const { authority, snapshots } = await this.reader.read(actor);
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
      missingContacts: [...missingContactFields(authority.contacts)],
      projects: snapshots
        .flatMap((snapshot) => atlasProjectSheets(snapshot, actor.organisationId))
        .map((project) => ({
          ...project,
          themes: [...project.themes],
          sdgs: [...project.sdgs],
          actions: project.actions.map((action) => ({ ...action })),
          territoryActors: [...project.territoryActors],
        })),
    };
  }

  /** XLSX: both sheets; CSV: the part asked for (one table a file), the project sheets by default. */
  async export(
    actor: Actor,
    format: SpreadsheetFormat,
    part: 'projects' | 'contacts',
    language: string | undefined,
  ): Promise<SpreadsheetFile> {
    const { authority, snapshots } = await this.reader.read(actor);
    const lang = documentLanguageOf(actor, language);
    const contacts = atlasContactsTable(authority, lang);
    const projects = atlasProjectsTable(
      snapshots.flatMap((snapshot) => atlasProjectSheets(snapshot, actor.organisationId)),
      lang,
    );
    const names = FILE_NAMES[lang];
    if (format === 'xlsx') return spreadsheetWorkbookFile([contacts, projects], lang, names.base);
    return spreadsheetFile(
      part === 'contacts' ? contacts : projects,
      format,
      lang,
      `${names.base}-${names[part]}`,
    );
  }
}

/**
 * The files' names in the reader's language, ASCII only so that every browser and mail client keeps them; in
 * Latin letters for Arabic, since some mail gateways and file systems mangle Arabic names.
 */
const FILE_NAMES: Record<InterfaceLanguage, { base: string; contacts: string; projects: string }> = {
  fr: { base: 'atlas-cooperation-decentralisee', contacts: 'contacts', projects: 'projets' },
  en: { base: 'decentralised-cooperation-atlas', contacts: 'contacts', projects: 'projects' },
  de: { base: 'atlas-dezentrale-zusammenarbeit', contacts: 'kontakte', projects: 'projektblaetter' },
  es: { base: 'atlas-cooperacion-descentralizada', contacts: 'contactos', projects: 'proyectos' },
  pt: { base: 'atlas-cooperacao-descentralizada', contacts: 'contactos', projects: 'projetos' },
  ar: { base: 'decentralised-cooperation-atlas', contacts: 'contacts', projects: 'projects' },
};
