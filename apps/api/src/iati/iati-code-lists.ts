import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Injectable } from '@nestjs/common';
import type { PolicyMarker } from '@passerelle/domain';

type CodeNames = Record<string, { en: string; fr: string }>;

interface CodeListsFile {
  version: string;
  standardVersion: string;
  source: string;
  codelists: Record<string, CodeNames>;
}

interface PolicyMarkersFile {
  version: string;
  markers: Array<{ key: PolicyMarker; iatiCode: string }>;
}

/** The shipped data folder, `apps/api/data`, two levels above this file in `src` and in `dist`. */
const DATA_DIR = join(__dirname, '..', '..', 'data');

function readJson<T>(...path: string[]): T {
  return JSON.parse(readFileSync(join(DATA_DIR, ...path), 'utf8')) as T;
}

/**
 * The IATI 2.03 code lists the activity file uses, read once from the versioned files shipped with the API
 * (`data/iati/iati-codelists.json`, and the policy markers' codes in `data/oda/iati-policy-markers.json`).
 */
@Injectable()
export class IatiCodeLists {
  private readonly file = readJson<CodeListsFile>('iati', 'iati-codelists.json');
  private readonly markers = readJson<PolicyMarkersFile>('oda', 'iati-policy-markers.json');
  private readonly markerCodes = new Map(this.markers.markers.map((marker) => [marker.key, marker.iatiCode]));

  get version(): string {
    return this.file.version;
  }

  get standardVersion(): string {
    return this.file.standardVersion;
  }

  /** Whether `code` is in the shipped list `list` (OrganisationType, TransactionType…). */
  has(list: string, code: string): boolean {
    return this.file.codelists[list]?.[code] !== undefined;
  }

  /** The PolicyMarker code of a marker the product scores. */
  policyMarkerCode(marker: PolicyMarker): string {
    const code = this.markerCodes.get(marker);
    if (code === undefined) throw new Error(`No IATI code shipped for the policy marker ${marker}`);
    return code;
  }
}
