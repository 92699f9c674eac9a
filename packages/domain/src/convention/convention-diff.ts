import { type ConventionContent, type ConventionTerms, type ConventionVersion } from './convention';

/** The parts of a convention version compared field by field, in the order a reader meets them. */
export const CONVENTION_DIFF_FIELDS = [
  'text',
  'objectives',
  'priorities',
  'themes',
  'governance',
  'dialogueModalities',
  'fundingCommitments',
  'terminationClause',
  'durationMonths',
  'terminationNoticeDays',
  'tacitRenewal',
] as const;
export type ConventionDiffField = (typeof CONVENTION_DIFF_FIELDS)[number];

export type DiffLineOperation = 'same' | 'added' | 'removed';

export interface DiffLine {
  readonly operation: DiffLineOperation;
  readonly text: string;
}

export interface ConventionFieldChange {
  readonly field: ConventionDiffField;
  /** Texts and lists are compared line by line (a list item is a line). */
  readonly lines: readonly DiffLine[];
}

export interface ConventionDiff {
  readonly fromVersion: number;
  readonly toVersion: number;
  readonly changes: readonly ConventionFieldChange[];
}

/**
 * What changed between two versions of a convention, so that each council approves knowing what it
 * approves. Only changed fields are listed; each as a line diff (longest common subsequence).
 */
export function diffConventionVersions(from: ConventionVersion, to: ConventionVersion): ConventionDiff {
  const before = linesOfVersion(from);
  const after = linesOfVersion(to);
  const changes = CONVENTION_DIFF_FIELDS.flatMap((field): ConventionFieldChange[] => {
    const lines = diffLines(before[field], after[field]);
    return lines.every((line) => line.operation === 'same') ? [] : [{ field, lines }];
  });
  return { fromVersion: from.number, toVersion: to.number, changes };
}

function linesOfVersion(version: ConventionVersion): Record<ConventionDiffField, readonly string[]> {
  const content: ConventionContent = version.content;
  const terms: ConventionTerms = version.terms;
  return {
    text: splitLines(version.text),
    objectives: splitLines(content.objectives),
    priorities: content.priorities,
    themes: content.themes,
    governance: splitLines(content.governance),
    dialogueModalities: splitLines(content.dialogueModalities),
    fundingCommitments: splitLines(content.fundingCommitments),
    terminationClause: splitLines(content.terminationClause),
    durationMonths: [String(terms.durationMonths)],
    terminationNoticeDays: [String(terms.terminationNoticeDays)],
    tacitRenewal: terms.tacitRenewal
      ? [`${terms.tacitRenewal.periodMonths}/${terms.tacitRenewal.objectionNoticeDays}`]
      : [],
  };
}

function splitLines(text: string): readonly string[] {
  return text === '' ? [] : text.split(/\r?\n/);
}

/** A classic LCS line diff: conventions are a few pages, so the quadratic table stays small. */
export function diffLines(before: readonly string[], after: readonly string[]): readonly DiffLine[] {
  const common = commonSuffixLengths(before, after);
  const lines: DiffLine[] = [];
  let i = 0;
  let j = 0;
  while (i < before.length && j < after.length) {
    if (before[i] === after[j]) {
      lines.push({ operation: 'same', text: before[i] as string });
      i += 1;
      j += 1;
    } else if ((common[i + 1]?.[j] ?? 0) >= (common[i]?.[j + 1] ?? 0)) {
      lines.push({ operation: 'removed', text: before[i] as string });
      i += 1;
    } else {
      lines.push({ operation: 'added', text: after[j] as string });
      j += 1;
    }
  }
  for (; i < before.length; i += 1) lines.push({ operation: 'removed', text: before[i] as string });
  for (; j < after.length; j += 1) lines.push({ operation: 'added', text: after[j] as string });
  return lines;
}

/** `table[i][j]` = length of the longest common subsequence of `before[i..]` and `after[j..]`. */
function commonSuffixLengths(before: readonly string[], after: readonly string[]): number[][] {
  const table = Array.from({ length: before.length + 1 }, () => new Array<number>(after.length + 1).fill(0));
  for (let i = before.length - 1; i >= 0; i -= 1) {
    const row = table[i] as number[];
    const next = table[i + 1] as number[];
    for (let j = after.length - 1; j >= 0; j -= 1) {
      row[j] =
        before[i] === after[j]
          ? (next[j + 1] as number) + 1
          : Math.max(next[j] as number, row[j + 1] as number);
    }
  }
  return table;
}
