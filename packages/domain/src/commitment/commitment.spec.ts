import { type PartnershipCommand, applyCommand } from '../partnership/apply-command';
import {
  ENGINEER,
  INITIATOR,
  MAYOR,
  NOW,
  PARTNER,
  PARTNER_MAYOR,
  expectError,
  expectOk,
  motivationCommands,
  newPartnership,
  run,
  withPartner,
} from '../testing/fixtures.test-helpers';
import { isMotivationApproved } from './commitment';
import { areMotivationsReviewed, hasLeverStakes, latestSharedAt } from './commitment-rules';

const state: PartnershipCommand = {
  type: 'StateMotivation',
  motivationId: 'm-1',
  partyId: INITIATOR,
  category: 'institutional',
  frameOfReference: 'pro_domo',
  text: 'Open our services to the world',
  authorId: 'officer',
};
const review = (
  reviewer = MAYOR,
  decision: 'approved' | 'changes_requested' = 'approved',
): PartnershipCommand => ({
  type: 'ReviewMotivation',
  motivationId: 'm-1',
  decision,
  reviewer,
  comment: null,
  councilDecisionRef: null,
  councilDecisionOn: null,
});
const apply = (snapshot: Parameters<typeof applyCommand>[0], command: PartnershipCommand) =>
  applyCommand(snapshot, command, NOW);

describe('commitment: motivations', () => {
  it('records a motivation as internal (not shared, not reviewed)', () => {
    const { state: next, events } = expectOk(apply(newPartnership(), state));
    expect(next.motivations[0]).toMatchObject({ shared: false, review: null, frameOfReference: 'pro_domo' });
    expect(events[0]).toMatchObject({ type: 'MotivationStated', motivationId: 'm-1' });
  });

  it('refuses an empty motivation, a duplicate id and a non-party', () => {
    expectError(
      apply(newPartnership(), { ...state, text: ' ' } as PartnershipCommand),
      'RECORD.TEXT_REQUIRED',
    );
    expectError(apply(run(newPartnership(), [state]), state), 'RECORD.DUPLICATE_ID');
    expectError(
      apply(newPartnership(), { ...state, partyId: PARTNER } as PartnershipCommand),
      'PARTNERSHIP.UNKNOWN_PARTY',
    );
  });

  it('accepts a review only from an elected official of the same side', () => {
    const stated = run(withPartner(), [state]);
    expectError(apply(stated, review(ENGINEER)), 'REVIEW.REVIEWER_NOT_ELECTED');
    expectError(apply(stated, review(PARTNER_MAYOR)), 'REVIEW.REVIEWER_OTHER_PARTY');
    const reviewed = expectOk(apply(stated, review())).state;
    expect(reviewed.motivations.find((m) => m.id === 'm-1')?.review?.reviewer).toEqual(MAYOR);
  });

  it('refuses to review an unknown motivation', () => {
    expectError(apply(newPartnership(), review()), 'RECORD.NOT_FOUND');
  });

  it('refuses to share a motivation an elected official has not approved', () => {
    const stated = run(newPartnership(), [state]);
    expectError(
      apply(stated, { type: 'ShareMotivation', motivationId: 'm-1' }),
      'COMMITMENT.MOTIVATION_NOT_APPROVED',
    );
    const changesRequested = run(stated, [review(MAYOR, 'changes_requested')]);
    expectError(
      apply(changesRequested, { type: 'ShareMotivation', motivationId: 'm-1' }),
      'COMMITMENT.MOTIVATION_NOT_APPROVED',
    );
  });

  it('shares an approved motivation once', () => {
    const shared = run(newPartnership(), [state, review(), { type: 'ShareMotivation', motivationId: 'm-1' }]);
    expect(shared.motivations[0]).toMatchObject({ shared: true, sharedAt: NOW });
    expect(latestSharedAt(shared)).toEqual(NOW);
    expectError(
      apply(shared, { type: 'ShareMotivation', motivationId: 'm-1' }),
      'COMMITMENT.MOTIVATION_ALREADY_SHARED',
    );
  });

  it('takes a revised motivation off the table until it is reviewed again', () => {
    const shared = run(newPartnership(), [state, review(), { type: 'ShareMotivation', motivationId: 'm-1' }]);
    const revised = run(shared, [
      {
        type: 'ReviseMotivation',
        motivationId: 'm-1',
        category: 'economic',
        frameOfReference: 'pro_domo',
        text: 'Economic openings',
      },
    ]);
    expect(revised.motivations[0]).toMatchObject({ shared: false, review: null, category: 'economic' });
    expect(areMotivationsReviewed(revised, INITIATOR)).toBe(false);
  });

  it('keeps every review of a motivation, oldest first, through revisions', () => {
    const revise: PartnershipCommand = {
      type: 'ReviseMotivation',
      motivationId: 'm-1',
      category: 'economic',
      frameOfReference: 'pro_domo',
      text: 'Economic openings',
    };
    const snapshot = run(newPartnership(), [state, review(MAYOR, 'changes_requested'), revise, review()]);
    expect(snapshot.motivations[0]?.reviewHistory.map((entry) => entry.decision)).toEqual([
      'changes_requested',
      'approved',
    ]);
    expect(snapshot.motivations[0]?.review?.decision).toBe('approved');
    const revisedAgain = run(snapshot, [revise]);
    expect(revisedAgain.motivations[0]).toMatchObject({ review: null });
    expect(revisedAgain.motivations[0]?.reviewHistory).toHaveLength(2);
  });

  it('takes a shared motivation off the table when changes are requested', () => {
    const shared = run(newPartnership(), [
      state,
      review(),
      { type: 'ShareMotivation', motivationId: 'm-1' },
      review(MAYOR, 'changes_requested'),
    ]);
    expect(shared.motivations[0]?.shared).toBe(false);
    expect(isMotivationApproved(shared.motivations[0] ?? (undefined as never))).toBe(false);
  });

  it('considers motivations reviewed only when every one of them is approved', () => {
    const partly = run(newPartnership(), [
      ...motivationCommands('a', INITIATOR, MAYOR),
      { ...state, motivationId: 'b' } as PartnershipCommand,
    ]);
    expect(areMotivationsReviewed(partly, INITIATOR)).toBe(false);
    expect(areMotivationsReviewed(newPartnership(), INITIATOR)).toBe(false);
  });
});

describe('commitment: stakes, contributions and territory actors', () => {
  it('records stakes and knows which ones cooperation can be a lever for', () => {
    const snapshot = run(newPartnership(), [
      {
        type: 'RecordStake',
        stakeId: 's-1',
        partyId: INITIATOR,
        title: 'Ageing population',
        cooperationCanBeLever: false,
      },
    ]);
    expect(hasLeverStakes(snapshot, INITIATOR)).toBe(false);
    const withLever = run(snapshot, [
      {
        type: 'RecordStake',
        stakeId: 's-2',
        partyId: INITIATOR,
        title: 'Youth',
        cooperationCanBeLever: true,
      },
    ]);
    expect(hasLeverStakes(withLever, INITIATOR)).toBe(true);
  });

  it('refuses a stake or contribution without a title', () => {
    expectError(
      apply(newPartnership(), {
        type: 'RecordStake',
        stakeId: 's',
        partyId: INITIATOR,
        title: '',
        cooperationCanBeLever: true,
      }),
      'RECORD.TEXT_REQUIRED',
    );
    expectError(
      apply(newPartnership(), {
        type: 'RecordContribution',
        contributionId: 'c',
        partyId: INITIATOR,
        title: '',
      }),
      'RECORD.TEXT_REQUIRED',
    );
  });

  it('associates a territory actor and records its consultations', () => {
    const snapshot = run(newPartnership(), [
      {
        type: 'AssociateTerritoryActor',
        actorId: 'a',
        partyId: INITIATOR,
        name: 'University hospital',
        kind: 'hospital',
        involvement: 'operator',
      },
      { type: 'RecordConsultation', actorId: 'a', on: '2025-05-01', summary: 'Presented the approach' },
    ]);
    expect(snapshot.territoryActors[0]?.consultations).toEqual([
      { on: '2025-05-01', summary: 'Presented the approach' },
    ]);
    expectError(
      apply(snapshot, { type: 'RecordConsultation', actorId: 'a', on: '2025-13-01', summary: 'x' }),
      'RECORD.INVALID_VALUE',
    );
    expectError(
      apply(snapshot, { type: 'RecordConsultation', actorId: 'zz', on: '2025-05-01', summary: 'x' }),
      'RECORD.NOT_FOUND',
    );
  });
});
