import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { describeError } from '../../../components/ui/error-text';
import { useFocusOnHash } from '../../../components/ui/use-focus-on-hash';
import { problemCodeOf } from '../../../lib/api/problem';
import { actionsPath } from '../../../lib/partnership-paths';
import { useAction } from '../api/get-action';
import { useActions } from '../api/get-actions';
import { ActionBudget } from './action-budget';
import { ActionOda } from './action-oda';
import { ActionEvaluations } from './action-evaluations';
import { ActionHeader } from './action-header';
import { ActionIndicators } from './action-indicators';
import { ActionLog } from './action-log';
import type { ActionPermissions } from './action-permissions';
import { partyNamesOf } from './action-texts';
import './actions.css';

/**
 * One joint action, for any party: its status and priority (and how to move them), its budget and funders
 * with their funding figures, the indicators set together and their measurements, the joint evaluations and the log
 * either party keeps. Forms show only to the roles the API lets write, and only to a party of the partnership.
 */
export function ActionPage({
  partnershipId,
  actionId,
  ownPartyId,
  permissions,
  renderFunding,
}: {
  partnershipId: string;
  actionId: string;
  ownPartyId: string | undefined;
  permissions: ActionPermissions;
  /** What the route composes under the budget (the applications to calls, money as it happens). */
  renderFunding?: (nameOf: (partyId: string) => string, isMember: boolean) => ReactNode;
}) {
  const { t } = useTranslation();
  const action = useAction(partnershipId, actionId);
  // The parties' names (the action view names parties by id only).
  const overview = useActions(partnershipId);
  useFocusOnHash(action.isSuccess && overview.isSuccess);
  const back = (
    <p className="link-line">
      <Link to={actionsPath(partnershipId)}>{t('actions.backToList')}</Link>
    </p>
  );
  if (action.isError || overview.isError) {
    const error = action.error ?? overview.error;
    const notFound = problemCodeOf(action.error) === 'RESOURCE.NOT_FOUND';
    return (
      <>
        {back}
        <p role="alert">{notFound ? t('actions.notFound') : describeError(t, error)}</p>
      </>
    );
  }
  if (action.isPending || overview.isPending) return <p role="status">{t('common.loading')}</p>;
  const detail = action.data;
  const names = partyNamesOf(overview.data.parties, ownPartyId);
  // Every write is made for the viewer's own party: someone outside the partnership writes nothing.
  const allowed: ActionPermissions = {
    canRun: permissions.canRun && names.isMember,
    canRecord: permissions.canRecord && names.isMember,
  };
  const shared = { partnershipId, detail, names, permissions: allowed };
  return (
    <>
      {back}
      {!permissions.canRun && <p className="callout">{t('actions.readOnly')}</p>}
      <ActionHeader {...shared} />
      <ActionOda {...shared} />
      <ActionBudget {...shared} />
      {renderFunding?.((partyId) => names.nameOf(partyId), names.isMember)}
      <ActionIndicators {...shared} />
      <ActionEvaluations {...shared} />
      <ActionLog {...shared} />
    </>
  );
}
