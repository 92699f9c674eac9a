import { type DialogueAudience } from '../dialogue/dialogue';
import { type DialogueDueStatus } from '../dialogue/dialogue-cadence';
import { type ConventionState } from '../convention/convention';
import { referenceTimeZone } from '../partnership/command-support';
import { type PartnershipSnapshot, type PartnershipStatus, type PartyRole } from '../partnership/partnership';
import { type CalendarDate, addDays } from '../shared/calendar-date';
import { type PartyId } from '../shared/ids';
import { calendarDateAt, instantAt } from '../shared/zoned-time';
import { type RuptureSignalKind } from '../signal/rupture-signal';
import { type VisitDirection } from '../visit/visit';
import { type PartnershipAssessment } from './assess-partnership';
import { type HealthComponentId, type StepId } from './catalogue';

/**
 * What a list of partnerships (the portfolio) shows of one partnership, as of one day, for any viewer:
 * no viewer's role or name is in it (the parties are listed with their role and figures, organisation names
 * are read where they are kept), so one stored copy serves every authority party to the partnership.
 */
export interface PartnershipSummaryFacts {
  /** The day it was computed for, in `timeZone` (the partnership's reference zone). */
  readonly today: CalendarDate;
  readonly timeZone: string;
  readonly status: PartnershipStatus;
  readonly currentStep: StepId | null;
  readonly stepsDone: number;
  readonly health: {
    readonly score: number;
    readonly components: readonly {
      readonly id: HealthComponentId;
      readonly weight: number;
      readonly value: number;
      readonly points: number;
      readonly explanationKey: `health.${HealthComponentId}`;
    }[];
  };
  /** In the order of the snapshot's parties. */
  readonly parties: readonly { readonly organisationId: PartyId; readonly role: PartyRole }[];
  /** Per party, from the asymmetry figures: each viewer reads its own shares. */
  readonly partyShares: readonly {
    readonly partyId: PartyId;
    readonly actionsInitiatedShare: number | null;
    readonly actionsLocatedShare: number | null;
  }[];
  readonly nextVisit: {
    readonly visitId: string;
    readonly direction: VisitDirection;
    readonly startsOn: CalendarDate;
    readonly endsOn: CalendarDate;
  } | null;
  readonly dialogueDue: readonly {
    readonly audience: DialogueAudience;
    readonly dueOn: CalendarDate;
    readonly status: DialogueDueStatus;
    readonly lastExchangeOn: CalendarDate | null;
  }[];
  readonly fallingAsleep: boolean;
  readonly conventionState: ConventionState | null;
  readonly conventionExpiresOn: CalendarDate | null;
  readonly asymmetry: {
    readonly visitsToPartner: number;
    readonly visitsFromPartner: number;
    readonly actionsCount: number;
    readonly indicatorsCoValidatedShare: number | null;
  };
  readonly warningsCount: number;
  /** Warning signs of rupture weighing on the relation that day, soonest first. */
  readonly ruptureSignals: readonly {
    readonly kind: RuptureSignalKind;
    readonly occursOn: CalendarDate;
    readonly partyId: PartyId;
  }[];
}

/** The first instant of the calendar day after the one `now` falls on in `timeZone`. */
export function startOfNextDay(now: Date, timeZone: string): Date {
  return instantAt(addDays(calendarDateAt(now, timeZone), 1), '00:00', timeZone);
}

/**
 * Until when an assessment made at `now` stays the assessment of the partnership (same snapshot): the
 * assessment reads `now` through the day in the reference time zone, and through the dialogue exchanges
 * that took place by `now` (an exchange recorded with a later instant starts counting at that instant).
 */
export function assessmentValidUntil(snapshot: PartnershipSnapshot, now: Date): Date {
  const nextDay = startOfNextDay(now, referenceTimeZone(snapshot));
  const laterExchanges = snapshot.dialogueEvents
    .map((event) => event.occurredAt.getTime())
    .filter((at) => at > now.getTime());
  return new Date(Math.min(nextDay.getTime(), ...laterExchanges));
}

/** The portfolio's facts from an assessment of `snapshot` (made for `assessment.today`). */
export function summarisePartnership(
  snapshot: PartnershipSnapshot,
  assessment: PartnershipAssessment,
): PartnershipSummaryFacts {
  const { health, asymmetry, dialogue, sleep } = assessment.figures;
  const convention = snapshot.convention;
  const nextVisit = [...snapshot.visits]
    .filter((visit) => !visit.cancelled && visit.endsOn >= assessment.today)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0];
  return {
    today: assessment.today,
    timeZone: referenceTimeZone(snapshot),
    status: snapshot.partnership.status,
    currentStep: assessment.currentStep,
    stepsDone: assessment.steps.filter((step) => step.status === 'done').length,
    health: {
      score: health.score,
      components: health.components.map((component) => ({
        id: component.id,
        weight: component.weight,
        value: component.value,
        points: component.points,
        explanationKey: component.explanationKey,
      })),
    },
    parties: snapshot.partnership.parties.map((party) => ({
      organisationId: party.organisationId,
      role: party.role,
    })),
    partyShares: asymmetry.parties.map((party) => ({
      partyId: party.partyId,
      actionsInitiatedShare: party.actionsInitiatedShare,
      actionsLocatedShare: party.actionsLocatedShare,
    })),
    nextVisit: nextVisit
      ? {
          visitId: nextVisit.id,
          direction: nextVisit.direction,
          startsOn: nextVisit.startsOn,
          endsOn: nextVisit.endsOn,
        }
      : null,
    dialogueDue: (dialogue ?? []).map((due) => ({
      audience: due.audience,
      dueOn: due.dueOn,
      status: due.status,
      lastExchangeOn: due.lastExchangeOn,
    })),
    fallingAsleep: sleep?.fallingAsleep ?? false,
    conventionState: convention?.state ?? null,
    conventionExpiresOn: convention?.expiresOn ?? null,
    asymmetry: {
      visitsToPartner: asymmetry.visitsToPartner,
      visitsFromPartner: asymmetry.visitsFromPartner,
      actionsCount: asymmetry.actionsCount,
      indicatorsCoValidatedShare: asymmetry.indicatorsCoValidatedShare,
    },
    warningsCount: assessment.warnings.length,
    ruptureSignals: assessment.figures.ruptureSignals.map((signal) => ({
      kind: signal.kind,
      occursOn: signal.occursOn,
      partyId: signal.concernsPartyId,
    })),
  };
}
