import { CANDIDATE_STAGE_TRANSITIONS, type CandidateStage } from '@passerelle/domain';
import type { ManualCandidateStage } from '../api/advance-candidate';
import type { Candidate } from '../api/get-candidates';

/**
 * The stages a user may move a candidate to from `stage`: the domain's forward-only table, without
 * `accepted`, which only the candidate's acceptance of the invitation sets.
 */
export function manualNextStages(stage: CandidateStage): ManualCandidateStage[] {
  const next: readonly CandidateStage[] = CANDIDATE_STAGE_TRANSITIONS[stage];
  return next.filter((to): to is ManualCandidateStage => to !== 'accepted');
}

/** Whether the candidate is still in the pipeline (accepted, declined and dropped are final). */
export function isOpen(stage: CandidateStage): boolean {
  return CANDIDATE_STAGE_TRANSITIONS[stage].length > 0;
}

/** Only a proposed candidate can be invited: its acceptance of the invitation makes it a party. */
export function canBeInvited(candidate: Candidate): boolean {
  return candidate.stage === 'proposed';
}

/** Today in the browser's calendar (`2026-03-12`), to compare with next-step dates. */
export function browserToday(now = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A next step whose date has passed while the candidate is still in the pipeline, as the assessment warns. */
export function isNextStepOverdue(candidate: Candidate, today: string): boolean {
  return isOpen(candidate.stage) && !!candidate.nextStepOn && candidate.nextStepOn < today;
}
