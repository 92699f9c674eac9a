import { type DialogueEvent, type DialoguePlan } from '../dialogue/dialogue';
import { type PartnershipSnapshot } from '../partnership/partnership';
import { FULL_PLAN, INITIATOR, NOW, PARTNER, instant, withPartner } from '../testing/fixtures.test-helpers';
import { type Visit } from '../visit/visit';
import { assessPartnership } from './assess-partnership';
import { assessmentValidUntil, startOfNextDay, summarisePartnership } from './partnership-summary';

const plan: DialoguePlan = {
  audiences: FULL_PLAN,
  toleranceDays: 14,
  proposedAt: instant('2025-01-10T09:00:00Z'),
  approvedBy: [INITIATOR, PARTNER],
};

function exchange(id: string, occurredAt: string): DialogueEvent {
  return {
    id,
    audience: 'technicians',
    occurredAt: instant(occurredAt),
    channel: 'email',
    participants: [],
    summary: 'Exchange',
    decisions: [],
    recordedBy: INITIATOR,
  };
}

function visit(id: string, startsOn: string, endsOn: string): Visit {
  return {
    id,
    direction: 'from_partner',
    partnerPartyId: PARTNER,
    startsOn,
    endsOn,
    purpose: 'Visit',
    agenda: [],
    delegation: [],
    hosts: [],
    travelAdvisory: null,
    travelApproval: null,
    report: null,
    cancelled: false,
  };
}

/** Lyon (Europe/Paris) initiates: a plan, exchanges and visits whose figures move with the days. */
function livelyPartnership(events: readonly DialogueEvent[] = []): PartnershipSnapshot {
  return {
    ...withPartner(),
    dialoguePlan: plan,
    dialogueEvents: [exchange('e-1', '2025-05-02T08:00:00Z'), ...events],
    visits: [visit('v-1', '2025-06-02', '2025-06-02'), visit('v-2', '2025-06-10', '2025-06-12')],
  };
}

const summaryAt = (snapshot: PartnershipSnapshot, now: Date) =>
  summarisePartnership(snapshot, assessPartnership(snapshot, now));

describe('startOfNextDay', () => {
  it('gives the next midnight of the zone, not of UTC', () => {
    expect(startOfNextDay(instant('2025-06-02T12:00:00Z'), 'Europe/Paris')).toEqual(
      instant('2025-06-02T22:00:00Z'),
    );
    expect(startOfNextDay(instant('2025-06-02T22:30:00Z'), 'Europe/Paris')).toEqual(
      instant('2025-06-03T22:00:00Z'),
    );
    expect(startOfNextDay(instant('2025-06-02T23:59:59Z'), 'Africa/Bamako')).toEqual(
      instant('2025-06-03T00:00:00Z'),
    );
    expect(startOfNextDay(instant('2025-06-02T12:00:00Z'), 'America/Montreal')).toEqual(
      instant('2025-06-03T04:00:00Z'),
    );
  });

  it('follows daylight saving changes (a 23-hour and a 25-hour day in Paris)', () => {
    expect(startOfNextDay(instant('2025-03-29T23:30:00Z'), 'Europe/Paris')).toEqual(
      instant('2025-03-30T22:00:00Z'),
    );
    expect(startOfNextDay(instant('2025-10-25T22:30:00Z'), 'Europe/Paris')).toEqual(
      instant('2025-10-26T23:00:00Z'),
    );
  });
});

describe('assessmentValidUntil', () => {
  it('ends at the next midnight of the reference zone', () => {
    expect(assessmentValidUntil(livelyPartnership(), NOW)).toEqual(instant('2025-06-02T22:00:00Z'));
  });

  it('ends earlier at an exchange recorded for a later instant, which only counts from then', () => {
    const snapshot = livelyPartnership([exchange('e-2', '2025-06-02T15:00:00Z')]);
    expect(assessmentValidUntil(snapshot, NOW)).toEqual(instant('2025-06-02T15:00:00Z'));
    expect(summaryAt(snapshot, NOW)).not.toEqual(summaryAt(snapshot, instant('2025-06-02T15:00:00Z')));
    expect(assessmentValidUntil(snapshot, instant('2025-06-02T15:00:00Z'))).toEqual(
      instant('2025-06-02T22:00:00Z'),
    );
  });

  it('keeps the summary the same at every instant before it ends, and the day after differs', () => {
    const snapshot = livelyPartnership([exchange('e-2', '2025-06-02T15:00:00Z')]);
    for (const from of [NOW, instant('2025-06-02T15:00:00Z'), instant('2025-06-02T21:59:00Z')]) {
      const until = assessmentValidUntil(snapshot, from);
      const summary = summaryAt(snapshot, from);
      for (const later of [from.getTime() + 1, (from.getTime() + until.getTime()) / 2, until.getTime() - 1]) {
        expect(summaryAt(snapshot, new Date(later))).toEqual(summary);
      }
    }
    // The visit of 2 June has taken place and is no longer the next visit on 3 June (Paris).
    const june2 = summaryAt(snapshot, instant('2025-06-02T21:59:59Z'));
    const june3 = summaryAt(snapshot, instant('2025-06-02T22:00:00Z'));
    expect(june2.nextVisit?.visitId).toBe('v-1');
    expect(june3.nextVisit?.visitId).toBe('v-2');
    expect(june3.today).toBe('2025-06-03');
  });
});

describe('summarisePartnership', () => {
  it('lists the parties with their role and shares, and no organisation name', () => {
    const summary = summaryAt(livelyPartnership(), NOW);
    expect(summary.parties).toEqual([
      { organisationId: INITIATOR, role: 'initiator' },
      { organisationId: PARTNER, role: 'partner' },
    ]);
    expect(summary.partyShares.map((party) => party.partyId)).toEqual([INITIATOR, PARTNER]);
    expect(summary.timeZone).toBe('Europe/Paris');
    expect(JSON.stringify(summary)).not.toContain('Authority');
  });

  it('takes the next visit, dialogue and health from the assessment of that day', () => {
    const snapshot = livelyPartnership();
    const assessment = assessPartnership(snapshot, NOW);
    const summary = summarisePartnership(snapshot, assessment);
    expect(summary.today).toBe('2025-06-02');
    expect(summary.nextVisit).toEqual({
      visitId: 'v-1',
      direction: 'from_partner',
      startsOn: '2025-06-02',
      endsOn: '2025-06-02',
    });
    expect(summary.health.score).toBe(assessment.figures.health.score);
    expect(summary.dialogueDue.map((due) => due.audience)).toEqual(FULL_PLAN.map((p) => p.audience));
    expect(summary.warningsCount).toBe(assessment.warnings.length);
  });
});
