import { type FunderKind, type BudgetLineStatus } from '../action/action';
import { type PartnershipAssessment } from '../assessment/assess-partnership';
import { type HealthComponentId, type WarningId } from '../assessment/catalogue';
import { type MotivationCategory } from '../commitment/commitment';
import { type ConventionState, bindingTerms, tacitRenewalObjectionDeadline } from '../convention/convention';
import { type DialogueAudience } from '../dialogue/dialogue';
import { type DialogueDueStatus } from '../dialogue/dialogue-cadence';
import {
  type FundingApplication,
  type FundingApplicationStatus,
  type FundingCall,
} from '../funding/funding-application';
import {
  type FunderReportDue,
  type FunderReportKind,
  type PaymentTranche,
} from '../funding/funding-follow-up';
import { type OrganisationContacts } from './organisation-contacts';
import {
  type PartnershipForm,
  type PartnershipSnapshot,
  type PartnershipStatus,
} from '../partnership/partnership';
import { type CalendarDate } from '../shared/calendar-date';
import { type PartyId } from '../shared/ids';
import { type PersonRole } from '../shared/person';
import { type VisitDirection } from '../visit/visit';

/**
 * The handover dossier (docs/atlas-and-handover.md): what a new team inheriting an authority's partnerships
 * must know about each of them, as seen by that authority. It holds only what that authority may read: its
 * own motivations, and its partners' only once shared.
 */
export interface HandoverPartnership {
  readonly partnershipId: string;
  readonly name: string;
  readonly status: PartnershipStatus;
  readonly form: PartnershipForm;
  readonly since: CalendarDate;
  readonly partners: readonly HandoverParty[];
  readonly motivations: readonly HandoverMotivation[];
  readonly councilDecisions: readonly HandoverCouncilDecision[];
  readonly convention: HandoverConvention | null;
  readonly rupture: HandoverRupture | null;
  readonly openFollowUps: readonly HandoverFollowUp[];
  readonly nextExchanges: readonly HandoverExchangeDue[];
  readonly nextVisit: HandoverVisit | null;
  readonly contacts: readonly HandoverContact[];
  readonly funding: readonly HandoverFundingLine[];
  readonly grants: readonly HandoverGrant[];
  readonly health: HandoverHealth;
}

export interface HandoverParty {
  readonly organisationId: PartyId;
  readonly name: string;
  readonly country: string;
}

export interface HandoverMotivation {
  readonly partyName: string;
  readonly own: boolean;
  readonly category: MotivationCategory;
  readonly text: string;
  /** The elected official's approval of it, when given. */
  readonly approvedOn: CalendarDate | null;
}

export const COUNCIL_DECISION_SUBJECTS = ['motivations', 'convention', 'renewal', 'rupture'] as const;
export type CouncilDecisionSubject = (typeof COUNCIL_DECISION_SUBJECTS)[number];

export interface HandoverCouncilDecision {
  readonly partyName: string;
  readonly subject: CouncilDecisionSubject;
  readonly reference: string;
  readonly decidedOn: CalendarDate;
}

export interface HandoverConvention {
  readonly state: ConventionState;
  readonly signedOn: CalendarDate | null;
  readonly effectiveOn: CalendarDate | null;
  readonly expiresOn: CalendarDate | null;
  /** Renewed tacitly at expiry unless a party objects by `renewalObjectionBy`; false without that clause. */
  readonly tacitRenewal: boolean;
  readonly renewalObjectionBy: CalendarDate | null;
  readonly renewalObjected: boolean;
  readonly terminationNoticeDays: number;
}

export interface HandoverRupture {
  readonly stage: string;
  readonly noticeGivenOn: CalendarDate | null;
  readonly effectiveOn: CalendarDate | null;
}

export interface HandoverFollowUp {
  readonly title: string;
  readonly ownerName: string;
  readonly ownerPartyName: string;
  readonly dueOn: CalendarDate;
  readonly overdue: boolean;
  readonly visitPurpose: string;
}

export interface HandoverExchangeDue {
  readonly audience: DialogueAudience;
  readonly lastExchangeOn: CalendarDate | null;
  readonly dueOn: CalendarDate;
  readonly status: DialogueDueStatus;
}

export interface HandoverVisit {
  readonly startsOn: CalendarDate;
  readonly direction: VisitDirection;
  readonly purpose: string;
}

export const HANDOVER_CONTACT_CAPACITIES = [
  'international_elected',
  'international_officer',
  'elected',
  'technician',
  'territory_actor',
] as const;
export type HandoverContactCapacity = (typeof HANDOVER_CONTACT_CAPACITIES)[number];

export interface HandoverContact {
  readonly own: boolean;
  readonly partyName: string;
  readonly name: string;
  readonly capacity: HandoverContactCapacity;
  /** The title the authority's profile states, for its international contacts. */
  readonly title: string | null;
  readonly email: string | null;
}

export interface HandoverFundingLine {
  readonly actionTitle: string;
  readonly funder: FunderKind;
  readonly funderName: string;
  readonly status: BudgetLineStatus;
  readonly amount: number;
  readonly currency: string;
  readonly committedAmount: number | null;
  readonly paidAmount: number | null;
  readonly paidOn: CalendarDate | null;
  readonly periodEndsOn: CalendarDate | null;
}

/**
 * An application of one of the partnership's actions to a funder's call that still binds someone: a draft
 * to submit before the call closes, a submission awaiting its decision, a grant with its conditions, the
 * tranches the funder is to pay and the reports it expects. Refused and withdrawn ones ask nothing.
 */
export interface HandoverGrant {
  readonly actionTitle: string;
  readonly applicantName: string;
  /** Whether the dossier's authority applied (its obligations), or a partner. */
  readonly own: boolean;
  readonly funderName: string;
  readonly callName: string;
  readonly status: HandoverGrantStatus;
  /** The last day to submit a draft; null once submitted. */
  readonly submitBy: CalendarDate | null;
  readonly requestedAmount: number;
  readonly grantedAmount: number | null;
  readonly decidedOn: CalendarDate | null;
  /** The funder's conditions attached to its grant, as recorded. */
  readonly conditions: string;
  readonly tranches: readonly HandoverTranche[];
  readonly reports: readonly HandoverFunderReport[];
}

/** In the order the dossier lists them: grants in force first, then what awaits a decision, then drafts. */
export const HANDOVER_GRANT_STATUSES = [
  'granted',
  'submitted',
  'draft',
] as const satisfies readonly FundingApplicationStatus[];
export type HandoverGrantStatus = (typeof HANDOVER_GRANT_STATUSES)[number];

/** A payment the funder is to make: expected by a date, received (or not yet, late once the date passed). */
export interface HandoverTranche {
  readonly label: string;
  readonly expectedOn: CalendarDate;
  readonly expectedAmount: number;
  readonly receivedOn: CalendarDate | null;
  readonly receivedAmount: number | null;
  readonly late: boolean;
}

/** A report the funder expects by a date: sent on a day, or not yet (overdue once the date passed). */
export interface HandoverFunderReport {
  readonly kind: FunderReportKind;
  readonly dueOn: CalendarDate;
  readonly submittedOn: CalendarDate | null;
  readonly overdue: boolean;
}

/**
 * One application of the partnership's actions as the API reads it from its rows (funding_application with
 * its call, tranches and reports): what the dossier's funding obligations are built from. Amounts are euros.
 */
export interface HandoverApplicationSource {
  readonly application: Pick<
    FundingApplication,
    'actionId' | 'status' | 'requestedAmount' | 'grantedAmount' | 'decidedOn' | 'conditions'
  >;
  readonly applicantId: PartyId;
  readonly call: Pick<FundingCall, 'funderName' | 'name' | 'closesOn'>;
  readonly tranches: readonly Omit<PaymentTranche, 'id' | 'applicationId'>[];
  readonly reports: readonly Omit<FunderReportDue, 'id' | 'applicationId'>[];
}

export interface HandoverHealth {
  readonly score: number;
  /** The components that count at the partnership's stage, weakest first: why the score is what it is. */
  readonly components: readonly {
    readonly id: HealthComponentId;
    readonly points: number;
    readonly weight: number;
  }[];
  readonly warnings: readonly WarningId[];
}

/** An authority's international contacts as its profile states them, for the dossier's contacts. */
export type ContactsByOrganisation = Readonly<Record<PartyId, OrganisationContacts>>;

const DIRECT_ROLES: Record<PersonRole, HandoverContactCapacity> = {
  elected: 'elected',
  technician: 'technician',
  territory_actor: 'territory_actor',
};

/**
 * One partnership's entry of the dossier of `own`, from its snapshot, its assessment as of today and the
 * applications of its actions to funders.
 */
export function handoverPartnership(
  snapshot: PartnershipSnapshot,
  assessment: PartnershipAssessment,
  own: PartyId,
  contactsOf: ContactsByOrganisation,
  applications: readonly HandoverApplicationSource[],
): HandoverPartnership {
  const nameOf = partyNamer(snapshot);
  const { partnership } = snapshot;
  return {
    partnershipId: partnership.id,
    name: partnership.name,
    status: partnership.status,
    form: partnership.form,
    since: partnership.createdAt.toISOString().slice(0, 10),
    partners: snapshot.organisations
      .filter((organisation) => organisation.id !== own)
      .map((organisation) => ({
        organisationId: organisation.id,
        name: organisation.name,
        country: organisation.country,
      })),
    motivations: snapshot.motivations
      .filter((motivation) => motivation.partyId === own || motivation.shared)
      .map((motivation) => ({
        partyName: nameOf(motivation.partyId),
        own: motivation.partyId === own,
        category: motivation.category,
        text: motivation.text,
        approvedOn:
          motivation.review?.decision === 'approved'
            ? motivation.review.reviewedAt.toISOString().slice(0, 10)
            : null,
      })),
    councilDecisions: councilDecisions(snapshot, own, nameOf),
    convention: handoverConvention(snapshot),
    rupture: snapshot.partnership.rupture
      ? {
          stage: snapshot.partnership.rupture.stage,
          noticeGivenOn: snapshot.partnership.rupture.noticeGivenOn,
          effectiveOn: snapshot.partnership.rupture.effectiveOn,
        }
      : null,
    openFollowUps: openFollowUps(snapshot, assessment.today, nameOf),
    nextExchanges: (assessment.figures.dialogue ?? []).map((due) => ({
      audience: due.audience,
      lastExchangeOn: due.lastExchangeOn,
      dueOn: due.dueOn,
      status: due.status,
    })),
    nextVisit: nextVisit(snapshot, assessment.today),
    contacts: contacts(snapshot, own, contactsOf, nameOf),
    funding: funding(snapshot),
    grants: grants(snapshot, applications, own, assessment.today, nameOf),
    health: {
      score: assessment.figures.health.score,
      components: assessment.figures.health.components
        .filter((component) => component.weight > 0)
        .map((component) => ({ id: component.id, points: component.points, weight: component.weight }))
        .sort((a, b) => a.points / a.weight - b.points / b.weight),
      warnings: [...new Set(assessment.warnings.map((warning) => warning.id))],
    },
  };
}

function partyNamer(snapshot: PartnershipSnapshot): (partyId: PartyId) => string {
  const names = new Map(snapshot.organisations.map((organisation) => [organisation.id, organisation.name]));
  return (partyId) => names.get(partyId) ?? partyId;
}

/**
 * Every council decision the records cite, oldest first: motivations reviewed in council, approvals of the
 * convention, explicit renewals and the rupture's deliberation. A partner's motivation decisions are shown
 * only for motivations it shared.
 */
function councilDecisions(
  snapshot: PartnershipSnapshot,
  own: PartyId,
  nameOf: (partyId: PartyId) => string,
): HandoverCouncilDecision[] {
  const decisions: HandoverCouncilDecision[] = [];
  for (const motivation of snapshot.motivations) {
    if (motivation.partyId !== own && !motivation.shared) continue;
    for (const review of motivation.reviewHistory) {
      if (review.councilDecisionRef && review.councilDecisionOn)
        decisions.push({
          partyName: nameOf(motivation.partyId),
          subject: 'motivations',
          reference: review.councilDecisionRef,
          decidedOn: review.councilDecisionOn,
        });
    }
  }
  for (const convention of [
    ...snapshot.conventionHistory,
    ...(snapshot.convention ? [snapshot.convention] : []),
  ]) {
    for (const approval of convention.approvals)
      decisions.push({
        partyName: nameOf(approval.partyId),
        subject: 'convention',
        reference: approval.councilDecisionRef,
        decidedOn: approval.decidedOn,
      });
    for (const renewal of convention.renewals)
      if (renewal.decisionRef)
        decisions.push({
          partyName: '',
          subject: 'renewal',
          reference: renewal.decisionRef,
          decidedOn: renewal.on,
        });
  }
  const deliberation = snapshot.partnership.rupture?.deliberation;
  if (deliberation && snapshot.partnership.rupture)
    decisions.push({
      partyName: nameOf(snapshot.partnership.rupture.proposedBy),
      subject: 'rupture',
      reference: deliberation.reference,
      decidedOn: deliberation.adoptedOn,
    });
  const unique = new Map(
    decisions.map((decision) => [`${decision.reference}|${decision.subject}`, decision]),
  );
  return [...unique.values()].sort((a, b) => a.decidedOn.localeCompare(b.decidedOn));
}

function handoverConvention(snapshot: PartnershipSnapshot): HandoverConvention | null {
  const convention = snapshot.convention;
  if (!convention) return null;
  const terms = bindingTerms(convention);
  return {
    state: convention.state,
    signedOn: convention.signature?.signedOn ?? null,
    effectiveOn: convention.effectiveOn,
    expiresOn: convention.expiresOn,
    tacitRenewal: terms.tacitRenewal !== null,
    renewalObjectionBy: tacitRenewalObjectionDeadline(convention),
    renewalObjected: convention.renewalObjections.length > 0,
    terminationNoticeDays: terms.terminationNoticeDays,
  };
}

function openFollowUps(
  snapshot: PartnershipSnapshot,
  today: CalendarDate,
  nameOf: (partyId: PartyId) => string,
): HandoverFollowUp[] {
  return snapshot.visits
    .filter((visit) => !visit.cancelled)
    .flatMap((visit) =>
      (visit.report?.followUps ?? [])
        .filter((followUp) => followUp.doneOn === null)
        .map((followUp) => ({
          title: followUp.title,
          ownerName: followUp.owner.name,
          ownerPartyName: nameOf(followUp.owner.partyId),
          dueOn: followUp.dueOn,
          overdue: followUp.dueOn < today,
          visitPurpose: visit.purpose,
        })),
    )
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn));
}

function nextVisit(snapshot: PartnershipSnapshot, today: CalendarDate): HandoverVisit | null {
  const upcoming = snapshot.visits
    .filter((visit) => !visit.cancelled && visit.startsOn >= today)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn))[0];
  return upcoming
    ? { startsOn: upcoming.startsOn, direction: upcoming.direction, purpose: upcoming.purpose }
    : null;
}

/**
 * Who to call on each side: each authority's international contacts from its profile, then the people the
 * dialogue plan expects per audience (each person once).
 */
function contacts(
  snapshot: PartnershipSnapshot,
  own: PartyId,
  contactsOf: ContactsByOrganisation,
  nameOf: (partyId: PartyId) => string,
): HandoverContact[] {
  const found: HandoverContact[] = [];
  const sides = [...snapshot.organisations].sort((a, b) => Number(b.id === own) - Number(a.id === own));
  for (const organisation of sides) {
    const stated = contactsOf[organisation.id];
    const base = { own: organisation.id === own, partyName: organisation.name };
    if (stated?.elected.name)
      found.push({
        ...base,
        capacity: 'international_elected',
        ...stated.elected,
        name: stated.elected.name,
      });
    if (stated?.officer.name)
      found.push({
        ...base,
        capacity: 'international_officer',
        ...stated.officer,
        name: stated.officer.name,
      });
  }
  const seen = new Set<string>();
  for (const audience of snapshot.dialoguePlan?.audiences ?? []) {
    for (const person of audience.participants) {
      if (seen.has(person.personId)) continue;
      seen.add(person.personId);
      found.push({
        own: person.partyId === own,
        partyName: nameOf(person.partyId),
        name: person.name,
        capacity: DIRECT_ROLES[person.role],
        title: null,
        email: null,
      });
    }
  }
  return found;
}

function funding(snapshot: PartnershipSnapshot): HandoverFundingLine[] {
  return snapshot.actions
    .filter((action) => action.status !== 'cancelled')
    .flatMap((action) =>
      action.budget
        .filter((line) => line.status !== 'refused')
        .map((line) => ({
          actionTitle: action.title,
          funder: line.funder,
          funderName: line.funderName,
          status: line.status,
          amount: line.amount,
          currency: line.currency,
          committedAmount: line.committedAmount,
          paidAmount: line.paidAmount,
          paidOn: line.paidOn,
          periodEndsOn: line.periodEndsOn,
        })),
    );
}

const isHandoverGrantStatus = (status: FundingApplicationStatus): status is HandoverGrantStatus =>
  (HANDOVER_GRANT_STATUSES as readonly FundingApplicationStatus[]).includes(status);

/**
 * What the funders expect of the partnership's actions: each application still binding someone, grants
 * first, then submissions, then drafts (each in the order given), with its tranches by expected date and
 * its reports by due date.
 */
function grants(
  snapshot: PartnershipSnapshot,
  applications: readonly HandoverApplicationSource[],
  own: PartyId,
  today: CalendarDate,
  nameOf: (partyId: PartyId) => string,
): HandoverGrant[] {
  const titles = new Map(snapshot.actions.map((action) => [action.id, action.title]));
  const rank = (grant: HandoverGrant) => HANDOVER_GRANT_STATUSES.indexOf(grant.status);
  const kept = applications.flatMap(
    ({ application, applicantId, call, tranches, reports }): HandoverGrant[] => {
      const status = application.status;
      if (!isHandoverGrantStatus(status)) return [];
      return [
        {
          actionTitle: titles.get(application.actionId) ?? '',
          applicantName: nameOf(applicantId),
          own: applicantId === own,
          funderName: call.funderName,
          callName: call.name,
          status,
          submitBy: status === 'draft' ? call.closesOn : null,
          requestedAmount: application.requestedAmount,
          grantedAmount: application.grantedAmount,
          decidedOn: application.decidedOn,
          conditions: application.conditions,
          tranches: [...tranches]
            .sort((a, b) => a.expectedOn.localeCompare(b.expectedOn))
            .map((tranche) => ({
              label: tranche.label,
              expectedOn: tranche.expectedOn,
              expectedAmount: tranche.expectedAmount,
              receivedOn: tranche.receivedOn,
              receivedAmount: tranche.receivedAmount,
              late: tranche.receivedOn === null && tranche.expectedOn < today,
            })),
          reports: [...reports]
            .sort((a, b) => a.dueOn.localeCompare(b.dueOn))
            .map((report) => ({
              kind: report.kind,
              dueOn: report.dueOn,
              submittedOn: report.submittedOn,
              overdue: report.submittedOn === null && report.dueOn < today,
            })),
        },
      ];
    },
  );
  return kept.sort((a, b) => rank(a) - rank(b));
}
