import { UNSTATED_LINE_FIGURES } from '../action/action';
import {
  INITIATOR,
  MAYOR,
  NOW,
  PARTNER,
  commitmentCommands,
  expectOk,
  motivationCommands,
  newPartnership,
  readinessCommands,
  withPartner,
} from '../testing/fixtures.test-helpers';
import { applyCommand, type PartnershipCommand } from './apply-command';
import { editedRecordOf, recordChangesBetween, type EditedRecord } from './edited-record';
import { type PartnershipSnapshot } from './partnership';

/** Applies each command in turn and gives, for each, the record it edits and the records it changed. */
function changesOf(start: PartnershipSnapshot, commands: readonly PartnershipCommand[]) {
  let state = start;
  return commands.map((command) => {
    const { state: next } = expectOk(applyCommand(state, command, NOW));
    const changes = recordChangesBetween(state, next);
    state = next;
    return { command: command.type, edited: editedRecordOf(command), changes };
  });
}

/** The parts a write stores, by name (listed parts with the keys of their saved records). */
function changedParts(changes: ReturnType<typeof recordChangesBetween>): Record<string, unknown> {
  return {
    ...(changes.partnership ? { partnership: true } : {}),
    ...Object.fromEntries(changes.single.map((part) => [part, true])),
    ...Object.fromEntries(changes.listed.map(({ part, saved }) => [part, saved.map(({ key }) => key)])),
    ...Object.fromEntries(
      changes.actionParts.map(({ part, actionKey, saved }) => [
        part,
        saved.map(({ key }) => `${actionKey}/${key}`),
      ]),
    ),
  };
}

function expectedParts(edited: EditedRecord): Record<string, unknown> {
  if ('actionKey' in edited) return { [edited.part]: [`${edited.actionKey}/${edited.key}`] };
  if ('key' in edited) return { [edited.part]: [edited.key] };
  return { [edited.part]: true };
}

const ACTION_STORY: PartnershipCommand[] = [
  {
    type: 'CreateAction',
    priority: 'medium',
    actionId: 'act-1',
    title: 'Drinking water for two districts',
    themes: ['water_sanitation'],
    sdgs: [6],
    locatedIn: [PARTNER],
    initiatedBy: PARTNER,
    operators: [],
    startsOn: '2025-07-01',
    endsOn: null,
  },
  {
    type: 'AddBudgetLine',
    actionId: 'act-1',
    line: {
      id: 'b-1',
      funder: 'ministry_call',
      funderName: 'MEAE call',
      partyId: null,
      amount: 20_000,
      currency: 'EUR',
      status: 'granted',
      ...UNSTATED_LINE_FIGURES,
    },
  },
  {
    type: 'AddIndicator',
    actionId: 'act-1',
    indicatorId: 'i-1',
    name: 'Households connected',
    unit: 'households',
    baseline: 0,
    target: 400,
    proposedBy: PARTNER,
  },
  {
    type: 'AddIndicator',
    actionId: 'act-1',
    indicatorId: 'i-2',
    name: 'Wells dug',
    unit: 'wells',
    baseline: 0,
    target: 4,
    proposedBy: INITIATOR,
  },
  { type: 'ValidateIndicator', actionId: 'act-1', indicatorId: 'i-1', partyId: INITIATOR },
  { type: 'SetActionPriority', actionId: 'act-1', priority: 'high' },
  { type: 'ChangeActionStatus', actionId: 'act-1', to: 'in_progress', byParty: PARTNER },
];

describe('the record a command edits', () => {
  it('is the only record a step 1 to 5 command changes: the others are kept as they were', () => {
    const story = [
      ...changesOf(newPartnership(), commitmentCommands()),
      ...changesOf(withPartner(), [
        ...readinessCommands(),
        ...motivationCommands('m-lyon-2', INITIATOR, MAYOR),
        {
          type: 'ReviseMotivation',
          motivationId: 'm-lyon-2',
          category: 'economic',
          frameOfReference: 'pro_domo',
          text: 'Jobs for our young people',
        },
      ]),
    ];
    expect(story.length).toBeGreaterThan(12);
    for (const { command, edited, changes } of story) {
      expect({ command, parts: changedParts(changes) }).toEqual({ command, parts: expectedParts(edited) });
    }
  });

  it('writes an action apart from its budget lines and indicators, each of them a record of its own', () => {
    const story = changesOf(withPartner(), ACTION_STORY);
    for (const { command, edited, changes } of story) {
      expect({ command, parts: changedParts(changes) }).toEqual({ command, parts: expectedParts(edited) });
    }
    expect(editedRecordOf(ACTION_STORY[4]!)).toEqual({
      part: 'indicators',
      actionKey: 'act-1',
      key: 'i-1',
      creates: false,
    });
    // The second indicator stays in its place when the first is validated.
    expect(story[4]!.changes.actionParts).toEqual([
      {
        part: 'indicators',
        actionKey: 'act-1',
        saved: [expect.objectContaining({ key: 'i-1', position: 0 })],
        removed: [],
      },
    ]);
  });

  it('says which changes a client must have read: a new record none, an edit the version of that record', () => {
    expect(
      editedRecordOf({
        type: 'RecordStake',
        stakeId: 's-9',
        partyId: INITIATOR,
        title: 'Youth',
        cooperationCanBeLever: true,
      }),
    ).toEqual({ part: 'stakes', key: 's-9', creates: true });
    expect(editedRecordOf({ type: 'ShareMotivation', motivationId: 'm-1' })).toEqual({
      part: 'motivations',
      key: 'm-1',
      creates: false,
    });
    expect(editedRecordOf({ type: 'OpenConventionNegotiation' })).toEqual({ part: 'convention' });
    expect(editedRecordOf({ type: 'ResumePartnership' })).toEqual({ part: 'partnership' });
  });

  it('stores a presentation in place: updating one party’s leaves the other’s unwritten', () => {
    const sections = { motivations: 'Why we cooperate' };
    const [, second, third] = changesOf(withPartner(), [
      { type: 'UpdatePresentation', partyId: INITIATOR, sections, translations: {}, documentRef: null },
      { type: 'UpdatePresentation', partyId: 'org-bamako', sections, translations: {}, documentRef: null },
      { type: 'UpdatePresentation', partyId: INITIATOR, sections, translations: {}, documentRef: null },
    ]);
    expect(second!.changes.listed).toEqual([
      {
        part: 'presentations',
        saved: [expect.objectContaining({ key: 'org-bamako', position: 1 })],
        removed: [],
      },
    ]);
    expect(third!.changes.listed).toEqual([
      {
        part: 'presentations',
        saved: [expect.objectContaining({ key: INITIATOR, position: 0 })],
        removed: [],
      },
    ]);
  });
});
