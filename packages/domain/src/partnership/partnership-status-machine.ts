import { bindingTerms, isBindingConventionState, isFinalConventionState } from '../convention/convention';
import { EMPTY_POLITICAL_DIALOGUE } from '../convention/political-dialogue';
import { type Organisation, validateOrganisation } from '../organisation/organisation';
import { type CalendarDate } from '../shared/calendar-date';
import { type DomainError, domainError } from '../shared/domain-error';
import { type PartyGovernance } from '../shared/governance';
import { type PartnershipId, type PartyId } from '../shared/ids';
import { type CommandResult } from '../shared/result';
import { calendarDateAt } from '../shared/zoned-time';
import { checkCommandAllowed, checkText, fail, firstFailure, succeed, todayOf } from './command-support';
import { type Approach, type Party, type PartnershipForm, type PartnershipSnapshot } from './partnership';
import { type EventBase } from './partnership-events';
import {
  DEFAULT_TERMINATION_NOTICE_DAYS,
  type TerminationRequest,
  applyActionDecisions,
  checkTermination,
  toTermination,
} from './termination';

export interface CreatePartnershipCommand {
  readonly type: 'CreatePartnership';
  readonly partnershipId: PartnershipId;
  readonly name: string;
  readonly form: PartnershipForm;
  readonly approach: Approach;
  readonly initiator: Organisation;
  /** Usually empty: partners join when the partner search succeeds. An existing twinning may list them. */
  readonly partners: readonly Organisation[];
}

export interface AddPartyCommand {
  readonly type: 'AddParty';
  readonly organisation: Organisation;
  /** Who leads the joining authority's executive; elected unless said otherwise. */
  readonly governance?: PartyGovernance;
}

export interface SuspendPartnershipCommand {
  readonly type: 'SuspendPartnership';
  readonly reason: string;
}

export interface ResumePartnershipCommand {
  readonly type: 'ResumePartnership';
}

export interface TerminatePartnershipCommand extends TerminationRequest {
  readonly type: 'TerminatePartnership';
}

export type PartnershipStatusEvent =
  | (EventBase & { readonly type: 'PartnershipCreated'; readonly partyIds: readonly PartyId[] })
  | (EventBase & { readonly type: 'PartyAdded'; readonly partyId: PartyId })
  | (EventBase & {
      readonly type: 'PartnershipSuspended';
      readonly reason: string;
      readonly since: CalendarDate;
    })
  | (EventBase & { readonly type: 'PartnershipResumed' })
  | (EventBase & {
      readonly type: 'PartnershipTerminated';
      readonly reason: string;
      readonly noticeGivenOn: CalendarDate;
      readonly effectiveOn: CalendarDate;
    })
  | (EventBase & {
      readonly type: 'ConventionTerminated';
      readonly conventionId: string;
      readonly reason: string;
    });

function checkOrganisations(organisations: readonly Organisation[]): DomainError | null {
  for (const organisation of organisations) {
    const validation = validateOrganisation(organisation);
    if (!validation.ok) return validation.error;
  }
  const ids = organisations.map((organisation) => organisation.id);
  const duplicate = ids.find((id, index) => ids.indexOf(id) !== index);
  return duplicate === undefined
    ? null
    : domainError('PARTNERSHIP.DUPLICATE_PARTY', 'The same organisation cannot be a party twice.', {
        partyId: duplicate,
      });
}

/**
 * Opens a partnership record. It may start with the initiator alone: the method builds the commitment and
 * searches for partners before any partner is a party.
 */
export function createPartnership(
  command: CreatePartnershipCommand,
  now: Date,
): CommandResult<PartnershipSnapshot, PartnershipStatusEvent> {
  const organisations = [command.initiator, ...command.partners];
  const error = firstFailure([
    () => checkText(command.name, 'name'),
    () => checkOrganisations(organisations),
  ]);
  if (error) return fail(error);
  const joinedOn = calendarDateAt(now, command.initiator.timeZone);
  const parties: readonly Party[] = organisations.map((organisation, index) => ({
    organisationId: organisation.id,
    role: index === 0 ? 'initiator' : 'partner',
    joinedOn,
    governance: 'elected_executive',
  }));
  const state: PartnershipSnapshot = {
    partnership: {
      id: command.partnershipId,
      name: command.name,
      parties,
      status: 'active',
      form: command.form,
      approach: command.approach,
      createdAt: now,
      suspension: null,
      termination: null,
      rupture: null,
    },
    organisations,
    motivations: [],
    stakes: [],
    contributions: [],
    territoryActors: [],
    candidates: [],
    presentations: [],
    visits: [],
    politicalDialogue: EMPTY_POLITICAL_DIALOGUE,
    convention: null,
    conventionHistory: [],
    dialoguePlan: null,
    dialogueEvents: [],
    actions: [],
    ruptureSignals: [],
  };
  const event = {
    type: 'PartnershipCreated',
    at: now,
    partnershipId: command.partnershipId,
    partyIds: parties.map((p) => p.organisationId),
  } as const;
  return succeed(state, [event]);
}

/** Adds a partner: mini-networks of several authorities are a remedy to asymmetry (seed 002). */
export function addParty(
  snapshot: PartnershipSnapshot,
  command: AddPartyCommand,
  now: Date,
): CommandResult<PartnershipSnapshot, PartnershipStatusEvent> {
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'AddParty'),
    () => checkOrganisations([...snapshot.organisations, command.organisation]),
  ]);
  if (error) return fail(error);
  const party: Party = {
    organisationId: command.organisation.id,
    role: 'partner',
    joinedOn: todayOf(snapshot, now),
    governance: command.governance ?? 'elected_executive',
  };
  const state: PartnershipSnapshot = {
    ...snapshot,
    partnership: { ...snapshot.partnership, parties: [...snapshot.partnership.parties, party] },
    organisations: [...snapshot.organisations, command.organisation],
  };
  return succeed(state, [
    { type: 'PartyAdded', at: now, partnershipId: snapshot.partnership.id, partyId: party.organisationId },
  ]);
}

export function suspendPartnership(
  snapshot: PartnershipSnapshot,
  command: SuspendPartnershipCommand,
  now: Date,
): CommandResult<PartnershipSnapshot, PartnershipStatusEvent> {
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'SuspendPartnership'),
    () =>
      command.reason.trim() === ''
        ? domainError(
            'PARTNERSHIP.SUSPENSION_NEEDS_REASON',
            'Suspending a partnership needs a stated reason.',
          )
        : null,
  ]);
  if (error) return fail(error);
  const since = todayOf(snapshot, now);
  const state: PartnershipSnapshot = {
    ...snapshot,
    partnership: {
      ...snapshot.partnership,
      status: 'suspended',
      suspension: { reason: command.reason, since },
    },
  };
  return succeed(state, [
    {
      type: 'PartnershipSuspended',
      at: now,
      partnershipId: snapshot.partnership.id,
      reason: command.reason,
      since,
    },
  ]);
}

export function resumePartnership(
  snapshot: PartnershipSnapshot,
  _command: ResumePartnershipCommand,
  now: Date,
): CommandResult<PartnershipSnapshot, PartnershipStatusEvent> {
  const error = checkCommandAllowed(snapshot, 'ResumePartnership');
  if (error) return fail(error);
  const state: PartnershipSnapshot = {
    ...snapshot,
    partnership: { ...snapshot.partnership, status: 'active', suspension: null },
  };
  return succeed(state, [{ type: 'PartnershipResumed', at: now, partnershipId: snapshot.partnership.id }]);
}

/** Notice owed to the partner on the orderly path: the binding convention's period, or the default. */
export function requiredPartnershipNoticeDays(snapshot: PartnershipSnapshot): number {
  const convention = snapshot.convention;
  return convention && isBindingConventionState(convention.state)
    ? bindingTerms(convention).terminationNoticeDays
    : DEFAULT_TERMINATION_NOTICE_DAYS;
}

/**
 * Whether the partnership may be abandoned as a simple act: no convention binds the parties (none, or an
 * unsigned draft) and no rupture is under way. Otherwise ending it takes the orderly path (`rupture.ts`).
 */
export function canAbandonPartnership(snapshot: PartnershipSnapshot): boolean {
  const convention = snapshot.convention;
  const binds = convention !== null && isBindingConventionState(convention.state);
  const stage = snapshot.partnership.rupture?.stage;
  return !binds && stage !== 'negotiating' && stage !== 'notice';
}

function checkSimpleAbandon(
  snapshot: PartnershipSnapshot,
  command: TerminatePartnershipCommand,
  now: Date,
): DomainError | null {
  if (canAbandonPartnership(snapshot) && command.effectiveOn <= todayOf(snapshot, now)) return null;
  return domainError(
    'PARTNERSHIP.RUPTURE_NEEDS_ORDERLY_PATH',
    'A convention binds the parties, a rupture is under way or the end is later: take the orderly path.',
    { effectiveOn: command.effectiveOn },
  );
}

/**
 * Abandons a relation no convention binds, at once: a reason and a decision on every ongoing action. A
 * binding convention, or an end at a later date, takes the orderly path instead (`rupture.ts`): negotiation,
 * deliberation, notice. The current convention (an unsigned draft), if still alive, ends with it.
 */
export function terminatePartnership(
  snapshot: PartnershipSnapshot,
  command: TerminatePartnershipCommand,
  now: Date,
): CommandResult<PartnershipSnapshot, PartnershipStatusEvent> {
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'TerminatePartnership'),
    () => checkSimpleAbandon(snapshot, command, now),
    () =>
      checkTermination(command, {
        requiredNoticeDays: 0,
        today: todayOf(snapshot, now),
        actions: snapshot.actions,
        codes: {
          reason: 'PARTNERSHIP.TERMINATION_NEEDS_REASON',
          notice: 'PARTNERSHIP.TERMINATION_NEEDS_NOTICE',
          actionDecisions: 'PARTNERSHIP.TERMINATION_NEEDS_ACTION_DECISIONS',
        },
      }),
  ]);
  if (error) return fail(error);
  const termination = toTermination(command, now);
  const base = { at: now, partnershipId: snapshot.partnership.id };
  const convention = snapshot.convention;
  const endsConvention = convention !== null && !isFinalConventionState(convention.state);
  const state: PartnershipSnapshot = {
    ...snapshot,
    partnership: { ...snapshot.partnership, status: 'terminated', suspension: null, termination },
    convention: endsConvention ? { ...convention, state: 'terminated', termination } : convention,
    actions: applyActionDecisions(snapshot.actions, command.actionDecisions),
  };
  const events: PartnershipStatusEvent[] = [
    {
      ...base,
      type: 'PartnershipTerminated',
      reason: command.reason,
      noticeGivenOn: command.noticeGivenOn,
      effectiveOn: command.effectiveOn,
    },
  ];
  if (endsConvention)
    events.push({
      ...base,
      type: 'ConventionTerminated',
      conventionId: convention.id,
      reason: command.reason,
    });
  return succeed(state, events);
}
