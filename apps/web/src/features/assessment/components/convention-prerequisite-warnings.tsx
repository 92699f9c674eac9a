import { useAssessment } from '../api/get-assessment';
import { WarningList } from './partnership-stepper';

/** The convention's prerequisites (seed 004 §4): explained warnings, never refusals (docs/domain.md). */
const PREREQUISITE_WARNINGS: readonly string[] = [
  'CONVENTION.WITHOUT_RECIPROCAL_VISIT',
  'CONVENTION.PARTNER_STAKES_MISSING',
];

/**
 * On the convention page, where the convention is written and approved: what the mutual knowledge it
 * concludes still lacks — a visit each way, the partner's own stakes and contributions — and why it matters.
 * Nothing when all is there.
 */
export function ConventionPrerequisiteWarnings({
  partnershipId,
  partyName,
}: {
  partnershipId: string;
  partyName: (partyId: string) => string | undefined;
}) {
  const assessment = useAssessment(partnershipId);
  const warnings = (assessment.data?.warnings ?? []).filter((warning) =>
    PREREQUISITE_WARNINGS.includes(warning.id),
  );
  if (warnings.length === 0) return null;
  return (
    <section className="panel panel--section">
      <WarningList warnings={warnings} partyName={partyName} />
    </section>
  );
}
