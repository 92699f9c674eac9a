/** What the viewer may do on the convention page; the API checks it again on every write. */
export interface ConventionPermissions {
  /** The viewer's role runs the partnership (admin, officer) and their authority is a party. */
  canRun: boolean;
  /** The viewer's role records its council's approval (admin, officer, elected) and their authority is a party. */
  canApprove: boolean;
  /** The viewer's authority when it is a party: approvals and objections are made in its name. */
  ownPartyId: string | undefined;
}
