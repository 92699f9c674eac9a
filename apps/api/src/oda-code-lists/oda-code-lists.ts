import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import { dacName, type InterfaceLanguage } from '@passerelle/domain';

/** A DAC purpose code with its names, as `data/oda/dac-sectors.json` ships it. */
export interface DacSector {
  code: string;
  category: string;
  name: { en: string; fr: string };
}

/** A DAC 3-digit sector category (I.1.a Education, level unspecified…), the group of the purpose codes. */
export interface DacSectorCategory {
  code: string;
  name: { en: string; fr: string };
}

interface SectorsFile {
  version: string;
  source: string;
  categories: DacSectorCategory[];
  codes: DacSector[];
}

interface RecipientsFile {
  version: string;
  source: string;
  lists: Array<{ effectiveFor: number[]; groups: Record<string, string[]> }>;
}

/** The shipped code lists' folder: `apps/api/data/oda`, two levels above this file in `src` and in `dist`. */
const DATA_DIR = join(__dirname, '..', '..', 'data', 'oda');

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as T;
}

/**
 * The code lists the official outputs rely on, read once at boot from the versioned files shipped with the
 * API (docs/oda-declaration.md; `pnpm --filter @passerelle/api oda:code-lists` refreshes them).
 */
@Injectable()
export class OdaCodeLists {
  private readonly sectorsFile = readJson<SectorsFile>('dac-sectors.json');
  private readonly recipientsFile = readJson<RecipientsFile>('dac-oda-recipients.json');
  readonly sectorCodes: ReadonlySet<string> = new Set(this.sectorsFile.codes.map((sector) => sector.code));
  private readonly sectorsByCode = new Map(this.sectorsFile.codes.map((sector) => [sector.code, sector]));

  get sectors(): readonly DacSector[] {
    return this.sectorsFile.codes;
  }

  get sectorCategories(): readonly DacSectorCategory[] {
    return this.sectorsFile.categories;
  }

  get versions(): { sectors: string; recipients: string } {
    return { sectors: this.sectorsFile.version, recipients: this.recipientsFile.version };
  }

  /** A purpose code's name in the one of the DAC's two languages a reader of `language` gets (`dacName`). */
  sectorName(code: string, language: InterfaceLanguage): string {
    const sector = this.sectorsByCode.get(code);
    return sector ? dacName(sector.name, language) : code;
  }

  /** The DAC list of ODA recipients in force for a year's flows, or null when none is shipped for it. */
  odaRecipients(year: number): ReadonlySet<string> | null {
    const list = this.recipientsFile.lists.find((candidate) => candidate.effectiveFor.includes(year));
    return list ? new Set(Object.values(list.groups).flat()) : null;
  }
}
