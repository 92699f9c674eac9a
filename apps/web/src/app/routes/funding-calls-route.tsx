import { FundingCallsPage } from '../../features/funding/components/funding-calls-page';
import { useSession } from '../../features/auth/api/get-session';
import { roleCan } from '../../lib/auth/user-roles';

/** The calls for projects the authority follows; officers and admins add them. */
export function FundingCallsRoute() {
  const role = useSession().data?.user?.role;
  return <FundingCallsPage canRun={role !== undefined && roleCan(role, 'partnership.run')} />;
}
