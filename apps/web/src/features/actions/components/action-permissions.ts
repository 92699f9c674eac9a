/** What the signed-in user may do on the actions, from their role (the API decides in the end). */
export interface ActionPermissions {
  /** Create actions, rank them, move their status, fund them, propose and validate indicators, evaluate. */
  canRun: boolean;
  /** Record measurements and log what was done (elected officials too). */
  canRecord: boolean;
}
