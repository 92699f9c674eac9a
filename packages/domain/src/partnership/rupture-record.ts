import { type ActionDecision } from '../convention/convention';
import { type CalendarDate } from '../shared/calendar-date';
import { type PartyId } from '../shared/ids';

/**
 * An orderly rupture (seed 000 §3 denounces ruptures "unilatérales, sans négociation" that cut ongoing
 * projects): proposed to the partner and negotiated, decided by the authority's elected body (a
 * deliberation), then a notice period during which the partnership runs, and only then the end.
 *
 *   negotiating ──DecideRupture──▶ notice ──EndRuptureNotice (at effectiveOn)──▶ ended
 *        └──WithdrawRupture──▶ withdrawn
 */
export const RUPTURE_STAGES = ['negotiating', 'notice', 'withdrawn', 'ended'] as const;
export type RuptureStage = (typeof RUPTURE_STAGES)[number];

export const RUPTURE_COMMAND_TYPES = [
  'ProposeRupture',
  'RespondToRupture',
  'WithdrawRupture',
  'DecideRupture',
  'EndRuptureNotice',
] as const;
export type RuptureCommandType = (typeof RUPTURE_COMMAND_TYPES)[number];

/** Which rupture commands each stage accepts ("none": no rupture, or a withdrawn one, may be proposed). */
export const RUPTURE_COMMANDS_BY_STAGE = {
  none: ['ProposeRupture'],
  negotiating: ['RespondToRupture', 'WithdrawRupture', 'DecideRupture'],
  notice: ['RespondToRupture', 'EndRuptureNotice'],
  withdrawn: ['ProposeRupture'],
  ended: [],
} as const satisfies Record<RuptureStage | 'none', readonly RuptureCommandType[]>;

export const RUPTURE_TRANSITIONS = {
  negotiating: ['notice', 'withdrawn'],
  notice: ['ended'],
  withdrawn: [],
  ended: [],
} as const satisfies Record<RuptureStage, readonly RuptureStage[]>;

/**
 * Days of negotiation after which the authority may decide although a partner has not answered: the seeds
 * give no number; a month matches the default notice and lets a partner that rarely logs in be heard.
 */
export const RUPTURE_NEGOTIATION_DAYS = 30;

/** Who typed the deliberation in: either may, the deliberation itself is what makes the decision. */
export const DELIBERATION_RECORDERS = ['elected', 'officer'] as const;
export type DeliberationRecorder = (typeof DELIBERATION_RECORDERS)[number];

export interface RuptureResponse {
  readonly partyId: PartyId;
  readonly text: string;
  readonly on: CalendarDate;
}

/** The elected body's decision (council deliberation) to end the partnership. */
export interface RuptureDeliberation {
  /** The deciding body as the authority names it ("conseil municipal"). */
  readonly body: string;
  /** The deliberation's reference ("DEL-2026-114"). */
  readonly reference: string;
  readonly adoptedOn: CalendarDate;
  readonly recordedBy: DeliberationRecorder;
}

export interface RuptureWithdrawal {
  readonly reason: string;
  readonly on: CalendarDate;
}

export interface Rupture {
  readonly stage: RuptureStage;
  readonly reason: string;
  readonly proposedBy: PartyId;
  /** The day the partner was informed: the proposal is notified at once. */
  readonly proposedOn: CalendarDate;
  readonly responses: readonly RuptureResponse[];
  readonly deliberation: RuptureDeliberation | null;
  /** When the decision was recorded (what the termination reports as decided); null before it. */
  readonly decidedAt: Date | null;
  readonly noticeGivenOn: CalendarDate | null;
  readonly effectiveOn: CalendarDate | null;
  readonly actionDecisions: readonly ActionDecision[];
  readonly withdrawal: RuptureWithdrawal | null;
}
