import { type Organisation } from '../organisation/organisation';
import {
  type PartnershipAppend,
  type PartnershipCommand,
  type DomainEvent,
  applyCommand,
} from '../partnership/apply-command';
import { type PartnershipSnapshot } from '../partnership/partnership';
import { createPartnership } from '../partnership/partnership-status-machine';
import { type DomainError, type ErrorCode } from '../shared/domain-error';
import { type PersonRef } from '../shared/person';
import { type CommandResult } from '../shared/result';
import { type ConventionTerms } from '../convention/convention';
import { type AudiencePlan } from '../dialogue/dialogue';

export const INITIATOR = 'org-lyon';
export const PARTNER = 'org-bamako';
export const THIRD = 'org-montreal';

export function instant(iso: string): Date {
  return new Date(iso);
}

/** Noon UTC: the same calendar day in Paris, Bamako and Montreal. */
export function noon(date: string): Date {
  return new Date(`${date}T12:00:00Z`);
}

export const NOW = noon('2025-06-02');

export function organisation(id: string, overrides: Partial<Organisation> = {}): Organisation {
  return {
    id,
    name: `Authority ${id}`,
    kind: 'commune',
    country: 'FR',
    population: 500_000,
    languages: ['fr'],
    timeZone: 'Europe/Paris',
    communication: {
      internet: 'good',
      phone: 'good',
      usualChannels: ['email', 'video_call', 'phone', 'in_person'],
    },
    ...overrides,
  };
}

export const LYON = organisation(INITIATOR);
export const BAMAKO = organisation(PARTNER, {
  country: 'ML',
  languages: ['fr', 'bm'],
  timeZone: 'Africa/Bamako',
  communication: {
    internet: 'intermittent',
    phone: 'good',
    usualChannels: ['phone', 'instant_messaging', 'in_person', 'email'],
  },
});
export const MONTREAL = organisation(THIRD, {
  country: 'CA',
  timeZone: 'America/Montreal',
  kind: 'state_level',
});

export function person(personId: string, partyId: string, role: PersonRef['role']): PersonRef {
  return { personId, name: personId, partyId, role };
}

export const MAYOR = person('mayor-lyon', INITIATOR, 'elected');
export const DEPUTY = person('deputy-lyon', INITIATOR, 'elected');
export const ENGINEER = person('engineer-lyon', INITIATOR, 'technician');
export const NGO = person('ngo-lyon', INITIATOR, 'territory_actor');
export const PARTNER_MAYOR = person('mayor-bamako', PARTNER, 'elected');
export const PARTNER_ENGINEER = person('engineer-bamako', PARTNER, 'technician');
export const PARTNER_ACTOR = person('school-bamako', PARTNER, 'territory_actor');

export const TERMS: ConventionTerms = {
  durationMonths: 36,
  tacitRenewal: null,
  terminationNoticeDays: 90,
};

export function expectOk<S, E>(result: CommandResult<S, E>): { state: S; events: readonly E[] } {
  if (!result.ok) throw new Error(`Expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

export function expectError<S, E>(result: CommandResult<S, E>, code: ErrorCode): DomainError {
  if (result.ok) throw new Error(`Expected ${code}, got success`);
  expect(result.error.code).toBe(code);
  return result.error;
}

/** Applies commands in order, failing the test at the first refusal. */
export function run(
  snapshot: PartnershipSnapshot,
  commands: readonly (PartnershipCommand | PartnershipAppend)[],
  now: Date = NOW,
): PartnershipSnapshot {
  return commands.reduce((state, command) => expectOk(applyCommand(state, command, now)).state, snapshot);
}

export function runWithEvents(
  snapshot: PartnershipSnapshot,
  command: PartnershipCommand | PartnershipAppend,
  now: Date = NOW,
): { state: PartnershipSnapshot; events: readonly DomainEvent[] } {
  return expectOk(applyCommand(snapshot, command, now));
}

export function newPartnership(partners: readonly Organisation[] = [], now: Date = NOW): PartnershipSnapshot {
  return expectOk(
    createPartnership(
      {
        type: 'CreatePartnership',
        partnershipId: 'p-1',
        name: 'Lyon – Bamako',
        form: 'decentralised_cooperation',
        approach: 'mutual_interest',
        initiator: LYON,
        partners,
      },
      now,
    ),
  ).state;
}

export function motivationCommands(id: string, partyId: string, reviewer: PersonRef): PartnershipCommand[] {
  return [
    {
      type: 'StateMotivation',
      motivationId: id,
      partyId,
      category: 'political',
      frameOfReference: 'humanist',
      text: 'Solidarity between our territories',
      authorId: 'author',
    },
    {
      type: 'ReviewMotivation',
      motivationId: id,
      decision: 'approved',
      reviewer,
      comment: null,
      councilDecisionRef: 'DEL-2025-01',
      councilDecisionOn: '2025-01-15',
    },
  ];
}

/** Two more actors of other kinds, each consulted: with the diaspora association, the actors carry it. */
export function otherActorsAssociated(): PartnershipCommand[] {
  return [
    {
      type: 'AssociateTerritoryActor',
      actorId: 'a-2',
      partyId: INITIATOR,
      name: 'Lycée du Parc',
      kind: 'school',
      involvement: 'consulted',
    },
    {
      type: 'RecordConsultation',
      actorId: 'a-2',
      on: '2025-01-12',
      summary: 'Approach presented to teachers',
    },
    {
      type: 'AssociateTerritoryActor',
      actorId: 'a-3',
      partyId: INITIATOR,
      name: 'Hospices civils',
      kind: 'hospital',
      involvement: 'consulted',
    },
    {
      type: 'RecordConsultation',
      actorId: 'a-3',
      on: '2025-01-14',
      summary: 'Approach discussed with staff',
    },
  ];
}

/** Step 1 done for the initiator. */
export function commitmentCommands(): PartnershipCommand[] {
  return [
    ...motivationCommands('m-lyon', INITIATOR, MAYOR),
    {
      type: 'AssociateTerritoryActor',
      actorId: 'a-1',
      partyId: INITIATOR,
      name: 'Diaspora association',
      kind: 'diaspora_group',
      involvement: 'co_carrier',
    },
    {
      type: 'RecordConsultation',
      actorId: 'a-1',
      on: '2025-01-10',
      summary: 'Approach presented and discussed',
    },
    ...otherActorsAssociated(),
    {
      type: 'RecordStake',
      stakeId: 's-1',
      partyId: INITIATOR,
      title: 'Youth employment',
      cooperationCanBeLever: true,
    },
    {
      type: 'RecordContribution',
      contributionId: 'c-1',
      partyId: INITIATOR,
      title: 'Water utility know-how',
    },
  ];
}

/** Steps 1-2 done: the partner joined through the partner search. */
export function withPartner(now: Date = NOW): PartnershipSnapshot {
  return run(
    newPartnership([], now),
    [
      ...commitmentCommands(),
      {
        type: 'AddCandidate',
        candidateId: 'cand-1',
        name: 'Bamako',
        country: 'ML',
        organisationId: null,
        source: 'territory_actors_network',
        sourceDetail: 'Diaspora association',
        nextStep: null,
        nextStepOn: null,
      },
      {
        type: 'AdvanceCandidate',
        candidateId: 'cand-1',
        to: 'contacted',
        nextStep: null,
        nextStepOn: null,
        organisation: null,
      },
      {
        type: 'AdvanceCandidate',
        candidateId: 'cand-1',
        to: 'in_discussion',
        nextStep: null,
        nextStepOn: null,
        organisation: null,
      },
      {
        type: 'AdvanceCandidate',
        candidateId: 'cand-1',
        to: 'proposed',
        nextStep: null,
        nextStepOn: null,
        organisation: null,
      },
      {
        type: 'AdvanceCandidate',
        candidateId: 'cand-1',
        to: 'accepted',
        nextStep: null,
        nextStepOn: null,
        organisation: BAMAKO,
      },
    ],
    now,
  );
}

/** Motivations shared by both, compatibility reviewed by each side's elected official, a priority agreed. */
export function readinessCommands(): PartnershipCommand[] {
  return [
    { type: 'ShareMotivation', motivationId: 'm-lyon' },
    ...motivationCommands('m-bamako', PARTNER, PARTNER_MAYOR),
    { type: 'ShareMotivation', motivationId: 'm-bamako' },
    compatibility(INITIATOR, MAYOR),
    compatibility(PARTNER, PARTNER_MAYOR),
    {
      type: 'RecordPriority',
      priorityId: 'pr-1',
      title: 'Water and sanitation',
      stakeIds: ['s-1'],
      agreedBy: [INITIATOR, PARTNER],
    },
  ];
}

export function compatibility(partyId: string, reviewer: PersonRef): PartnershipCommand {
  return {
    type: 'RecordCompatibilityReview',
    partyId,
    decision: 'approved',
    reviewer,
    comment: null,
    councilDecisionRef: null,
    councilDecisionOn: null,
  };
}

export function readyForConvention(now: Date = NOW): PartnershipSnapshot {
  return run(withPartner(now), readinessCommands(), now);
}

export function approvalCommands(version = 1): PartnershipCommand[] {
  return [
    {
      type: 'ApproveConvention',
      decisionFileId: null,
      partyId: INITIATOR,
      version,
      councilDecisionRef: 'DEL-LYON-7',
      decidedOn: '2025-05-20',
    },
    {
      type: 'ApproveConvention',
      decisionFileId: null,
      partyId: PARTNER,
      version,
      councilDecisionRef: 'DEL-BKO-3',
      decidedOn: '2025-05-25',
    },
  ];
}

export function signCommand(version = 1): PartnershipCommand {
  return {
    type: 'SignConvention',
    signedFileId: null,
    version,
    signedOn: '2025-05-30',
    signatories: [
      { partyId: INITIATOR, name: 'Mayor of Lyon', title: 'Mayor' },
      { partyId: PARTNER, name: 'Mayor of Bamako', title: 'Mayor' },
    ],
  };
}

export function conventionInForce(terms: ConventionTerms = TERMS, now: Date = NOW): PartnershipSnapshot {
  return run(
    readyForConvention(now),
    [
      {
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
        terms,
      },
      { type: 'OpenConventionNegotiation' },
      ...approvalCommands(),
      signCommand(),
      { type: 'BringConventionIntoForce', effectiveOn: '2025-06-01' },
    ],
    now,
  );
}

export const FULL_PLAN: readonly AudiencePlan[] = [
  {
    audience: 'elected_officials',
    cadence: { every: 3, unit: 'month' },
    channels: ['phone'],
    participants: [MAYOR, PARTNER_MAYOR],
  },
  {
    audience: 'technicians',
    cadence: { every: 1, unit: 'month' },
    channels: ['email'],
    participants: [ENGINEER, PARTNER_ENGINEER],
  },
  {
    audience: 'territory_actors',
    cadence: { every: 6, unit: 'week' },
    channels: ['instant_messaging'],
    participants: [NGO, PARTNER_ACTOR],
  },
];
