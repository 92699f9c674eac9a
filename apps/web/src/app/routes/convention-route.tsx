import { ConventionPrerequisiteWarnings } from '../../features/assessment/components/convention-prerequisite-warnings';
import { useSession } from '../../features/auth/api/get-session';
import { ConventionPage } from '../../features/convention/components/convention-page';
import { usePartnership } from '../../features/partnerships/api/get-partnership';
import { roleCan } from '../../lib/auth/user-roles';
import { ConventionStepTabs } from '../layout/convention-step-tabs';
import { PartnershipStepPage } from '../layout/partnership-step-page';

/** Step 5 of one partnership, its convention part (« Convention de coopération »). */
export function ConventionRoute() {
  // The page is worded from the viewer's side: which party the signed-in user belongs to.
  const organisationId = useSession().data?.organisation?.id;
  return (
    <PartnershipStepPage step="CONVENTION">
      {(partnershipId, role) => (
        <>
          <ConventionStepTabs partnershipId={partnershipId} />
          <PrerequisiteWarnings partnershipId={partnershipId} />
          <ConventionPage
            partnershipId={partnershipId}
            organisationId={organisationId}
            canRun={roleCan(role, 'partnership.run')}
            canApprove={roleCan(role, 'convention.approve')}
          />
        </>
      )}
    </PartnershipStepPage>
  );
}

/** What the convention concludes still lacks, named by party (the parties come with the partnership). */
function PrerequisiteWarnings({ partnershipId }: { partnershipId: string }) {
  const parties = usePartnership(partnershipId).data?.parties ?? [];
  return (
    <ConventionPrerequisiteWarnings
      partnershipId={partnershipId}
      partyName={(partyId) => parties.find((party) => party.organisationId === partyId)?.name}
    />
  );
}
