import { type PartnershipCommand } from '../partnership/apply-command';
import { type PartnershipSnapshot } from '../partnership/partnership';
import {
  ENGINEER,
  INITIATOR,
  MAYOR,
  NOW,
  PARTNER,
  PARTNER_MAYOR,
  approvalCommands,
  commitmentCommands,
  compatibility,
  motivationCommands,
  newPartnership,
  readyForConvention,
  run,
  withPartner,
} from '../testing/fixtures.test-helpers';
import { type InboxRole, computeInboxItems } from './inbox';

const elected = (partyId = INITIATOR, personId = MAYOR.personId) => ({
  partyId,
  personId,
  role: 'elected' as InboxRole,
});
const officer = (partyId = INITIATOR, personId = ENGINEER.personId) => ({
  partyId,
  personId,
  role: 'officer' as InboxRole,
});
const kindsFor = (snapshot: PartnershipSnapshot, viewer: ReturnType<typeof elected>, now = NOW) =>
  computeInboxItems(snapshot, viewer, now).map((item) => item.kind);

const draftAndNegotiate: PartnershipCommand[] = [
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
    terms: { durationMonths: 36, tacitRenewal: null, terminationNoticeDays: 90 },
  },
  { type: 'OpenConventionNegotiation' },
];

const visit = (
  overrides: Partial<Extract<PartnershipCommand, { type: 'RecordVisit' }>>,
): PartnershipCommand => ({
  type: 'RecordVisit',
  agenda: [],
  visitId: 'v-1',
  direction: 'to_partner',
  partnerPartyId: PARTNER,
  startsOn: '2025-07-10',
  endsOn: '2025-07-14',
  purpose: 'Meet the partner and its actors',
  delegation: [MAYOR, ENGINEER],
  hosts: [PARTNER_MAYOR],
  travelAdvisory: null,
  travelApproval: null,
  ...overrides,
});

describe('inbox', () => {
  it("asks an elected official to review their side's unreviewed motivations, not the officer", () => {
    const snapshot = run(newPartnership(), [
      {
        type: 'StateMotivation',
        motivationId: 'm-1',
        partyId: INITIATOR,
        category: 'political',
        frameOfReference: 'humanist',
        text: 'Solidarity',
        authorId: 'author',
      },
    ]);
    const [item] = computeInboxItems(snapshot, elected(), NOW);
    expect(item).toMatchObject({
      kind: 'motivation-review',
      subjectId: 'm-1',
      since: '2025-06-02',
      dueOn: null,
      overdue: false,
    });
    expect(kindsFor(snapshot, officer())).toEqual([]);
  });

  it('asks each side for its own compatibility review once all motivations are shared', () => {
    const shared = run(withPartner(), [
      { type: 'ShareMotivation', motivationId: 'm-lyon' },
      ...motivationCommands('m-bko', PARTNER, PARTNER_MAYOR),
      { type: 'ShareMotivation', motivationId: 'm-bko' },
    ]);
    expect(kindsFor(shared, elected())).toEqual(['compatibility-review']);
    const reviewed = run(shared, [compatibility(PARTNER, PARTNER_MAYOR)]);
    expect(kindsFor(reviewed, elected())).toEqual(['compatibility-review']);
    expect(kindsFor(reviewed, elected(PARTNER, PARTNER_MAYOR.personId))).toEqual([]);
  });

  it('asks the side that has not agreed to a priority, and only that side', () => {
    const proposed = run(readyForConvention(), [
      { type: 'RecordPriority', priorityId: 'pr-2', title: 'Youth', stakeIds: [], agreedBy: [INITIATOR] },
    ]);
    expect(kindsFor(proposed, elected())).toEqual([]);
    const [item] = computeInboxItems(proposed, elected(PARTNER, PARTNER_MAYOR.personId), NOW);
    expect(item).toMatchObject({ kind: 'priority-agreement', subjectId: 'pr-2', subjectLabel: 'Youth' });
  });

  it('asks for the council approval of the version under negotiation until the side approved it', () => {
    const negotiating = run(readyForConvention(), draftAndNegotiate);
    expect(kindsFor(negotiating, elected())).toEqual(['convention-approval']);
    const [ours] = approvalCommands();
    const approvedByUs = run(negotiating, [ours as PartnershipCommand]);
    expect(kindsFor(approvedByUs, elected())).toEqual([]);
    expect(kindsFor(approvedByUs, elected(PARTNER, PARTNER_MAYOR.personId))).toEqual(['convention-approval']);
  });

  it("lists an orange-zone visit of the viewer's delegation awaiting approval, due on its first day", () => {
    const planned = run(withPartner(), [
      visit({
        travelAdvisory: {
          level: 'advised_against_except_essential',
          source: 'France Diplomatie',
          checkedOn: '2025-06-01',
        },
      }),
    ]);
    const [item] = computeInboxItems(planned, elected(), NOW);
    expect(item).toMatchObject({
      kind: 'orange-zone-visit-approval',
      since: '2025-06-01',
      dueOn: '2025-07-10',
    });
    expect(kindsFor(planned, elected(PARTNER, PARTNER_MAYOR.personId))).toEqual([]);
  });

  it('asks the officers of the delegation for a missing report, overdue after the grace days', () => {
    const done = run(withPartner(), [
      visit({
        startsOn: '2025-05-10',
        endsOn: '2025-05-14',
        travelAdvisory: { level: 'normal_vigilance', source: 'France Diplomatie', checkedOn: '2025-05-01' },
      }),
    ]);
    const [item] = computeInboxItems(done, officer(), NOW);
    expect(item).toMatchObject({ kind: 'visit-report-due', dueOn: '2025-05-21', overdue: true });
    expect(kindsFor(done, officer(PARTNER, 'engineer-bamako'))).toEqual([]);
  });

  it('asks nothing of anyone in a suspended partnership, nor of an organisation that is not a party', () => {
    const snapshot = run(newPartnership(), commitmentCommands().slice(0, 1));
    expect(kindsFor(snapshot, elected('org-elsewhere', 'someone'))).toEqual([]);
    const suspended: PartnershipSnapshot = {
      ...snapshot,
      partnership: { ...snapshot.partnership, status: 'suspended' },
    };
    expect(kindsFor(suspended, elected())).toEqual([]);
  });
});
