import { useTranslation } from 'react-i18next';
import { describeError } from '../../../components/ui/error-text';
import { useFocusOnHash } from '../../../components/ui/use-focus-on-hash';
import { useConvention } from '../api/get-convention';
import { ConventionApprovals } from './convention-approvals';
import { ConventionHistory } from './convention-history';
import { ConventionLife } from './convention-life';
import { ConventionSignature } from './convention-signature';
import { ConventionStatus } from './convention-status';
import { ConventionTextSection } from './convention-text-section';
import { ConventionVersions } from './convention-versions';
import type { ConventionPermissions } from './convention-permissions';
import './convention.css';

/**
 * Step 5's convention (« Convention de coopération ») for any party: where it stands and its dates, the
 * current text and its clauses, the versions and what changed between two of them, each council's approval,
 * the signature, then its life until it ends. Forms show only to those who run the partnership, and those
 * on behalf of a party (approval, objection) only for the viewer's own party; the API decides in the end.
 */
export function ConventionPage({
  partnershipId,
  organisationId,
  canRun,
  canApprove,
}: {
  partnershipId: string;
  /** The viewer's authority, a party of the partnership. */
  organisationId: string | undefined;
  /** Whether the viewer's role may run the partnership (draft, approve, sign…). */
  canRun: boolean;
  /** Whether the viewer's role records its council's approval (elected officials too). */
  canApprove: boolean;
}) {
  const { t } = useTranslation();
  const query = useConvention(partnershipId);
  useFocusOnHash(query.isSuccess);
  if (query.isPending) return <p role="status">{t('common.loading')}</p>;
  if (query.isError) return <p role="alert">{describeError(t, query.error)}</p>;
  const step = query.data;
  const ownParty = step.parties.find((party) => party.partyId === organisationId);
  const permissions: ConventionPermissions = {
    canRun: canRun && ownParty !== undefined,
    canApprove: canApprove && ownParty !== undefined,
    ownPartyId: ownParty?.partyId,
  };
  return (
    <>
      <h2>{t('convention.title')}</h2>
      <p className="muted">{t('convention.intro')}</p>
      {!permissions.canRun && (
        <p className="callout">
          {permissions.canApprove ? t('convention.approveOnly') : t('convention.readOnly')}
        </p>
      )}
      <ConventionStatus step={step} ownPartyId={permissions.ownPartyId} />
      <ConventionTextSection partnershipId={partnershipId} step={step} permissions={permissions} />
      <ConventionVersions partnershipId={partnershipId} step={step} />
      <ConventionApprovals partnershipId={partnershipId} step={step} permissions={permissions} />
      <ConventionSignature partnershipId={partnershipId} step={step} permissions={permissions} />
      <ConventionLife partnershipId={partnershipId} step={step} permissions={permissions} />
      <ConventionHistory step={step} />
    </>
  );
}
