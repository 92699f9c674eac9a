import { type PartnershipCommand, applyCommand } from '../partnership/apply-command';
import { partnerIds } from '../partnership/partnership';
import {
  BAMAKO,
  LYON,
  NOW,
  commitmentCommands,
  expectError,
  expectOk,
  newPartnership,
  organisation,
  run,
} from '../testing/fixtures.test-helpers';
import { CANDIDATE_STAGE_TRANSITIONS, canMoveCandidate } from './candidate';

const add: PartnershipCommand = {
  type: 'AddCandidate',
  candidateId: 'c-1',
  name: 'Commune of Bamako',
  country: 'ML',
  organisationId: null,
  source: 'chance_meeting',
  sourceDetail: 'Met at the UCLG congress',
  nextStep: 'Send our presentation',
  nextStepOn: '2025-06-15',
};
const move = (
  to: 'contacted' | 'in_discussion' | 'proposed' | 'accepted' | 'declined',
  organisationArg = BAMAKO,
): PartnershipCommand => ({
  type: 'AdvanceCandidate',
  candidateId: 'c-1',
  to,
  nextStep: null,
  nextStepOn: null,
  organisation: to === 'accepted' ? organisationArg : null,
});
const apply = (snapshot: Parameters<typeof applyCommand>[0], command: PartnershipCommand) =>
  applyCommand(snapshot, command, NOW);

describe('partner search', () => {
  it('records a candidate with its source channel at the first stage of the pipeline', () => {
    const { state, events } = expectOk(apply(newPartnership(), add));
    expect(state.candidates[0]).toMatchObject({
      stage: 'identified',
      source: 'chance_meeting',
      nextStepOn: '2025-06-15',
    });
    expect(events[0]).toMatchObject({ type: 'CandidateAdded', source: 'chance_meeting' });
  });

  it('moves forward only along the pipeline', () => {
    expect(CANDIDATE_STAGE_TRANSITIONS.accepted).toEqual([]);
    expect(canMoveCandidate('identified', 'proposed')).toBe(false);
    const added = run(newPartnership(), [add]);
    expectError(apply(added, move('proposed')), 'PARTNER_SEARCH.INVALID_TRANSITION');
    const declined = run(added, [move('contacted'), move('declined')]);
    expectError(apply(declined, move('in_discussion')), 'PARTNER_SEARCH.INVALID_TRANSITION');
  });

  it('refuses to accept a partner before the commitment is built (motivations reviewed)', () => {
    const proposed = run(newPartnership(), [add, move('contacted'), move('in_discussion'), move('proposed')]);
    expectError(apply(proposed, move('accepted')), 'PARTNER_SEARCH.COMMITMENT_NOT_BUILT');
  });

  it('refuses to accept a candidate whose authority is not registered', () => {
    const proposed = run(newPartnership(), [
      ...commitmentCommands(),
      add,
      move('contacted'),
      move('in_discussion'),
      move('proposed'),
    ]);
    expectError(
      apply(proposed, { ...move('accepted'), organisation: null } as PartnershipCommand),
      'PARTNER_SEARCH.CANDIDATE_NOT_REGISTERED',
    );
    const knownIdOnly = run(newPartnership(), [
      ...commitmentCommands(),
      { ...add, organisationId: 'org-unknown' } as PartnershipCommand,
      move('contacted'),
      move('in_discussion'),
      move('proposed'),
    ]);
    expectError(
      apply(knownIdOnly, { ...move('accepted'), organisation: null } as PartnershipCommand),
      'PARTNER_SEARCH.CANDIDATE_NOT_REGISTERED',
    );
  });

  it('refuses an invalid organisation record or one that is already a party', () => {
    const proposed = run(newPartnership(), [
      ...commitmentCommands(),
      add,
      move('contacted'),
      move('in_discussion'),
      move('proposed'),
    ]);
    expectError(
      apply(proposed, move('accepted', organisation('x', { country: 'Mali' }))),
      'ORGANISATION.INVALID_COUNTRY',
    );
    expectError(apply(proposed, move('accepted', LYON)), 'PARTNERSHIP.DUPLICATE_PARTY');
  });

  it('makes the accepted candidate a party of the partnership', () => {
    const proposed = run(newPartnership(), [
      ...commitmentCommands(),
      add,
      move('contacted'),
      move('in_discussion'),
      move('proposed'),
    ]);
    const { state, events } = expectOk(apply(proposed, move('accepted')));
    expect(partnerIds(state)).toEqual([BAMAKO.id]);
    expect(state.organisations.map((o) => o.id)).toContain(BAMAKO.id);
    expect(events.map((e) => e.type)).toEqual(['CandidateAdvanced', 'PartyAdded']);
    expect(state.candidates[0]?.history.map((h) => h.stage)).toEqual([
      'identified',
      'contacted',
      'in_discussion',
      'proposed',
      'accepted',
    ]);
  });

  it('refuses the authority itself, or any party, as a candidate', () => {
    const snapshot = newPartnership();
    expectError(apply(snapshot, { ...add, organisationId: LYON.id }), 'PARTNER_SEARCH.CANDIDATE_IS_PARTY');
  });

  it('refuses a candidate listed twice while the first is still in the pipeline', () => {
    const snapshot = run(newPartnership(), [{ ...add, organisationId: BAMAKO.id }]);
    expectError(
      apply(snapshot, { ...add, candidateId: 'c-2', name: 'Another name', organisationId: BAMAKO.id }),
      'PARTNER_SEARCH.DUPLICATE_CANDIDATE',
    );
    expectError(
      apply(snapshot, { ...add, candidateId: 'c-2', organisationId: null, name: '  commune OF bamako ' }),
      'PARTNER_SEARCH.DUPLICATE_CANDIDATE',
    );
    const dropped = run(snapshot, [
      {
        type: 'AdvanceCandidate',
        candidateId: 'c-1',
        to: 'dropped',
        nextStep: null,
        nextStepOn: null,
        organisation: null,
      },
    ]);
    expectOk(apply(dropped, { ...add, candidateId: 'c-2' }));
  });

  it('replans the next step of a proposed candidate without moving or declining it', () => {
    const proposed = run(newPartnership(), [add, move('contacted'), move('in_discussion'), move('proposed')]);
    const { state, events } = expectOk(
      apply(proposed, {
        type: 'AdvanceCandidate',
        candidateId: 'c-1',
        to: 'proposed',
        nextStep: 'Call the mayor’s office',
        nextStepOn: '2025-07-01',
        organisation: null,
      }),
    );
    expect(state.candidates[0]).toMatchObject({
      stage: 'proposed',
      nextStep: 'Call the mayor’s office',
      nextStepOn: '2025-07-01',
    });
    expect(state.candidates[0]?.history).toEqual(proposed.candidates[0]?.history);
    expect(events).toEqual([
      expect.objectContaining({ type: 'CandidateNextStepPlanned', stage: 'proposed' }),
    ]);
  });

  it('keeps a closed candidate closed: no next step is replanned once it declined', () => {
    const declined = run(newPartnership(), [add, move('contacted'), move('declined')]);
    expectError(apply(declined, move('declined')), 'PARTNER_SEARCH.INVALID_TRANSITION');
  });

  it('refuses a malformed next-step date', () => {
    expectError(
      apply(newPartnership(), { ...add, nextStepOn: '15/06/2025' } as PartnershipCommand),
      'RECORD.INVALID_VALUE',
    );
  });
});
