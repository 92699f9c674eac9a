import { criterionAppliesTo } from '../assessment/catalogue';
import { areMotivationsReviewed } from '../commitment/commitment-rules';
import { type Organisation, validateOrganisation } from '../organisation/organisation';
import {
  checkCalendarDate,
  checkCommandAllowed,
  checkNewId,
  checkText,
  fail,
  firstFailure,
  locate,
  replaceById,
  succeed,
  todayOf,
} from '../partnership/command-support';
import { type Party, type PartnershipSnapshot, initiatorId, isParty } from '../partnership/partnership';
import { type EventBase } from '../partnership/partnership-events';
import { type CalendarDate } from '../shared/calendar-date';
import { type DomainError, domainError } from '../shared/domain-error';
import { type OrganisationId, type PartyId } from '../shared/ids';
import { type CommandResult } from '../shared/result';
import {
  type Candidate,
  type CandidateSource,
  type CandidateStage,
  canMoveCandidate,
  isCandidateOpen,
} from './candidate';

export interface AddCandidateCommand {
  readonly type: 'AddCandidate';
  readonly candidateId: string;
  readonly name: string;
  readonly country: string;
  readonly organisationId: OrganisationId | null;
  readonly source: CandidateSource;
  readonly sourceDetail: string;
  readonly nextStep: string | null;
  readonly nextStepOn: CalendarDate | null;
}

export interface AdvanceCandidateCommand {
  readonly type: 'AdvanceCandidate';
  readonly candidateId: string;
  readonly to: CandidateStage;
  readonly nextStep: string | null;
  readonly nextStepOn: CalendarDate | null;
  /** Needed to accept a candidate not yet registered as an organisation: it becomes a party. */
  readonly organisation: Organisation | null;
}

export type PartnerSearchEvent =
  | (EventBase & {
      readonly type: 'CandidateAdded';
      readonly candidateId: string;
      readonly source: CandidateSource;
    })
  | (EventBase & {
      readonly type: 'CandidateAdvanced';
      readonly candidateId: string;
      readonly from: CandidateStage;
      readonly to: CandidateStage;
    })
  | (EventBase & {
      readonly type: 'CandidateNextStepPlanned';
      readonly candidateId: string;
      readonly stage: CandidateStage;
    })
  | (EventBase & { readonly type: 'PartyAdded'; readonly partyId: PartyId });

type Result = CommandResult<PartnershipSnapshot, PartnerSearchEvent>;

function checkOptionalDate(value: CalendarDate | null, field: string): DomainError | null {
  return value === null ? null : checkCalendarDate(value, field);
}

/**
 * A candidate is someone else: not a party already, and not listed twice while still in the pipeline (the
 * same registered authority, or the same name in the same country).
 */
function checkNotPartyOrDuplicate(
  snapshot: PartnershipSnapshot,
  command: AddCandidateCommand,
): DomainError | null {
  if (command.organisationId !== null && isParty(snapshot, command.organisationId)) {
    return domainError(
      'PARTNER_SEARCH.CANDIDATE_IS_PARTY',
      'This authority is already a party to the partnership.',
      {
        organisationId: command.organisationId,
      },
    );
  }
  const sameName = (candidate: Candidate) =>
    candidate.name.trim().toLocaleLowerCase() === command.name.trim().toLocaleLowerCase() &&
    candidate.country === command.country;
  const duplicate = snapshot.candidates.find(
    (candidate) =>
      !['declined', 'dropped'].includes(candidate.stage) &&
      ((command.organisationId !== null && candidate.organisationId === command.organisationId) ||
        sameName(candidate)),
  );
  return duplicate
    ? domainError('PARTNER_SEARCH.DUPLICATE_CANDIDATE', 'This authority is already a candidate.', {
        candidateId: duplicate.id,
      })
    : null;
}

/** Any contact is worth recording, even by chance: the method asks to watch for opportunities. */
export function addCandidate(snapshot: PartnershipSnapshot, command: AddCandidateCommand, now: Date): Result {
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'AddCandidate'),
    () => checkNewId(snapshot.candidates, command.candidateId, 'candidate'),
    () => checkText(command.name, 'name'),
    () => checkOptionalDate(command.nextStepOn, 'nextStepOn'),
    () => checkNotPartyOrDuplicate(snapshot, command),
  ]);
  if (error) return fail(error);
  const candidate: Candidate = {
    id: command.candidateId,
    name: command.name,
    country: command.country,
    organisationId: command.organisationId,
    source: command.source,
    sourceDetail: command.sourceDetail,
    stage: 'identified',
    nextStep: command.nextStep,
    nextStepOn: command.nextStepOn,
    history: [{ stage: 'identified', at: now }],
  };
  return succeed({ ...snapshot, candidates: [...snapshot.candidates, candidate] }, [
    {
      type: 'CandidateAdded',
      at: now,
      partnershipId: snapshot.partnership.id,
      candidateId: candidate.id,
      source: candidate.source,
    },
  ]);
}

function checkAcceptance(
  snapshot: PartnershipSnapshot,
  candidate: Candidate,
  command: AdvanceCandidateCommand,
): DomainError | null {
  if (command.to !== 'accepted') return null;
  const organisationId = command.organisation?.id ?? candidate.organisationId;
  return firstFailure([
    () =>
      // Emergency aid has no commitment step: its recipient is accepted at once (docs/domain.md).
      !criterionAppliesTo(snapshot.partnership.form, 'COMMITMENT.MOTIVATIONS_REVIEWED') ||
      areMotivationsReviewed(snapshot, initiatorId(snapshot))
        ? null
        : domainError(
            'PARTNER_SEARCH.COMMITMENT_NOT_BUILT',
            "A partner is accepted only once the initiator's motivations are reviewed by an elected official.",
          ),
    () =>
      organisationId === null
        ? domainError(
            'PARTNER_SEARCH.CANDIDATE_NOT_REGISTERED',
            'Register the candidate authority before accepting it.',
            {
              candidateId: candidate.id,
            },
          )
        : null,
    () => (command.organisation ? validationError(command.organisation) : null),
    () =>
      organisationId !== null && isParty(snapshot, organisationId)
        ? domainError('PARTNERSHIP.DUPLICATE_PARTY', 'This organisation is already a party.', {
            partyId: organisationId,
          })
        : null,
    () =>
      organisationId !== null &&
      !command.organisation &&
      !snapshot.organisations.some((o) => o.id === organisationId)
        ? domainError(
            'PARTNER_SEARCH.CANDIDATE_NOT_REGISTERED',
            "The candidate's organisation record is needed.",
            {
              candidateId: candidate.id,
            },
          )
        : null,
  ]);
}

function validationError(organisation: Organisation): DomainError | null {
  const result = validateOrganisation(organisation);
  return result.ok ? null : result.error;
}

/**
 * An open candidate kept at its stage with only its next step replanned: the stage selector's default, so
 * that saving a new next step never moves (let alone declines) the candidate.
 */
function isNextStepOnly(candidate: Candidate, command: AdvanceCandidateCommand): boolean {
  return command.to === candidate.stage && isCandidateOpen(candidate.stage);
}

function replanNextStep(
  snapshot: PartnershipSnapshot,
  candidate: Candidate,
  command: AdvanceCandidateCommand,
  now: Date,
): Result {
  const error = checkOptionalDate(command.nextStepOn, 'nextStepOn');
  if (error) return fail(error);
  const replanned: Candidate = { ...candidate, nextStep: command.nextStep, nextStepOn: command.nextStepOn };
  return succeed({ ...snapshot, candidates: replaceById(snapshot.candidates, replanned) }, [
    {
      at: now,
      partnershipId: snapshot.partnership.id,
      type: 'CandidateNextStepPlanned',
      candidateId: candidate.id,
      stage: candidate.stage,
    },
  ]);
}

/**
 * Moves a candidate along the pipeline; accepting it makes its authority a party. Asked for the stage the
 * candidate is already at (while it is open), it only replans the next step.
 */
export function advanceCandidate(
  snapshot: PartnershipSnapshot,
  command: AdvanceCandidateCommand,
  now: Date,
): Result {
  const found = locate(snapshot, 'AdvanceCandidate', snapshot.candidates, command.candidateId, 'candidate');
  if (!found.ok) return fail(found.error);
  const candidate = found.value;
  if (isNextStepOnly(candidate, command)) return replanNextStep(snapshot, candidate, command, now);
  const error = firstFailure([
    () =>
      canMoveCandidate(candidate.stage, command.to)
        ? null
        : domainError(
            'PARTNER_SEARCH.INVALID_TRANSITION',
            'A candidate cannot move to this stage from its current one.',
            {
              from: candidate.stage,
              to: command.to,
            },
          ),
    () => checkOptionalDate(command.nextStepOn, 'nextStepOn'),
    () => checkAcceptance(snapshot, candidate, command),
  ]);
  if (error) return fail(error);
  const organisationId = command.organisation?.id ?? candidate.organisationId;
  const moved: Candidate = {
    ...candidate,
    organisationId,
    stage: command.to,
    nextStep: command.nextStep,
    nextStepOn: command.nextStepOn,
    history: [...candidate.history, { stage: command.to, at: now }],
  };
  const base = { at: now, partnershipId: snapshot.partnership.id };
  const events: PartnerSearchEvent[] = [
    { ...base, type: 'CandidateAdvanced', candidateId: candidate.id, from: candidate.stage, to: command.to },
  ];
  let state: PartnershipSnapshot = { ...snapshot, candidates: replaceById(snapshot.candidates, moved) };
  if (command.to === 'accepted' && organisationId !== null) {
    const party: Party = {
      organisationId,
      role: 'partner',
      joinedOn: todayOf(snapshot, now),
      governance: 'elected_executive',
    };
    state = {
      ...state,
      partnership: { ...state.partnership, parties: [...state.partnership.parties, party] },
      organisations: command.organisation
        ? [...state.organisations, command.organisation]
        : state.organisations,
    };
    events.push({ ...base, type: 'PartyAdded', partyId: organisationId });
  }
  return succeed(state, events);
}
