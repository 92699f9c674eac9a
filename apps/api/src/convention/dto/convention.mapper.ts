import { tacitRenewalObjectionDeadline, type Convention } from '@passerelle/domain';
import type { StoredFileView } from '../../files/dto/stored-file.dto';
import { toSuspensionView, toTerminationView } from '../../partnership-status/dto/partnership-status.mapper';
import type { ConventionView } from './convention.dto';

/** A convention as clients see it; attached files by their description (null if the file is gone). */
export function toConventionView(
  convention: Convention,
  files: ReadonlyMap<string, StoredFileView>,
): ConventionView {
  const file = (id: string | null) => (id ? (files.get(id) ?? null) : null);
  return {
    id: convention.id,
    state: convention.state,
    versions: convention.versions.map((version) => ({
      number: version.number,
      text: version.text,
      content: {
        ...version.content,
        priorities: [...version.content.priorities],
        themes: [...version.content.themes],
      },
      terms: {
        durationMonths: version.terms.durationMonths,
        tacitRenewal: version.terms.tacitRenewal ? { ...version.terms.tacitRenewal } : null,
        terminationNoticeDays: version.terms.terminationNoticeDays,
      },
      createdAt: version.createdAt.toISOString(),
    })),
    approvals: convention.approvals.map((approval) => ({
      partyId: approval.partyId,
      version: approval.version,
      councilDecisionRef: approval.councilDecisionRef,
      decidedOn: approval.decidedOn,
      decisionFile: file(approval.decisionFileId),
    })),
    signature: convention.signature
      ? {
          version: convention.signature.version,
          signedOn: convention.signature.signedOn,
          signatories: convention.signature.signatories.map((signatory) => ({ ...signatory })),
          signedFile: file(convention.signature.signedFileId),
        }
      : null,
    effectiveOn: convention.effectiveOn,
    expiresOn: convention.expiresOn,
    renewalObjections: convention.renewalObjections.map((objection) => ({ ...objection })),
    renewals: convention.renewals.map((renewal) => ({ ...renewal })),
    suspension: toSuspensionView(convention.suspension),
    termination: toTerminationView(convention.termination),
    tacitRenewalObjectionDeadline: tacitRenewalObjectionDeadline(convention),
  };
}
