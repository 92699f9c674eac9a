import { type CalendarDate } from '../shared/calendar-date';
import { type OrganisationId } from '../shared/ids';

/** The three axes of partner search in the method, plus registries of partner requests ("Bourse-projets"). */
export const CANDIDATE_SOURCES = [
  'territory_actors_network',
  'authority_network',
  'registry_request',
  'chance_meeting',
] as const;
export type CandidateSource = (typeof CANDIDATE_SOURCES)[number];

export const CANDIDATE_STAGES = [
  'identified',
  'contacted',
  'in_discussion',
  'proposed',
  'accepted',
  'declined',
  'dropped',
] as const;
export type CandidateStage = (typeof CANDIDATE_STAGES)[number];

/** The pipeline: forward only; a candidate can decline or be dropped at any open stage. */
export const CANDIDATE_STAGE_TRANSITIONS = {
  identified: ['contacted', 'dropped'],
  contacted: ['in_discussion', 'declined', 'dropped'],
  in_discussion: ['proposed', 'declined', 'dropped'],
  proposed: ['accepted', 'declined', 'dropped'],
  accepted: [],
  declined: [],
  dropped: [],
} as const satisfies Record<CandidateStage, readonly CandidateStage[]>;

export interface CandidateStageChange {
  readonly stage: CandidateStage;
  readonly at: Date;
}

export interface Candidate {
  readonly id: string;
  readonly name: string;
  readonly country: string;
  /** Set once the candidate authority exists in the product; required to accept it as a party. */
  readonly organisationId: OrganisationId | null;
  readonly source: CandidateSource;
  /** Which network, which registry request, which meeting: contacts must be kept alive. */
  readonly sourceDetail: string;
  readonly stage: CandidateStage;
  readonly nextStep: string | null;
  readonly nextStepOn: CalendarDate | null;
  readonly history: readonly CandidateStageChange[];
}

export function canMoveCandidate(from: CandidateStage, to: CandidateStage): boolean {
  const allowed: readonly CandidateStage[] = CANDIDATE_STAGE_TRANSITIONS[from];
  return allowed.includes(to);
}

/** Whether the candidate is still in the pipeline: accepted, declined and dropped are final. */
export function isCandidateOpen(stage: CandidateStage): boolean {
  return CANDIDATE_STAGE_TRANSITIONS[stage].length > 0;
}
