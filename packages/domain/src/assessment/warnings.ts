import { isActionOngoing, isIndicatorCoValidated } from '../action/action';
import { CANDIDATE_STAGE_TRANSITIONS } from '../partner-search/candidate';
import {
  isInForceConventionState,
  isTacitRenewalPending,
  tacitRenewalObjectionDeadline,
} from '../convention/convention';
import { type AudienceDue, type SleepAssessment } from '../dialogue/dialogue-cadence';
import { countedActions } from '../figures/asymmetry';
import {
  type PartnershipSnapshot,
  hasPartner,
  initiatorId,
  partnerIds,
  partyIds,
} from '../partnership/partnership';
import { activeRuptureSignals } from '../signal/rupture-signal';
import { type CalendarDate, addDays } from '../shared/calendar-date';
import {
  carriedByOnePersonWarnings,
  countVisits,
  delegationWarnings,
  missingReportWarnings,
  reciprocityWarnings,
  travelAdvisoryWarnings,
  orangeZoneApprovalWarnings,
  visitsTakenPlace,
} from '../visit/delegation-rules';
import { CRITERIA, CRITERION_IDS, type Warning, makeWarning } from './catalogue';
import { CRITERION_EVALUATORS } from './criteria';

export interface WarningOptions {
  readonly maxDelegationSize: number;
  readonly travelAdvisoryMaxAgeDays: number;
  readonly visitReportGraceDays: number;
  readonly conventionExpiryWarningDays: number;
  readonly tacitRenewalWarningDays: number;
  readonly jointEvaluationIntervalDays: number;
}

export interface WarningContext {
  readonly snapshot: PartnershipSnapshot;
  readonly today: CalendarDate;
  readonly dialogue: readonly AudienceDue[] | null;
  readonly sleep: SleepAssessment | null;
  readonly options: WarningOptions;
}

function commitmentWarnings({ snapshot }: WarningContext): readonly Warning[] {
  return snapshot.motivations
    .filter((m) => m.review?.decision === 'changes_requested')
    .map((m) =>
      makeWarning('COMMITMENT.MOTIVATION_CHANGES_REQUESTED', { motivationId: m.id, partyId: m.partyId }),
    );
}

const COMMITMENT_CRITERIA = CRITERION_IDS.filter((id) => CRITERIA[id].step === 'COMMITMENT');

/**
 * "La recherche de partenaires potentiels ne sera pertinente que lorsque cette volonté d'engagement sera
 * construite" (seed 004 §4). Candidates met by chance are still recorded (chance is one of the search's
 * axes), so the gate is an explained warning, not a refusal (docs/domain.md): it names what the commitment
 * still lacks while candidates are followed and no partner has joined.
 */
function searchBeforeCommitmentWarnings({ snapshot, today }: WarningContext): readonly Warning[] {
  if (snapshot.candidates.length === 0 || hasPartner(snapshot)) return [];
  const context = { snapshot, today, initiator: initiatorId(snapshot) };
  const missing = COMMITMENT_CRITERIA.filter((id) => !CRITERION_EVALUATORS[id](context));
  return missing.length === 0
    ? []
    : [makeWarning('PARTNER_SEARCH.BEFORE_COMMITMENT', { missing, candidates: snapshot.candidates.length })];
}

function partnerSearchWarnings(context: WarningContext): readonly Warning[] {
  const { snapshot, today } = context;
  const overdue = snapshot.candidates
    .filter(
      (c) => CANDIDATE_STAGE_TRANSITIONS[c.stage].length > 0 && c.nextStepOn !== null && c.nextStepOn < today,
    )
    .map((c) =>
      makeWarning('PARTNER_SEARCH.NEXT_STEP_OVERDUE', { candidateId: c.id, nextStepOn: c.nextStepOn ?? '' }),
    );
  return [...searchBeforeCommitmentWarnings(context), ...overdue];
}

function initiationWarnings({ snapshot, today, options }: WarningContext): readonly Warning[] {
  return [
    ...snapshot.visits.filter((v) => !v.cancelled).flatMap((v) => delegationWarnings(v, options)),
    ...carriedByOnePersonWarnings(snapshot),
    ...reciprocityWarnings(snapshot, today),
    ...travelAdvisoryWarnings(snapshot, today, options.travelAdvisoryMaxAgeDays),
    ...orangeZoneApprovalWarnings(snapshot, today),
    ...missingReportWarnings(snapshot, today, options.visitReportGraceDays),
  ];
}

function isWithin(date: CalendarDate, today: CalendarDate, days: number): boolean {
  return date >= today && date <= addDays(today, days);
}

function conventionWarnings({ snapshot, today, options }: WarningContext): readonly Warning[] {
  const convention = snapshot.convention;
  if (
    !convention?.expiresOn ||
    !(isInForceConventionState(convention.state) || convention.state === 'suspended')
  )
    return [];
  if (isTacitRenewalPending(convention)) {
    const deadline = tacitRenewalObjectionDeadline(convention);
    return deadline && isWithin(deadline, today, options.tacitRenewalWarningDays)
      ? [makeWarning('CONVENTION.TACIT_RENEWAL_DEADLINE_SOON', { conventionId: convention.id, deadline })]
      : [];
  }
  return isWithin(convention.expiresOn, today, options.conventionExpiryWarningDays)
    ? [
        makeWarning('CONVENTION.EXPIRING_SOON', {
          conventionId: convention.id,
          expiresOn: convention.expiresOn,
        }),
      ]
    : [];
}

/** A convention still being written or approved: what it concludes can still be completed before signing. */
const CONVENTION_BEFORE_SIGNATURE = ['draft', 'in_negotiation', 'approved'] as const;

/**
 * The mutual knowledge a convention concludes (seed 004 §4): a visit each way with each partner, and each
 * partner's own stakes and contributions on record. Explained warnings, not refusals (docs/domain.md).
 */
function conventionPrerequisiteWarnings({ snapshot, today }: WarningContext): readonly Warning[] {
  const convention = snapshot.convention;
  if (!convention || !(CONVENTION_BEFORE_SIGNATURE as readonly string[]).includes(convention.state))
    return [];
  const visits = visitsTakenPlace(snapshot, today);
  const warnings: Warning[] = [];
  for (const partnerPartyId of partnerIds(snapshot)) {
    const toPartner = countVisits(visits, 'to_partner', partnerPartyId);
    const fromPartner = countVisits(visits, 'from_partner', partnerPartyId);
    if (toPartner === 0 || fromPartner === 0)
      warnings.push(
        makeWarning('CONVENTION.WITHOUT_RECIPROCAL_VISIT', {
          conventionId: convention.id,
          partnerPartyId,
          toPartner,
          fromPartner,
        }),
      );
    const stakes = snapshot.stakes.filter((stake) => stake.partyId === partnerPartyId).length;
    const contributions = snapshot.contributions.filter((c) => c.partyId === partnerPartyId).length;
    if (stakes === 0 || contributions === 0)
      warnings.push(
        makeWarning('CONVENTION.PARTNER_STAKES_MISSING', {
          conventionId: convention.id,
          partyId: partnerPartyId,
          stakes,
          contributions,
        }),
      );
  }
  return warnings;
}

function dialogueWarnings({ snapshot, dialogue, sleep }: WarningContext): readonly Warning[] {
  const overdue = (dialogue ?? [])
    .filter((due) => due.status === 'overdue')
    .map((due) =>
      makeWarning('DIALOGUE.EXCHANGE_OVERDUE', {
        audience: due.audience,
        dueOn: due.dueOn,
        daysOverdue: due.daysOverdue,
      }),
    );
  const asleep = sleep?.fallingAsleep
    ? [
        makeWarning('DIALOGUE.FALLING_ASLEEP', {
          audiences: sleep.overdueBeyondTolerance,
          lastVisitEndedOn: sleep.lastVisitEndedOn ?? '',
          // Per silent audience, in the order of `audiences`: its last exchange ('' before any) and days.
          lastExchanges: sleep.silences.map((silence) => silence.lastExchangeOn ?? ''),
          longestSilenceDays: Math.max(...sleep.silences.map((silence) => silence.silentDays)),
        }),
      ]
    : [];
  const parties = partyIds(snapshot);
  const organisations = snapshot.organisations.filter((o) => parties.includes(o.id));
  const unusual = (snapshot.dialoguePlan?.audiences ?? []).flatMap((plan) =>
    plan.channels.flatMap((channel) =>
      organisations
        .filter((o) => !o.communication.usualChannels.includes(channel))
        .map((o) =>
          makeWarning('DIALOGUE.CHANNEL_NOT_USUAL', { audience: plan.audience, channel, partyId: o.id }),
        ),
    ),
  );
  return [...overdue, ...asleep, ...unusual];
}

function actionWarnings({ snapshot, today, options }: WarningContext): readonly Warning[] {
  const actions = countedActions(snapshot);
  const parties = partyIds(snapshot);
  const warnings: Warning[] = [];
  const soleTerritories = actions.map((a) => (a.locatedIn.length === 1 ? (a.locatedIn[0] ?? null) : null));
  const first = soleTerritories[0] ?? null;
  if (actions.length >= 2 && first !== null && soleTerritories.every((partyId) => partyId === first)) {
    warnings.push(makeWarning('ACTIONS.ALL_LOCATED_ON_ONE_TERRITORY', { partyId: first }));
  }
  // Who proposed each action, not which side typed it in (seed 002).
  const initiators = new Set(actions.map((a) => a.proposal.proposedBy));
  if (actions.length >= 2 && initiators.size === 1 && parties.length >= 2) {
    warnings.push(makeWarning('ACTIONS.ALL_INITIATED_BY_ONE_PARTY', { partyId: [...initiators][0] ?? '' }));
  }
  for (const action of actions) {
    for (const indicator of action.indicators.filter((i) => !isIndicatorCoValidated(i, parties))) {
      warnings.push(
        makeWarning('ACTIONS.INDICATORS_NOT_CO_VALIDATED', {
          actionId: action.id,
          indicatorId: indicator.id,
        }),
      );
    }
  }
  for (const action of actions.filter(
    (a) => a.status === 'in_progress' && isActionOngoing(a) && a.startsOn !== null,
  )) {
    const lastEvaluation =
      action.evaluations
        .map((e) => e.on)
        .sort()
        .at(-1) ??
      action.startsOn ??
      today;
    if (addDays(lastEvaluation, options.jointEvaluationIntervalDays) < today) {
      warnings.push(
        makeWarning('ACTIONS.NO_RECENT_JOINT_EVALUATION', { actionId: action.id, since: lastEvaluation }),
      );
    }
  }
  return warnings;
}

/** One warning per signal weighing on the relation today (its lead time or its aftermath). */
function ruptureSignalWarnings({ snapshot, today }: WarningContext): readonly Warning[] {
  return activeRuptureSignals(snapshot.ruptureSignals, today).map((signal) =>
    makeWarning('RELATION.RUPTURE_SIGNAL', {
      signalId: signal.id,
      kind: signal.kind,
      partyId: signal.concernsPartyId,
      occursOn: signal.occursOn,
      upcoming: signal.occursOn > today,
    }),
  );
}

/** Non-blocking observations, in step order. A terminated partnership gets none: nothing is actionable. */
export function collectWarnings(context: WarningContext): readonly Warning[] {
  if (context.snapshot.partnership.status === 'terminated') return [];
  return [
    ...commitmentWarnings(context),
    ...partnerSearchWarnings(context),
    ...initiationWarnings(context),
    ...conventionWarnings(context),
    ...conventionPrerequisiteWarnings(context),
    ...dialogueWarnings(context),
    ...actionWarnings(context),
    ...ruptureSignalWarnings(context),
  ];
}
