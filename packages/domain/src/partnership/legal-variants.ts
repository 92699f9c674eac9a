import { isBindingConventionState } from '../convention/convention';
import { type DomainError, domainError } from '../shared/domain-error';
import { type PartyGovernance } from '../shared/governance';
import { type PartyId } from '../shared/ids';
import { type CommandResult } from '../shared/result';
import { checkCommandAllowed, checkParty, fail, firstFailure, succeed } from './command-support';
import { type PartnershipForm, type PartnershipSnapshot, governanceOf, legalBasisOf } from './partnership';
import { type EventBase } from './partnership-events';

/** An officer corrects the form the relation takes; the criteria it is assessed by follow (`criteriaFor`). */
export interface ChangePartnershipFormCommand {
  readonly type: 'ChangePartnershipForm';
  readonly form: PartnershipForm;
}

/** Who leads a party's executive: elected, or appointed by the State (a prefect, a governor). */
export interface SetPartyGovernanceCommand {
  readonly type: 'SetPartyGovernance';
  readonly partyId: PartyId;
  readonly governance: PartyGovernance;
}

export type LegalVariantEvent =
  | (EventBase & {
      readonly type: 'PartnershipFormChanged';
      readonly from: PartnershipForm;
      readonly to: PartnershipForm;
    })
  | (EventBase & {
      readonly type: 'PartyGovernanceSet';
      readonly partyId: PartyId;
      readonly from: PartyGovernance;
      readonly to: PartyGovernance;
    });

type Result = CommandResult<PartnershipSnapshot, LegalVariantEvent>;

/**
 * A convention in force binds the parties: while it does, the relation stays convention-based (it may move
 * between convention-based forms, a twinning becoming a network). Ending the convention comes first.
 */
function checkFormChange(snapshot: PartnershipSnapshot, form: PartnershipForm): DomainError | null {
  const current = snapshot.partnership.form;
  if (form === current) {
    return domainError('PARTNERSHIP.FORM_UNCHANGED', 'The partnership already takes this form.', { form });
  }
  const convention = snapshot.convention;
  const binds = convention !== null && isBindingConventionState(convention.state);
  if (binds && legalBasisOf(form) !== 'convention') {
    return domainError(
      'PARTNERSHIP.FORM_BOUND_BY_CONVENTION',
      'A signed convention binds the parties: the partnership stays convention-based until it ends.',
      { form, conventionState: convention.state },
    );
  }
  return null;
}

export function changePartnershipForm(
  snapshot: PartnershipSnapshot,
  command: ChangePartnershipFormCommand,
  now: Date,
): Result {
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'ChangePartnershipForm'),
    () => checkFormChange(snapshot, command.form),
  ]);
  if (error) return fail(error);
  const from = snapshot.partnership.form;
  const state: PartnershipSnapshot = {
    ...snapshot,
    partnership: { ...snapshot.partnership, form: command.form },
  };
  return succeed(state, [
    {
      type: 'PartnershipFormChanged',
      at: now,
      partnershipId: snapshot.partnership.id,
      from,
      to: command.form,
    },
  ]);
}

export function setPartyGovernance(
  snapshot: PartnershipSnapshot,
  command: SetPartyGovernanceCommand,
  now: Date,
): Result {
  const from = governanceOf(snapshot, command.partyId);
  const error = firstFailure([
    () => checkCommandAllowed(snapshot, 'SetPartyGovernance'),
    () => checkParty(snapshot, command.partyId),
    () =>
      from === command.governance
        ? domainError('PARTNERSHIP.GOVERNANCE_UNCHANGED', 'This party is already governed so.', {
            partyId: command.partyId,
            governance: from,
          })
        : null,
  ]);
  if (error) return fail(error);
  const parties = snapshot.partnership.parties.map((party) =>
    party.organisationId === command.partyId ? { ...party, governance: command.governance } : party,
  );
  const state: PartnershipSnapshot = { ...snapshot, partnership: { ...snapshot.partnership, parties } };
  return succeed(state, [
    {
      type: 'PartyGovernanceSet',
      at: now,
      partnershipId: snapshot.partnership.id,
      partyId: command.partyId,
      from,
      to: command.governance,
    },
  ]);
}
