import type {
  ActionTheme,
  ConventionContent,
  ConventionTerms,
  PartnershipSnapshot,
} from '@passerelle/domain';
import { ProblemException } from '../common/problem/problem';
import type { ConventionTextDto, SignatoryDto } from './dto/convention.dto';

// What the convention's writes send, as the domain takes it.

/** Signed conventions are kept as PDFs; a council decision may also be a scan (an image). */
export const SIGNED_CONVENTION_MEDIA_TYPES = ['application/pdf'];

/** A version's text, clauses and terms, trimmed (empty lines of the priorities dropped). */
export function textOf(input: ConventionTextDto): {
  text: string;
  content: ConventionContent;
  terms: ConventionTerms;
} {
  const { content, terms } = input;
  return {
    text: input.text.trim(),
    content: {
      objectives: content.objectives.trim(),
      priorities: nonEmptyLines(content.priorities),
      themes: [...new Set(content.themes.map((theme) => theme.trim()))] as ActionTheme[],
      governance: content.governance.trim(),
      dialogueModalities: content.dialogueModalities.trim(),
      fundingCommitments: content.fundingCommitments.trim(),
      terminationClause: content.terminationClause.trim(),
    },
    terms: {
      durationMonths: terms.durationMonths,
      tacitRenewal: terms.tacitRenewal
        ? {
            periodMonths: terms.tacitRenewal.periodMonths,
            objectionNoticeDays: terms.tacitRenewal.objectionNoticeDays,
          }
        : null,
      terminationNoticeDays: terms.terminationNoticeDays,
    },
  };
}

function nonEmptyLines(lines: readonly string[]): string[] {
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}

/** Signatories sign for a party of the partnership; the domain then checks that every party has one. */
export function signatoriesOf(snapshot: PartnershipSnapshot, signatories: readonly SignatoryDto[]) {
  const parties = new Set(snapshot.partnership.parties.map((party) => party.organisationId));
  const stranger = signatories.findIndex((signatory) => !parties.has(signatory.partyId));
  if (stranger !== -1) {
    throw new ProblemException(
      'PARTNERSHIP.UNKNOWN_PARTY',
      `signatories.${stranger}: this organisation is not a party to the partnership.`,
      { field: `signatories.${stranger}.partyId`, partyId: signatories[stranger]?.partyId },
    );
  }
  return signatories.map((signatory) => ({
    partyId: signatory.partyId,
    name: signatory.name.trim(),
    title: signatory.title.trim(),
  }));
}
