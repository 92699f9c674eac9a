import { type PartnershipId } from '../shared/ids';

/** Every event carries when it happened (the command's `now`) and the partnership it belongs to. */
export interface EventBase {
  readonly at: Date;
  readonly partnershipId: PartnershipId;
}
