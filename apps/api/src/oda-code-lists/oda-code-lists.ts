import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import type { InterfaceLanguage } from '@passerelle/domain';

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
/** Which of the DAC's two official languages each reader gets its sector names in (see `sectorName`). */
const DAC_NAME_LANGUAGE: Readonly<Record<InterfaceLanguage, 'fr' | 'en'>> = {
  fr: 'fr',
  en: 'en',
  de: 'en',
  es: 'en',
  pt: 'en',
  ar: 'fr',
};

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

  /**
   * The OECD publishes the DAC purpose codes in its two official languages only, so each reader gets the one
   * they read best: French for French readers and for Arabic ones (the Maghreb's administrations work in
   * French beside Arabic), English, the OECD's working language, for the others.
   */
  sectorName(code: string, language: InterfaceLanguage): string {
    return this.sectorsByCode.get(code)?.name[DAC_NAME_LANGUAGE[language]] ?? code;
  }

  /** The DAC list of ODA recipients in force for a year's flows, or null when none is shipped for it. */
  odaRecipients(year: number): ReadonlySet<string> | null {
    const list = this.recipientsFile.lists.find((candidate) => candidate.effectiveFor.includes(year));
    return list ? new Set(Object.values(list.groups).flat()) : null;
  }
}
