import { assessPartnership } from '../assessment/assess-partnership';
import { CRITERION_IDS, STEP_IDS, criteriaFor } from '../assessment/catalogue';
import {
  BAMAKO,
  INITIATOR,
  NOW,
  PARTNER,
  PARTNER_ACTOR,
  PARTNER_ENGINEER,
  PARTNER_MAYOR,
  compatibility,
  conventionInForce,
  expectError,
  motivationCommands,
  newPartnership,
  run,
  runWithEvents,
  withPartner,
} from '../testing/fixtures.test-helpers';
import { applyCommand } from './apply-command';
import { type PartnershipCommand } from './apply-command';
import { type PartnershipForm, type PartnershipSnapshot } from './partnership';

const withForm = (snapshot: PartnershipSnapshot, form: PartnershipForm): PartnershipSnapshot => ({
  ...snapshot,
  partnership: { ...snapshot.partnership, form },
});
const stepsOf = (snapshot: PartnershipSnapshot) =>
  assessPartnership(snapshot, NOW).steps.map((step) => step.step);
const criteriaOf = (snapshot: PartnershipSnapshot) =>
  assessPartnership(snapshot, NOW).steps.flatMap((step) => step.criteria.map((c) => c.id));
const metOf = (snapshot: PartnershipSnapshot, id: string) =>
  assessPartnership(snapshot, NOW)
    .steps.flatMap((step) => step.criteria)
    .find((c) => c.id === id)?.met;

const accept = (organisation = BAMAKO): PartnershipCommand[] => [
  {
    type: 'AddCandidate',
    candidateId: 'cand-1',
    name: 'Bamako',
    country: 'ML',
    organisationId: null,
    source: 'territory_actors_network',
    sourceDetail: 'Flood appeal',
    nextStep: null,
    nextStepOn: null,
  },
  ...(['contacted', 'in_discussion', 'proposed'] as const).map((to): PartnershipCommand => ({
    type: 'AdvanceCandidate',
    candidateId: 'cand-1',
    to,
    nextStep: null,
    nextStepOn: null,
    organisation: null,
  })),
  {
    type: 'AdvanceCandidate',
    candidateId: 'cand-1',
    to: 'accepted',
    nextStep: null,
    nextStepOn: null,
    organisation,
  },
];

const aid: PartnershipCommand = {
  type: 'CreateAction',
  priority: 'high',
  actionId: 'aid',
  title: 'Drinking water after the floods',
  themes: ['water_sanitation'],
  sdgs: [6],
  locatedIn: [PARTNER],
  initiatedBy: INITIATOR,
  operators: [],
  startsOn: '2025-05-01',
  endsOn: null,
};

describe('legal variants: each form is assessed by its own criteria', () => {
  it('assesses a convention-based cooperation by the whole six-step method, as before', () => {
    for (const form of ['decentralised_cooperation', 'twinning', 'cross_border'] as const) {
      const snapshot = withForm(newPartnership(), form);
      expect(stepsOf(snapshot)).toEqual([...STEP_IDS]);
      expect(criteriaOf(snapshot)).toEqual(CRITERION_IDS.filter((id) => id !== 'ACTIONS.AID_COMPLETED'));
    }
  });

  it('assesses emergency humanitarian aid without commitment step, visits or convention', () => {
    const emergency = withForm(newPartnership(), 'emergency_aid');
    expect(stepsOf(emergency)).toEqual(['PARTNER_SEARCH', 'ACTIONS']);
    expect(criteriaOf(emergency)).toEqual([
      'PARTNER_SEARCH.CANDIDATE_ACCEPTED',
      'ACTIONS.FIRST_ACTION_STARTED',
      'ACTIONS.FUNDING_IDENTIFIED',
      'ACTIONS.AID_COMPLETED',
    ]);
    expect(assessPartnership(emergency, NOW).legalBasis).toBe('emergency_aid');
    expect(assessPartnership(emergency, NOW).currentStep).toBe('PARTNER_SEARCH');
  });

  it('accepts an emergency aid recipient at once, where a convention-based search waits for the commitment', () => {
    const emergency = run(withForm(newPartnership(), 'emergency_aid'), accept());
    expect(metOf(emergency, 'PARTNER_SEARCH.CANDIDATE_ACCEPTED')).toBe(true);
    const cooperation = newPartnership();
    const refused = accept().reduce<{ state: PartnershipSnapshot; code: string | null }>(
      (acc, command) => {
        if (acc.code) return acc;
        const outcome = applyCommand(acc.state, command, NOW);
        return outcome.ok ? { state: outcome.value.state, code: null } : { ...acc, code: outcome.error.code };
      },
      { state: cooperation, code: null },
    );
    expect(refused.code).toBe('PARTNER_SEARCH.COMMITMENT_NOT_BUILT');
  });

  it('counts emergency aid delivered once an action is completed', () => {
    const started = run(run(withForm(newPartnership(), 'emergency_aid'), accept()), [
      aid,
      { type: 'ChangeActionStatus', actionId: 'aid', to: 'in_progress', byParty: INITIATOR },
    ]);
    expect(metOf(started, 'ACTIONS.FIRST_ACTION_STARTED')).toBe(true);
    expect(metOf(started, 'ACTIONS.AID_COMPLETED')).toBe(false);
    const completed = run(started, [
      { type: 'ChangeActionStatus', actionId: 'aid', to: 'completed', byParty: INITIATOR },
    ]);
    expect(metOf(completed, 'ACTIONS.AID_COMPLETED')).toBe(true);
  });

  it('neither warns about visits nor expects a convention in the health of emergency aid', () => {
    const emergency = run(run(withForm(newPartnership(), 'emergency_aid'), accept()), [aid]);
    const assessment = assessPartnership(emergency, NOW);
    expect(assessment.warnings.filter((w) => w.step === 'INITIATION' || w.step === 'CONVENTION')).toEqual([]);
    const convention = assessment.figures.health.components.find((c) => c.id === 'CONVENTION_IN_FORCE');
    expect(convention?.weight).toBe(0);
  });

  it('assesses an external action without convention by its commitment, partner, presentation and actions', () => {
    const action = withForm(withPartner(), 'external_action');
    expect(stepsOf(action)).toEqual(['COMMITMENT', 'PARTNER_SEARCH', 'PRESENTATION', 'ACTIONS']);
    expect(criteriaOf(action)).toEqual(criteriaFor('external_action'));
    expect(criteriaOf(action)).not.toContain('CONVENTION.SIGNED');
    expect(criteriaOf(action)).not.toContain('INITIATION.VISIT_TO_PARTNER');
    expect(assessPartnership(action, NOW).warnings.map((w) => w.step)).not.toContain('INITIATION');
  });
});

describe('legal variants: changing the form', () => {
  it('changes the form and records what it was', () => {
    const { state, events } = runWithEvents(newPartnership(), {
      type: 'ChangePartnershipForm',
      form: 'emergency_aid',
    });
    expect(state.partnership.form).toBe('emergency_aid');
    expect(events).toEqual([
      expect.objectContaining({
        type: 'PartnershipFormChanged',
        from: 'decentralised_cooperation',
        to: 'emergency_aid',
      }),
    ]);
  });

  it('refuses a change to the same form', () => {
    expectError(
      applyCommand(
        newPartnership(),
        { type: 'ChangePartnershipForm', form: 'decentralised_cooperation' },
        NOW,
      ),
      'PARTNERSHIP.FORM_UNCHANGED',
    );
  });

  it('keeps a partnership bound by a signed convention convention-based', () => {
    const bound = conventionInForce();
    expectError(
      applyCommand(bound, { type: 'ChangePartnershipForm', form: 'external_action' }, NOW),
      'PARTNERSHIP.FORM_BOUND_BY_CONVENTION',
    );
    expect(run(bound, [{ type: 'ChangePartnershipForm', form: 'twinning' }]).partnership.form).toBe(
      'twinning',
    );
  });

  it('refuses to change the form of a terminated partnership', () => {
    const terminated = run(newPartnership(), [
      {
        type: 'TerminatePartnership',
        reason: 'Abandoned',
        noticeGivenOn: '2025-06-02',
        effectiveOn: '2025-06-02',
        actionDecisions: [],
      },
    ]);
    expectError(
      applyCommand(terminated, { type: 'ChangePartnershipForm', form: 'emergency_aid' }, NOW),
      'PARTNERSHIP.TERMINATED',
    );
  });
});

describe('legal variants: a partner led by an appointed executive', () => {
  const appointed = (snapshot: PartnershipSnapshot) =>
    run(snapshot, [{ type: 'SetPartyGovernance', partyId: PARTNER, governance: 'appointed_executive' }]);

  it('records the governance of a party, elected by default', () => {
    expect(withPartner().partnership.parties.map((p) => p.governance)).toEqual([
      'elected_executive',
      'elected_executive',
    ]);
    const { events } = runWithEvents(withPartner(), {
      type: 'SetPartyGovernance',
      partyId: PARTNER,
      governance: 'appointed_executive',
    });
    expect(events).toEqual([
      expect.objectContaining({
        type: 'PartyGovernanceSet',
        partyId: PARTNER,
        from: 'elected_executive',
        to: 'appointed_executive',
      }),
    ]);
  });

  it('refuses an unknown party or an unchanged governance', () => {
    expectError(
      applyCommand(
        withPartner(),
        { type: 'SetPartyGovernance', partyId: 'org-nowhere', governance: 'appointed_executive' },
        NOW,
      ),
      'PARTNERSHIP.UNKNOWN_PARTY',
    );
    expectError(
      applyCommand(
        withPartner(),
        { type: 'SetPartyGovernance', partyId: PARTNER, governance: 'elected_executive' },
        NOW,
      ),
      'PARTNERSHIP.GOVERNANCE_UNCHANGED',
    );
  });

  it('lets whoever leads an appointed executive review its motivations and the compatibility', () => {
    const partner = appointed(withPartner());
    const reviewed = run(partner, [
      ...motivationCommands('m-bamako', PARTNER, PARTNER_ENGINEER),
      compatibility(PARTNER, PARTNER_ENGINEER),
    ]);
    expect(reviewed.politicalDialogue.compatibilityReviews).toHaveLength(1);
    expect(reviewed.motivations.find((m) => m.id === 'm-bamako')?.review?.decision).toBe('approved');
  });

  it('still keeps the review of an elected executive to its elected officials, and never to territory actors', () => {
    expectError(
      applyCommand(withPartner(), compatibility(PARTNER, PARTNER_ENGINEER), NOW),
      'REVIEW.REVIEWER_NOT_ELECTED',
    );
    expectError(
      applyCommand(appointed(withPartner()), compatibility(PARTNER, PARTNER_ACTOR), NOW),
      'REVIEW.REVIEWER_NOT_ELECTED',
    );
    expect(
      run(withPartner(), [compatibility(PARTNER, PARTNER_MAYOR)]).politicalDialogue.compatibilityReviews,
    ).toHaveLength(1);
  });
});
