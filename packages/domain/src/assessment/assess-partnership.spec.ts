import { UNSTATED_LINE_FIGURES } from '../action/action';
import { type PartnershipCommand } from '../partnership/apply-command';
import { type PartnershipSnapshot } from '../partnership/partnership';
import {
  BAMAKO,
  ENGINEER,
  FULL_PLAN,
  INITIATOR,
  MAYOR,
  NGO,
  NOW,
  PARTNER,
  PARTNER_ACTOR,
  PARTNER_ENGINEER,
  PARTNER_MAYOR,
  TERMS,
  approvalCommands,
  commitmentCommands,
  conventionInForce,
  instant,
  motivationCommands,
  newPartnership,
  noon,
  readyForConvention,
  run,
  withPartner,
} from '../testing/fixtures.test-helpers';
import { type CriterionResult, assessPartnership, assessSteps } from './assess-partnership';
import { CRITERIA, CRITERION_IDS, type CriterionId, STEP_IDS, type WarningId } from './catalogue';

function criterion(snapshot: PartnershipSnapshot, id: CriterionId, now: Date = NOW): CriterionResult {
  const found = assessPartnership(snapshot, now)
    .steps.flatMap((s) => s.criteria)
    .find((c) => c.id === id);
  if (!found) throw new Error(id);
  return found;
}
const met = (snapshot: PartnershipSnapshot, id: CriterionId, now: Date = NOW) =>
  criterion(snapshot, id, now).met;
const warningIds = (snapshot: PartnershipSnapshot, now: Date = NOW): WarningId[] =>
  assessPartnership(snapshot, now).warnings.map((w) => w.id);
const statuses = (snapshot: PartnershipSnapshot, now: Date = NOW) =>
  assessPartnership(snapshot, now).steps.map((s) => s.status);

const visit = (
  visitId: string,
  direction: 'to_partner' | 'from_partner',
  startsOn = '2025-04-10',
  endsOn = '2025-04-12',
): PartnershipCommand => ({
  type: 'RecordVisit',
  agenda: [],
  visitId,
  direction,
  partnerPartyId: PARTNER,
  startsOn,
  endsOn,
  purpose: 'Mission',
  delegation:
    direction === 'to_partner' ? [MAYOR, ENGINEER, NGO] : [PARTNER_MAYOR, PARTNER_ENGINEER, PARTNER_ACTOR],
  hosts: direction === 'to_partner' ? [PARTNER_MAYOR, PARTNER_ENGINEER] : [MAYOR, ENGINEER],
  travelAdvisory: { level: 'increased_vigilance', source: 'France Diplomatie', checkedOn: '2025-04-01' },
  travelApproval: null,
});
const fullPresentation: PartnershipCommand = {
  type: 'UpdatePresentation',
  partyId: INITIATOR,
  sections: {
    motivations: 'Why',
    territory_and_actors: 'Who',
    stakes: 'What for',
    contributions: 'What we bring',
  },
  documentRef: null,
};
const action = (
  actionId: string,
  overrides: Partial<Extract<PartnershipCommand, { type: 'CreateAction' }>> = {},
): PartnershipCommand => ({
  type: 'CreateAction',
  priority: 'medium',
  actionId,
  title: 'Action',
  themes: ['education'],
  sdgs: [4],
  locatedIn: [PARTNER],
  initiatedBy: INITIATOR,
  operators: [],
  startsOn: '2024-01-01',
  endsOn: null,
  ...overrides,
});

describe('assessPartnership: criteria of step 1 (commitment)', () => {
  it('checks motivations stated and reviewed by an elected official', () => {
    expect(met(newPartnership(), 'COMMITMENT.MOTIVATIONS_STATED')).toBe(false);
    const stated = run(newPartnership(), [
      motivationCommands('m', INITIATOR, MAYOR)[0] as PartnershipCommand,
    ]);
    expect(met(stated, 'COMMITMENT.MOTIVATIONS_STATED')).toBe(true);
    expect(met(stated, 'COMMITMENT.MOTIVATIONS_REVIEWED')).toBe(false);
    expect(
      met(
        run(newPartnership(), motivationCommands('m', INITIATOR, MAYOR)),
        'COMMITMENT.MOTIVATIONS_REVIEWED',
      ),
    ).toBe(true);
  });

  it('shows which prerequisite blocks a criterion', () => {
    expect(criterion(newPartnership(), 'COMMITMENT.MOTIVATIONS_REVIEWED').blockedBy).toEqual([
      'COMMITMENT.MOTIVATIONS_STATED',
    ]);
  });

  it('checks territory actors actually consulted, lever stakes and contributions', () => {
    const snapshot = run(newPartnership(), [
      {
        type: 'AssociateTerritoryActor',
        actorId: 'a',
        partyId: INITIATOR,
        name: 'School',
        kind: 'school',
        involvement: 'consulted',
      },
      {
        type: 'RecordStake',
        stakeId: 's',
        partyId: INITIATOR,
        title: 'Ageing',
        cooperationCanBeLever: false,
      },
    ]);
    expect(met(snapshot, 'COMMITMENT.TERRITORY_ACTORS_ASSOCIATED')).toBe(false);
    expect(met(snapshot, 'COMMITMENT.STAKES_IDENTIFIED')).toBe(false);
    expect(met(snapshot, 'COMMITMENT.CONTRIBUTIONS_IDENTIFIED')).toBe(false);
    const done = run(newPartnership(), commitmentCommands());
    for (const id of [
      'COMMITMENT.TERRITORY_ACTORS_ASSOCIATED',
      'COMMITMENT.STAKES_IDENTIFIED',
      'COMMITMENT.CONTRIBUTIONS_IDENTIFIED',
    ] as const) {
      expect(met(done, id)).toBe(true);
    }
  });
});

describe('assessPartnership: the territory actors carry the commitment (by number and kind)', () => {
  const actor = (
    actorId: string,
    kind: 'association' | 'school' | 'hospital',
    consultedOn: readonly string[],
  ): PartnershipCommand[] => [
    {
      type: 'AssociateTerritoryActor',
      actorId,
      partyId: INITIATOR,
      name: `Actor ${actorId}`,
      kind,
      involvement: 'consulted',
    },
    ...consultedOn.map((on): PartnershipCommand => ({
      type: 'RecordConsultation',
      actorId,
      on,
      summary: 'Approach discussed',
    })),
  ];
  const involvement = (snapshot: PartnershipSnapshot) =>
    assessPartnership(snapshot, NOW).figures.territoryActors;

  it('is not met by one consultation of one actor, however many times it is consulted', () => {
    const one = run(newPartnership(), actor('a', 'association', ['2025-01-10', '2025-02-10', '2025-03-10']));
    expect(met(one, 'COMMITMENT.TERRITORY_ACTORS_ASSOCIATED')).toBe(false);
    expect(involvement(one)).toMatchObject({
      associatedActors: 1,
      associatedKinds: ['association'],
      consultations: 3,
      requiredActors: 3,
      requiredKinds: 2,
    });
  });

  it('is not met by three actors of one kind, nor by actors listed but never consulted', () => {
    const sameKind = run(newPartnership(), [
      ...actor('a', 'school', ['2025-01-10']),
      ...actor('b', 'school', ['2025-01-11']),
      ...actor('c', 'school', ['2025-01-12']),
    ]);
    expect(met(sameKind, 'COMMITMENT.TERRITORY_ACTORS_ASSOCIATED')).toBe(false);
    const listedOnly = run(newPartnership(), [
      ...actor('a', 'school', ['2025-01-10']),
      ...actor('b', 'hospital', []),
      ...actor('c', 'association', []),
    ]);
    expect(met(listedOnly, 'COMMITMENT.TERRITORY_ACTORS_ASSOCIATED')).toBe(false);
    expect(involvement(listedOnly)).toMatchObject({ associatedActors: 1, listedActors: 3 });
  });

  it('is met by three actors of at least two kinds, each consulted', () => {
    const carried = run(newPartnership(), [
      ...actor('a', 'school', ['2025-01-10']),
      ...actor('b', 'school', ['2025-01-11']),
      ...actor('c', 'hospital', ['2025-01-12']),
    ]);
    expect(met(carried, 'COMMITMENT.TERRITORY_ACTORS_ASSOCIATED')).toBe(true);
    expect(involvement(carried).associatedKinds).toEqual(['school', 'hospital']);
  });
});

describe('assessPartnership: the partner search before the commitment is built', () => {
  const candidate: PartnershipCommand = {
    type: 'AddCandidate',
    candidateId: 'cand-early',
    name: 'Ségou',
    country: 'ML',
    organisationId: null,
    source: 'chance_meeting',
    sourceDetail: 'Met at a fair',
    nextStep: null,
    nextStepOn: null,
  };

  it('still records a candidate met by chance, and warns with what the commitment lacks', () => {
    const early = run(newPartnership(), [...motivationCommands('m', INITIATOR, MAYOR), candidate]);
    const warning = assessPartnership(early, NOW).warnings.find(
      (w) => w.id === 'PARTNER_SEARCH.BEFORE_COMMITMENT',
    );
    expect(warning?.details).toEqual({
      missing: [
        'COMMITMENT.TERRITORY_ACTORS_ASSOCIATED',
        'COMMITMENT.STAKES_IDENTIFIED',
        'COMMITMENT.CONTRIBUTIONS_IDENTIFIED',
      ],
      candidates: 1,
    });
  });

  it('says nothing without candidates, once the commitment is built, or once a partner joined', () => {
    expect(warningIds(newPartnership())).not.toContain('PARTNER_SEARCH.BEFORE_COMMITMENT');
    expect(warningIds(run(newPartnership(), [...commitmentCommands(), candidate]))).not.toContain(
      'PARTNER_SEARCH.BEFORE_COMMITMENT',
    );
    expect(warningIds(withPartner())).not.toContain('PARTNER_SEARCH.BEFORE_COMMITMENT');
  });
});

describe('assessPartnership: criteria of steps 2 to 4', () => {
  it('checks that a partner was found', () => {
    expect(met(run(newPartnership(), commitmentCommands()), 'PARTNER_SEARCH.CANDIDATE_ACCEPTED')).toBe(false);
    expect(met(withPartner(), 'PARTNER_SEARCH.CANDIDATE_ACCEPTED')).toBe(true);
  });

  it('checks the presentation is complete', () => {
    expect(met(withPartner(), 'PRESENTATION.COMPLETE')).toBe(false);
    expect(met(run(withPartner(), [fullPresentation]), 'PRESENTATION.COMPLETE')).toBe(true);
  });

  it('checks visits in both directions that took place (planned ones do not count)', () => {
    const planned = run(withPartner(), [visit('v1', 'to_partner', '2025-07-01', '2025-07-03')]);
    expect(met(planned, 'INITIATION.VISIT_TO_PARTNER')).toBe(false);
    expect(met(planned, 'INITIATION.VISIT_TO_PARTNER', noon('2025-07-03'))).toBe(true);
    const both = run(withPartner(), [
      visit('v1', 'to_partner'),
      visit('v2', 'from_partner', '2025-05-01', '2025-05-03'),
    ]);
    expect(met(both, 'INITIATION.VISIT_TO_PARTNER')).toBe(true);
    expect(met(both, 'INITIATION.VISIT_FROM_PARTNER')).toBe(true);
  });
});

describe('assessPartnership: criteria of step 5 (convention and dialogue)', () => {
  it('checks motivations shared by all, compatibility reviewed and priorities set', () => {
    const partner = withPartner();
    for (const id of [
      'CONVENTION.MOTIVATIONS_SHARED_BY_ALL',
      'CONVENTION.COMPATIBILITY_REVIEWED',
      'CONVENTION.PRIORITIES_SET',
    ] as const) {
      expect(met(partner, id)).toBe(false);
      expect(met(readyForConvention(), id)).toBe(true);
    }
  });

  it('shows that the signature waits for the political dialogue', () => {
    expect(criterion(withPartner(), 'CONVENTION.SIGNED').blockedBy).toEqual([
      'CONVENTION.MOTIVATIONS_SHARED_BY_ALL',
      'CONVENTION.COMPATIBILITY_REVIEWED',
      'CONVENTION.PRIORITIES_SET',
    ]);
    expect(criterion(readyForConvention(), 'CONVENTION.SIGNED').blockedBy).toEqual([]);
  });

  it('checks the convention is signed (and no longer once expired)', () => {
    expect(met(readyForConvention(), 'CONVENTION.SIGNED')).toBe(false);
    const inForce = conventionInForce();
    expect(met(inForce, 'CONVENTION.SIGNED')).toBe(true);
    const expired = run(inForce, [{ type: 'ExpireConvention' }], noon('2028-06-02'));
    expect(met(expired, 'CONVENTION.SIGNED', noon('2028-06-02'))).toBe(false);
  });

  it('checks the dialogue plan covers the three audiences and is agreed by every party', () => {
    const proposed = run(withPartner(), [
      { type: 'ProposeDialoguePlan', proposedBy: INITIATOR, audiences: FULL_PLAN, toleranceDays: 14 },
    ]);
    expect(met(proposed, 'CONVENTION.DIALOGUE_PLAN_AGREED')).toBe(false);
    const agreed = run(proposed, [{ type: 'ApproveDialoguePlan', partyId: PARTNER }]);
    expect(met(agreed, 'CONVENTION.DIALOGUE_PLAN_AGREED')).toBe(true);
    const partial = run(withPartner(), [
      {
        type: 'ProposeDialoguePlan',
        proposedBy: INITIATOR,
        audiences: FULL_PLAN.slice(0, 2),
        toleranceDays: 14,
      },
      { type: 'ApproveDialoguePlan', partyId: PARTNER },
    ]);
    expect(met(partial, 'CONVENTION.DIALOGUE_PLAN_AGREED')).toBe(false);
  });
});

describe('assessPartnership: criteria of step 6 (actions)', () => {
  it('checks a first action started, funding identified and an indicator co-validated', () => {
    const planned = run(withPartner(), [action('a')]);
    expect(met(planned, 'ACTIONS.FIRST_ACTION_STARTED')).toBe(false);
    expect(met(planned, 'ACTIONS.FUNDING_IDENTIFIED')).toBe(false);
    expect(met(planned, 'ACTIONS.INDICATORS_CO_VALIDATED')).toBe(false);
    const live = run(planned, [
      { type: 'ChangeActionStatus', actionId: 'a', to: 'in_progress', byParty: INITIATOR },
      {
        type: 'AddBudgetLine',
        actionId: 'a',
        line: {
          id: 'b',
          funder: 'own_budget',
          funderName: 'City',
          partyId: INITIATOR,
          amount: 5000,
          currency: 'EUR',
          status: 'planned',
          ...UNSTATED_LINE_FIGURES,
        },
      },
      {
        type: 'AddIndicator',
        actionId: 'a',
        indicatorId: 'i',
        name: 'Pupils',
        unit: 'pupils',
        baseline: 0,
        target: 100,
        proposedBy: INITIATOR,
      },
    ]);
    expect(met(live, 'ACTIONS.FIRST_ACTION_STARTED')).toBe(true);
    expect(met(live, 'ACTIONS.FUNDING_IDENTIFIED')).toBe(true);
    expect(met(live, 'ACTIONS.INDICATORS_CO_VALIDATED')).toBe(false);
    expect(
      met(
        run(live, [{ type: 'ValidateIndicator', actionId: 'a', indicatorId: 'i', partyId: PARTNER }]),
        'ACTIONS.INDICATORS_CO_VALIDATED',
      ),
    ).toBe(true);
  });
});

describe('assessPartnership: steps', () => {
  it('reports every criterion once, with explanation, why and fix target', () => {
    const assessment = assessPartnership(newPartnership(), NOW);
    const all = assessment.steps.flatMap((s) => s.criteria);
    expect(all.map((c) => c.id)).toEqual(CRITERION_IDS.filter((id) => id !== 'ACTIONS.AID_COMPLETED'));
    expect(all[0]).toMatchObject({
      explanationKey: 'criteria.COMMITMENT.MOTIVATIONS_STATED',
      whyKey: 'criteriaWhy.COMMITMENT.MOTIVATIONS_STATED',
      fixTarget: 'commitment.motivations',
    });
    expect(assessment.steps.map((s) => s.step)).toEqual([...STEP_IDS]);
  });

  it('makes the first step not done current and the following ones todo', () => {
    expect(statuses(newPartnership())).toEqual(['current', 'todo', 'todo', 'todo', 'todo', 'todo']);
    expect(assessPartnership(newPartnership(), NOW).currentStep).toBe('COMMITMENT');
    expect(statuses(withPartner())).toEqual(['done', 'done', 'current', 'todo', 'todo', 'todo']);
  });

  it('shows a later step as done even when an earlier one is not (the record says what happened)', () => {
    const snapshot = run(withPartner(), [
      visit('v1', 'to_partner'),
      visit('v2', 'from_partner', '2025-05-01', '2025-05-03'),
    ]);
    expect(statuses(snapshot)).toEqual(['done', 'done', 'current', 'done', 'todo', 'todo']);
  });

  it('blocks the current step while the partnership is suspended', () => {
    const suspended = run(withPartner(), [{ type: 'SuspendPartnership', reason: 'Elections' }]);
    const assessment = assessPartnership(suspended, NOW);
    expect(assessment.steps.map((s) => s.status)).toEqual([
      'done',
      'done',
      'blocked',
      'todo',
      'todo',
      'todo',
    ]);
    expect(assessment.steps[2]?.blockedBy).toEqual(['PARTNERSHIP.SUSPENDED']);
    expect(assessment.currentStep).toBe('PRESENTATION');
  });

  it('makes nothing actionable once terminated', () => {
    const terminated = run(withPartner(), [
      {
        type: 'TerminatePartnership',
        reason: 'End',
        noticeGivenOn: '2025-06-02',
        effectiveOn: '2025-06-02',
        actionDecisions: [],
      },
    ]);
    const assessment = assessPartnership(terminated, NOW);
    expect(assessment.steps.map((s) => s.status)).toEqual([
      'done',
      'done',
      'blocked',
      'blocked',
      'blocked',
      'blocked',
    ]);
    expect(assessment.currentStep).toBeNull();
    expect(assessment.warnings).toEqual([]);
  });

  it('blocks the focus step when each missing criterion waits on a prerequisite outside the step', () => {
    const criteria = CRITERION_IDS.map((id): CriterionResult => ({
      id,
      step: CRITERIA[id].step,
      met: CRITERIA[id].step === 'COMMITMENT',
      explanationKey: `criteria.${id}`,
      whyKey: `criteriaWhy.${id}`,
      fixTarget: CRITERIA[id].fixTarget,
      blockedBy: id === 'PARTNER_SEARCH.CANDIDATE_ACCEPTED' ? ['COMMITMENT.MOTIVATIONS_REVIEWED'] : [],
    }));
    const steps = assessSteps('active', criteria, STEP_IDS);
    expect(steps[1]).toMatchObject({ status: 'blocked', blockedBy: ['COMMITMENT.MOTIVATIONS_REVIEWED'] });
  });

  it('has no current step when every step is done', () => {
    const criteria = CRITERION_IDS.map((id): CriterionResult => ({
      id,
      step: CRITERIA[id].step,
      met: true,
      explanationKey: `criteria.${id}`,
      whyKey: `criteriaWhy.${id}`,
      fixTarget: '',
      blockedBy: [],
    }));
    expect(assessSteps('active', criteria, STEP_IDS).every((s) => s.status === 'done')).toBe(true);
  });

  it('reads "today" in the initiator\'s time zone', () => {
    expect(assessPartnership(newPartnership(), instant('2025-06-01T22:30:00Z')).today).toBe('2025-06-02');
  });
});

describe('assessPartnership: warnings', () => {
  it('warns about motivations sent back for changes', () => {
    const snapshot = run(newPartnership(), [
      motivationCommands('m', INITIATOR, MAYOR)[0] as PartnershipCommand,
      {
        type: 'ReviewMotivation',
        motivationId: 'm',
        decision: 'changes_requested',
        reviewer: MAYOR,
        comment: 'Too vague',
        councilDecisionRef: null,
        councilDecisionOn: null,
      },
    ]);
    expect(warningIds(snapshot)).toContain('COMMITMENT.MOTIVATION_CHANGES_REQUESTED');
  });

  it('warns when the next step with a candidate is overdue', () => {
    const snapshot = run(newPartnership(), [
      {
        type: 'AddCandidate',
        candidateId: 'c',
        name: 'Town',
        country: 'SN',
        organisationId: null,
        source: 'registry_request',
        sourceDetail: 'Bourse-projets',
        nextStep: 'Call',
        nextStepOn: '2025-05-01',
      },
    ]);
    expect(warningIds(snapshot)).toContain('PARTNER_SEARCH.NEXT_STEP_OVERDUE');
  });

  it('collects visit warnings: size, diversity, one person, reciprocity, advisory, report', () => {
    const snapshot = run(withPartner(), [
      { ...visit('v1', 'to_partner'), delegation: [MAYOR] } as PartnershipCommand,
      {
        ...visit('v2', 'to_partner', '2025-07-10', '2025-07-12'),
        travelAdvisory: { level: 'normal_vigilance', source: 'FD', checkedOn: '2025-01-01' },
      } as PartnershipCommand,
    ]);
    const ids = warningIds(snapshot);
    expect(ids).toEqual(
      expect.arrayContaining([
        'INITIATION.DELEGATION_NOT_DIVERSE',
        'INITIATION.VISITS_NOT_RECIPROCAL',
        'INITIATION.TRAVEL_ADVISORY_OUTDATED',
        'INITIATION.VISIT_REPORT_MISSING',
      ]),
    );
    const big = run(withPartner(), [
      {
        ...visit('v1', 'to_partner'),
        delegation: [MAYOR, ENGINEER, NGO, ...['a', 'b', 'c', 'd'].map((p) => ({ ...NGO, personId: p }))],
      } as PartnershipCommand,
    ]);
    expect(warningIds(big)).toContain('INITIATION.DELEGATION_TOO_LARGE');
    const solo = run(withPartner(), [
      { ...visit('v1', 'to_partner'), delegation: [MAYOR], hosts: [PARTNER_MAYOR] } as PartnershipCommand,
    ]);
    expect(warningIds(solo).filter((id) => id === 'INITIATION.RELATION_CARRIED_BY_ONE_PERSON')).toHaveLength(
      2,
    );
  });

  it('honours a configured delegation size', () => {
    const snapshot = run(withPartner(), [visit('v1', 'to_partner')]);
    expect(assessPartnership(snapshot, NOW, { maxDelegationSize: 2 }).warnings.map((w) => w.id)).toContain(
      'INITIATION.DELEGATION_TOO_LARGE',
    );
  });

  it('warns before the convention expires, or before the tacit renewal deadline', () => {
    expect(warningIds(conventionInForce(), noon('2028-03-15'))).toContain('CONVENTION.EXPIRING_SOON');
    expect(warningIds(conventionInForce(), noon('2027-06-01'))).not.toContain('CONVENTION.EXPIRING_SOON');
    const tacit = conventionInForce({
      ...TERMS,
      tacitRenewal: { periodMonths: 12, objectionNoticeDays: 60 },
    });
    const ids = warningIds(tacit, noon('2028-03-15'));
    expect(ids).toContain('CONVENTION.TACIT_RENEWAL_DEADLINE_SOON');
    expect(ids).not.toContain('CONVENTION.EXPIRING_SOON');
  });

  it('warns about overdue exchanges, a relation falling asleep, and unusual channels', () => {
    const planned = run(withPartner(), [
      { type: 'ProposeDialoguePlan', proposedBy: INITIATOR, audiences: FULL_PLAN, toleranceDays: 14 },
      { type: 'ApproveDialoguePlan', partyId: PARTNER },
    ]);
    const later = noon('2025-08-15');
    const assessment = assessPartnership(planned, later);
    const ids = assessment.warnings.map((w) => w.id);
    expect(ids).toContain('DIALOGUE.EXCHANGE_OVERDUE');
    expect(ids).toContain('DIALOGUE.FALLING_ASLEEP');
    // Lyon does not usually use instant messaging.
    expect(assessment.warnings.find((w) => w.id === 'DIALOGUE.CHANNEL_NOT_USUAL')?.details).toMatchObject({
      channel: 'instant_messaging',
      partyId: INITIATOR,
    });
    expect(assessment.figures.sleep?.fallingAsleep).toBe(true);
  });

  it('warns about action asymmetry: one territory, one initiator, indicators not co-validated, no joint evaluation', () => {
    const snapshot = run(withPartner(), [
      action('a'),
      action('b'),
      { type: 'ChangeActionStatus', actionId: 'a', to: 'in_progress', byParty: INITIATOR },
      {
        type: 'AddIndicator',
        actionId: 'a',
        indicatorId: 'i',
        name: 'Pupils',
        unit: 'pupils',
        baseline: 0,
        target: 100,
        proposedBy: INITIATOR,
      },
    ]);
    expect(warningIds(snapshot)).toEqual(
      expect.arrayContaining([
        'ACTIONS.ALL_LOCATED_ON_ONE_TERRITORY',
        'ACTIONS.ALL_INITIATED_BY_ONE_PARTY',
        'ACTIONS.INDICATORS_NOT_CO_VALIDATED',
        'ACTIONS.NO_RECENT_JOINT_EVALUATION',
      ]),
    );
    const balanced = run(withPartner(), [
      action('a'),
      action('b', { initiatedBy: PARTNER, locatedIn: [INITIATOR] }),
    ]);
    expect(warningIds(balanced)).not.toContain('ACTIONS.ALL_LOCATED_ON_ONE_TERRITORY');
    expect(warningIds(balanced)).not.toContain('ACTIONS.ALL_INITIATED_BY_ONE_PARTY');
  });

  it('gives every warning its step, explanation and why keys', () => {
    const snapshot = run(withPartner(), [visit('v1', 'to_partner')]);
    const [first] = assessPartnership(snapshot, NOW).warnings;
    expect(first).toMatchObject({
      step: 'INITIATION',
      explanationKey: `warnings.${first?.id}`,
      whyKey: `warningsWhy.${first?.id}`,
    });
  });
});

describe('assessPartnership: figures', () => {
  it('includes asymmetry, leverage, health, presentation completeness and dialogue dues', () => {
    const snapshot = run(conventionInForce(), [
      { type: 'ProposeDialoguePlan', proposedBy: INITIATOR, audiences: FULL_PLAN, toleranceDays: 14 },
      fullPresentation,
    ]);
    const { figures } = assessPartnership(snapshot, NOW);
    expect(figures.presentations.map((p) => [p.partyId, p.ratio])).toEqual([
      [INITIATOR, 1],
      [BAMAKO.id, 0],
    ]);
    expect(figures.dialogue?.map((d) => d.audience)).toEqual([
      'elected_officials',
      'technicians',
      'territory_actors',
    ]);
    expect(figures.funding).toMatchObject({ currency: 'EUR', totalGranted: 0, funders: [] });
    expect(figures.health.components.find((c) => c.id === 'CONVENTION_IN_FORCE')?.value).toBe(1);
    // No action yet: actions and indicators are not scored yet.
    const notExpected = figures.health.components.filter((c) => c.weight === 0).map((c) => c.id);
    expect(notExpected).toEqual(expect.arrayContaining(['ACTION_BALANCE', 'INDICATORS_CO_VALIDATED']));
    expect(figures.health.score).toBe(90);
    expect(figures.asymmetry.parties.map((p) => p.motivationsShared)).toEqual([1, 1]);
  });

  it('has no dialogue figures without a plan', () => {
    expect(assessPartnership(withPartner(), NOW).figures).toMatchObject({ dialogue: null, sleep: null });
  });
});

describe('convention prerequisites (seed 004 §4: the convention concludes a dialogue of mutual knowledge)', () => {
  const draft: PartnershipCommand = {
    type: 'DraftConvention',
    content: {
      objectives: 'Water for all',
      priorities: [],
      themes: [],
      governance: '',
      dialogueModalities: '',
      fundingCommitments: '',
      terminationClause: '',
    },
    conventionId: 'conv-1',
    text: 'General cooperation agreement',
    terms: TERMS,
  };
  const prerequisiteWarnings = (snapshot: PartnershipSnapshot) =>
    assessPartnership(snapshot, NOW).warnings.filter(
      (warning) =>
        warning.id === 'CONVENTION.WITHOUT_RECIPROCAL_VISIT' ||
        warning.id === 'CONVENTION.PARTNER_STAKES_MISSING',
    );

  it('warns, without refusing, while a convention is prepared with no visit each way and no partner stakes', () => {
    const drafted = run(readyForConvention(), [draft]);
    expect(
      prerequisiteWarnings(drafted).map((warning) => [warning.id, warning.step, warning.details]),
    ).toEqual([
      [
        'CONVENTION.WITHOUT_RECIPROCAL_VISIT',
        'CONVENTION',
        { conventionId: 'conv-1', partnerPartyId: PARTNER, toPartner: 0, fromPartner: 0 },
      ],
      [
        'CONVENTION.PARTNER_STAKES_MISSING',
        'CONVENTION',
        { conventionId: 'conv-1', partyId: PARTNER, stakes: 0, contributions: 0 },
      ],
    ]);
    // Explained, not blocking: the convention can still be negotiated and approved.
    expect(
      run(drafted, [{ type: 'OpenConventionNegotiation' }, ...approvalCommands()]).convention?.state,
    ).toBe('approved');
  });

  it('is satisfied by the partner stating its own stakes and contributions, and is silent once signed', () => {
    const stated = run(readyForConvention(), [
      draft,
      {
        type: 'RecordStake',
        stakeId: 's-bko',
        partyId: PARTNER,
        title: 'Sanitation',
        cooperationCanBeLever: true,
      },
      { type: 'RecordContribution', contributionId: 'c-bko', partyId: PARTNER, title: 'Market gardening' },
    ]);
    expect(prerequisiteWarnings(stated).map((warning) => warning.id)).toEqual([
      'CONVENTION.WITHOUT_RECIPROCAL_VISIT',
    ]);
    expect(prerequisiteWarnings(conventionInForce())).toEqual([]);
  });
});
