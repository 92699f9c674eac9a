import type {
  Convention,
  ConventionCommand,
  ConventionParty,
  ConventionStep,
  ConventionTerms,
  ConventionVersion,
} from '../api/get-convention';

/** The name of a party of the partnership, or its id when the view does not list it. */
export function partyNameOf(parties: readonly ConventionParty[], partyId: string): string {
  return parties.find((party) => party.partyId === partyId)?.name ?? partyId;
}

/** Whether the convention's state and the partnership's status allow `command`, as the API tells. */
export function isAvailable(step: ConventionStep, command: ConventionCommand): boolean {
  return step.availableCommands.includes(command);
}

/** The current version: the last of the list (the API sends them oldest first). */
export function currentVersionOf(convention: Convention): ConventionVersion | undefined {
  return convention.versions.at(-1);
}

/** The terms that bind the parties: the signed version's once signed, else the current draft's. */
export function termsInForce(convention: Convention): ConventionTerms | undefined {
  const signed = convention.signature?.version;
  const version = convention.versions.find((candidate) => candidate.number === signed);
  return (version ?? currentVersionOf(convention))?.terms;
}

/** The lines of a text area, trimmed, without the empty ones (priorities: one per line). */
export function linesOf(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}
