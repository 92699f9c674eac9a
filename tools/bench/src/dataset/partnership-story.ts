import {
  addMonths,
  applyCommand,
  channelsUsableByAll,
  createPartnership,
  daysBetween,
  isActionOngoing,
  requiredPartnershipNoticeDays,
  canAbandonPartnership,
  UNSTATED_LINE_FIGURES,
  type ActionPriority,
  type AudiencePlan,
  type ConventionTerms,
  type DialogueAudience,
  type DomainEvent,
  type FrameOfReference,
  type KnownActionTheme,
  type MotivationCategory,
  type Organisation,
  type PartnershipAppend,
  type PartnershipCommand,
  type PartnershipSnapshot,
  type PersonRef,
  type TravelAdvisory,
  type VisitDirection,
} from '@passerelle/domain';
import { SeededRandom } from '../random/seeded-random';
import { toDomainOrganisation, THEME_LABELS_FR, type GeneratedOrganisation } from './organisations';
import type { StaffDirectory, TerritoryActorDirectory } from './people';
import { stageRank, type PartnershipPlan, type Stage } from './partnership-plans';
import {
  actionTitle,
  CONTRIBUTION_TEXTS,
  DIALOGUE_DECISIONS,
  DIALOGUE_SUMMARIES,
  FUNDERS,
  INDICATORS,
  LOG_TEXTS,
  MOTIVATION_TEXTS,
  presentationSections,
  STAKE_TEXTS,
  THEME_SDGS,
  VISIT_AGENDA,
  VISIT_PURPOSES,
} from './record-texts';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** One row of `audit_event`, in the shape `AuditTrail.record` writes for a lifecycle event. */
export interface AuditRow {
  readonly occurredAt: Date;
  readonly organisationId: string;
  readonly actorUserId: string | null;
  readonly entityId: string;
  readonly action: string;
  readonly changes: Record<string, { before: unknown; after: unknown }>;
}

export interface PartyRow {
  readonly organisationId: string;
  readonly role: 'initiator' | 'partner';
  readonly joinedAt: Date;
}

export interface WrittenPartnership {
  readonly plan: PartnershipPlan;
  readonly title: string;
  readonly snapshot: PartnershipSnapshot;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  /** The row version after every command (1 at creation, +1 per command), like the repository keeps it. */
  readonly version: number;
  readonly parties: readonly PartyRow[];
  readonly audit: readonly AuditRow[];
  readonly commands: number;
  readonly createdByUserId: string;
}

export interface StoryContext {
  readonly seed: string;
  /** Noon UTC on the as-of date: every date of the dataset is relative to it. */
  readonly asOfNoon: Date;
  /** Lifecycle events before this instant predate the audit trail (the platform's go-live). */
  readonly auditSince: Date;
  readonly staff: StaffDirectory;
  readonly actors: TerritoryActorDirectory;
  /** Other authorities abroad, for candidates that were contacted but not chosen. */
  readonly otherCandidates: readonly GeneratedOrganisation[];
}

/** A command due at an instant, built from the snapshot as it is then (it may need its current version). */
/** What a story runs: commands on the partnership's records and records appended beside them. */
type StoryCommand = PartnershipCommand | PartnershipAppend;

interface Step {
  readonly at: number;
  readonly order: number;
  readonly actor: GeneratedOrganisation;
  readonly command: StoryCommand | ((snapshot: PartnershipSnapshot) => StoryCommand | null);
}

/** Thrown when the domain refuses a generated command: a bug of the generator, with what to reproduce it. */
export class StoryRefusedError extends Error {}

/**
 * Writes one partnership's history through the lifecycle model: every record is the result of a domain
 * command (`applyCommand`) run as of the day it happened, like the demo loader does through the API's
 * repository, so the stored document is what the API itself would have written. Days are counted back
 * from the as-of date; milestones are placed along the partnership's age according to the step it reached.
 */
export function writePartnership(plan: PartnershipPlan, context: StoryContext): WrittenPartnership {
  return new PartnershipStory(plan, context).write();
}

class PartnershipStory {
  private readonly random: SeededRandom;
  private readonly steps: Step[] = [];
  private readonly creationDay: number;
  /** Last day on which anything may happen (the day before a suspension or termination, else yesterday). */
  private readonly lastDay: number;
  private readonly stopDay: number | null;
  private readonly parties: GeneratedOrganisation[];
  private readonly sharedMotivationIds = new Set<string>();
  private readonly approvedMotivations = new Map<string, string[]>();
  private readonly stakeIds: string[] = [];
  private joinDay: number | null = null;
  private planAgreedDay: number | null = null;
  private conventionDraftDay: number | null = null;
  private inForceDay: number | null = null;

  constructor(
    private readonly plan: PartnershipPlan,
    private readonly context: StoryContext,
  ) {
    this.random = new SeededRandom(`${context.seed}:partnership:${plan.index}`);
    this.creationDay = -plan.ageDays;
    this.stopDay =
      plan.status === 'active' ? null : Math.min(-2, this.creationDay + Math.round(0.93 * plan.ageDays));
    this.lastDay = this.stopDay === null ? -1 : this.stopDay - 1;
    this.parties = [plan.initiator, ...plan.partners];
  }

  write(): WrittenPartnership {
    this.scheduleHistory();
    return this.run();
  }

  private scheduleHistory(): void {
    const stage = this.plan.stage;
    const milestones = MILESTONES[stage];
    const initiator = this.plan.initiator;
    const complete = stage !== 'commitment';
    this.commitment(initiator, milestones.commitment, complete);
    if (stageRank(stage) >= stageRank('partner_search')) this.partnerSearch(milestones);
    if (milestones.presentation !== undefined)
      this.presentation(initiator, this.dayAt(milestones.presentation), stage !== 'presentation');
    if (stageRank(stage) >= stageRank('initiation')) this.visits(milestones);
    if (stageRank(stage) >= stageRank('convention')) this.politicalDialogueAndConvention(milestones);
    if (stageRank(stage) >= stageRank('initiation')) this.dialogue();
    if (this.plan.actions > 0) this.actions();
    this.stop();
  }

  // ── Step 1 ──────────────────────────────────────────────────────────────────────────────────────────

  private commitment(
    party: GeneratedOrganisation,
    window: readonly [number, number],
    complete: boolean,
  ): void {
    const [from, to] = [this.dayAt(window[0]), this.dayAt(window[1])];
    const staff = this.context.staff.of(party);
    const approved: string[] = [];
    const motivationCount = this.random.int(1, 3);
    for (let i = 0; i < motivationCount; i += 1) {
      const motivationId = this.random.uuid();
      const category = this.random.pick(MOTIVATION_CATEGORY_LIST);
      const stated = this.between(from, to);
      this.schedule(stated, party, {
        type: 'StateMotivation',
        motivationId,
        partyId: party.id,
        category,
        frameOfReference: this.random.pick(FRAME_LIST),
        text: this.random
          .pick(MOTIVATION_TEXTS[category])
          .replace('%theme%', THEME_LABELS_FR[this.random.pick(this.plan.themes)]),
        authorId: staff.author.personId,
      });
      const decision = complete
        ? 'approved'
        : this.random.pick(['approved', 'approved', 'changes_requested', 'pending'] as const);
      if (decision === 'pending') continue;
      const reviewed = this.between(stated, to);
      this.schedule(reviewed, party, {
        type: 'ReviewMotivation',
        motivationId,
        decision,
        reviewer: this.random.pick(staff.elected),
        comment: decision === 'approved' ? null : 'Préciser ce que notre territoire en attend.',
        councilDecisionRef: this.random.chance(0.5) ? `DEL-${this.random.int(100, 999)}` : null,
        councilDecisionOn: this.random.chance(0.5) ? this.date(reviewed) : null,
      });
      if (decision === 'approved') approved.push(motivationId);
    }
    this.approvedMotivations.set(party.id, approved);
    const stakeCount = complete ? this.random.int(1, 3) : this.random.int(0, 2);
    for (const title of this.random.sample(STAKE_TEXTS, stakeCount)) {
      const stakeId = this.random.uuid();
      if (party === this.plan.initiator) this.stakeIds.push(stakeId);
      this.schedule(this.between(from, to), party, {
        type: 'RecordStake',
        stakeId,
        partyId: party.id,
        title,
        cooperationCanBeLever: this.random.chance(0.9),
      });
    }
    const contributionCount = complete ? this.random.int(1, 2) : this.random.int(0, 1);
    for (const title of this.random.sample(CONTRIBUTION_TEXTS, contributionCount)) {
      this.schedule(this.between(from, to), party, {
        type: 'RecordContribution',
        contributionId: this.random.uuid(),
        partyId: party.id,
        title,
      });
    }
    const actorCount = complete ? this.random.int(1, 3) : this.random.int(0, 2);
    const associated = new Set<string>();
    for (let i = 0; i < actorCount; i += 1) {
      const day = this.between(from, to);
      const actor = this.context.actors.actorFor(party, this.random, new Date(this.instant(day)));
      if (associated.has(actor.id)) continue;
      associated.add(actor.id);
      this.schedule(day, party, {
        type: 'AssociateTerritoryActor',
        actorId: actor.id,
        partyId: party.id,
        name: actor.name,
        kind: actor.kind,
        involvement: this.random.pick(['consulted', 'co_carrier', 'operator']),
      });
      if (complete || this.random.chance(0.5)) {
        const consulted = this.between(day, to);
        this.schedule(consulted, party, {
          type: 'RecordConsultation',
          actorId: actor.id,
          on: this.date(consulted),
          summary: 'Présentation de la démarche et des motivations.',
        });
      }
    }
  }

  private shareMotivations(party: GeneratedOrganisation, day: number): void {
    for (const motivationId of this.approvedMotivations.get(party.id) ?? []) {
      if (this.sharedMotivationIds.has(motivationId)) continue;
      this.sharedMotivationIds.add(motivationId);
      this.schedule(day, party, { type: 'ShareMotivation', motivationId });
    }
  }

  // ── Steps 2 and 3 ───────────────────────────────────────────────────────────────────────────────────

  private partnerSearch(milestones: Milestones): void {
    const initiator = this.plan.initiator;
    const [from, to] = [this.dayAt(milestones.search[0]), this.dayAt(milestones.search[1])];
    const others = this.random
      .sample(this.context.otherCandidates, this.random.int(0, 3))
      .filter((candidate) => !this.parties.includes(candidate));
    for (const candidate of others) {
      const candidateId = this.random.uuid();
      const added = this.between(from, to);
      this.schedule(added, initiator, {
        type: 'AddCandidate',
        candidateId,
        name: candidate.name,
        country: candidate.country.code,
        organisationId: candidate.id,
        source: this.random.pick([
          'territory_actors_network',
          'authority_network',
          'registry_request',
          'chance_meeting',
        ]),
        sourceDetail: 'Rencontre lors des assises de la coopération',
        nextStep: 'Premier contact par courriel',
        nextStepOn: this.date(Math.min(added + 30, -1)),
      });
      if (this.random.chance(0.6)) {
        const contacted = this.between(added, to);
        this.schedule(contacted, initiator, advance(candidateId, 'contacted'));
        if (this.random.chance(0.5))
          this.schedule(
            this.between(contacted, to),
            initiator,
            advance(candidateId, this.random.pick(['declined', 'dropped', 'in_discussion'])),
          );
      }
    }
    const [firstPartner, ...morePartners] = this.plan.partners;
    if (!firstPartner || milestones.join === undefined) return;
    const joinDay = this.dayAt(milestones.join);
    this.joinDay = joinDay;
    if (this.random.chance(0.5)) {
      // Found through the partner search: the candidate goes through the pipeline and is accepted.
      const candidateId = this.random.uuid();
      let day = this.between(from, joinDay);
      this.schedule(day, initiator, {
        type: 'AddCandidate',
        candidateId,
        name: firstPartner.name,
        country: firstPartner.country.code,
        organisationId: firstPartner.id,
        source: 'authority_network',
        sourceDetail: 'Mise en relation par le réseau national',
        nextStep: 'Visioconférence de présentation',
        nextStepOn: null,
      });
      for (const stage of ['contacted', 'in_discussion', 'proposed'] as const) {
        day = this.between(day, joinDay);
        this.schedule(day, initiator, advance(candidateId, stage));
      }
      this.schedule(joinDay, initiator, advance(candidateId, 'accepted', toDomainOrganisation(firstPartner)));
    } else {
      // An existing relation recorded as it is: the partner is added directly.
      this.schedule(joinDay, initiator, {
        type: 'AddParty',
        organisation: toDomainOrganisation(firstPartner),
      });
    }
    for (const partner of morePartners) {
      this.schedule(joinDay, initiator, { type: 'AddParty', organisation: toDomainOrganisation(partner) });
    }
    this.shareMotivations(initiator, joinDay);
  }

  private presentation(party: GeneratedOrganisation, day: number, complete: boolean): void {
    const sections = presentationSections(party.place, this.plan.themes);
    const kept = complete
      ? sections
      : Object.fromEntries(Object.entries(sections).slice(0, this.random.int(1, 3)));
    this.schedule(day, party, {
      type: 'UpdatePresentation',
      partyId: party.id,
      sections: kept,
      ...(this.random.chance(0.3)
        ? { translations: { en: { motivations: `${party.place} engages in cooperation.` } } }
        : {}),
      documentRef: null,
    });
  }

  // ── Step 4 ──────────────────────────────────────────────────────────────────────────────────────────

  private visits(milestones: Milestones): void {
    const total = this.plan.visits;
    if (total === 0 || this.plan.partners.length === 0 || milestones.visit1 === undefined) return;
    const first = this.dayAt(milestones.visit1);
    const days: Array<{ start: number; direction: VisitDirection }> = [
      { start: first, direction: 'to_partner' },
    ];
    if (total >= 2) {
      const second =
        milestones.visit2 !== undefined
          ? this.dayAt(milestones.visit2)
          : this.stopDay === null && this.random.chance(0.4)
            ? this.random.int(15, 90)
            : this.between(first + 10, this.lastDay);
      days.push({ start: second, direction: 'from_partner' });
    }
    const laterFrom = Math.max(...days.map((visit) => visit.start)) + 20;
    for (let i = days.length; i < total; i += 1) {
      // A visit planned for the coming months now and then, the rest spread over the partnership's life.
      const start =
        this.stopDay === null && i === total - 1 && this.random.chance(0.15)
          ? this.random.int(10, 120)
          : this.between(Math.min(laterFrom, this.lastDay - 8), this.lastDay - 8);
      days.push({ start, direction: this.random.chance(0.55) ? 'to_partner' : 'from_partner' });
    }
    days.sort((a, b) => a.start - b.start);
    for (const visit of days) this.visit(visit.start, visit.direction);
  }

  private visit(startDay: number, direction: VisitDirection): void {
    const initiator = this.plan.initiator;
    const partner = this.random.pick(this.plan.partners);
    const earliest = (this.joinDay ?? this.creationDay) + 1;
    const recordedDay = Math.min(Math.max(earliest, startDay - this.random.int(15, 60)), this.lastDay);
    const start = Math.max(startDay, recordedDay + 5);
    const end = start + this.random.int(2, 6);
    const [travelling, hosting] = direction === 'to_partner' ? [initiator, partner] : [partner, initiator];
    const travellers = this.context.staff.of(travelling);
    const hosts = this.context.staff.of(hosting);
    // Where a country has red zones, the delegation goes to an orange part of it (red zones are refused), on an
    // elected official's decision; the random draws stay those of the former dataset.
    const nearRedZone = direction === 'to_partner' && this.random.chance(partner.country.redZoneShare);
    const advisory: TravelAdvisory | null =
      direction === 'to_partner'
        ? {
            level:
              nearRedZone || partner.country.advisory === 'formally_advised_against'
                ? 'advised_against_except_essential'
                : partner.country.advisory,
            source: 'France Diplomatie – Conseils aux voyageurs',
            checkedOn: this.date(start - this.random.int(3, 20)),
          }
        : null;
    const elected = this.random.pick(travellers.elected);
    const visitId = this.random.uuid();
    this.schedule(recordedDay, initiator, {
      type: 'RecordVisit',
      visitId,
      direction,
      partnerPartyId: partner.id,
      startsOn: this.date(start),
      endsOn: this.date(end),
      purpose: this.random.pick(VISIT_PURPOSES),
      agenda: this.random.sample(VISIT_AGENDA, this.random.int(2, 5)),
      delegation: dedupe([
        elected,
        this.random.pick(travellers.technicians),
        ...(this.random.chance(0.6) ? [this.random.pick(travellers.actors)] : []),
        ...(this.random.chance(0.2) ? [this.random.pick(travellers.elected)] : []),
      ]),
      hosts: dedupe([this.random.pick(hosts.elected), this.random.pick(hosts.technicians)]),
      travelAdvisory: advisory,
      // Elected officials answer for a delegation sent into an orange zone: they approve it, with the
      // imperative reason, when planning.
      travelApproval:
        advisory?.level === 'advised_against_except_essential'
          ? {
              approvedBy: elected,
              approvedAt: new Date(this.instant(recordedDay)),
              reason: 'Mission indispensable à la poursuite du projet',
              decisionRef: nearRedZone ? `ARR-${this.random.int(10, 99)}` : null,
            }
          : null,
    });
    const reportDay = end + this.random.int(2, 25);
    if (reportDay > this.lastDay || !this.random.chance(0.88)) return;
    const followUpId = this.random.uuid();
    const hasFollowUp = this.random.chance(0.6);
    this.schedule(reportDay, initiator, {
      type: 'RecordVisitReport',
      visitId,
      summary: 'Une mission dense : les élus ont confirmé leur volonté de travailler ensemble.',
      outcomes: ['Un diagnostic partagé', 'Une première idée d’action commune'],
      peopleMet: ['La directrice du service technique'],
      followUps: hasFollowUp
        ? [
            {
              followUpId,
              title: 'Envoyer le compte rendu traduit',
              owner: this.random.pick(hosts.technicians),
              dueOn: this.date(reportDay + 20),
            },
          ]
        : [],
    });
    const doneDay = reportDay + this.random.int(3, 40);
    if (hasFollowUp && doneDay <= this.lastDay && this.random.chance(0.7)) {
      this.schedule(doneDay, initiator, {
        type: 'CompleteVisitFollowUp',
        visitId,
        followUpId,
        doneOn: this.date(doneDay),
      });
    }
  }

  // ── Step 5 ──────────────────────────────────────────────────────────────────────────────────────────

  private politicalDialogueAndConvention(milestones: Milestones): void {
    const m = milestones as Required<Milestones>;
    const initiator = this.plan.initiator;
    const partnerCommitmentStart = (this.joinDay ?? this.creationDay) + 1;
    for (const partner of this.plan.partners) {
      const end = this.dayAt(m.share) - 1;
      this.commitment(
        partner,
        [this.fractionOf(partnerCommitmentStart), this.fractionOf(Math.max(partnerCommitmentStart, end))],
        true,
      );
    }
    const shareDay = this.dayAt(m.share);
    for (const party of this.parties) this.shareMotivations(party, shareDay);
    const compatibilityDay = this.dayAt(m.compatibility);
    for (const party of this.parties) {
      this.schedule(compatibilityDay, party, {
        type: 'RecordCompatibilityReview',
        partyId: party.id,
        decision: 'approved',
        reviewer: this.random.pick(this.context.staff.of(party).elected),
        comment: 'Nos motivations se rejoignent : nous pouvons nous engager.',
        councilDecisionRef: null,
        councilDecisionOn: null,
      });
    }
    const priorityId = this.random.uuid();
    const priorityDay = this.dayAt(m.priority);
    this.schedule(priorityDay, initiator, {
      type: 'RecordPriority',
      priorityId,
      title: `Priorité commune : ${THEME_LABELS_FR[this.plan.themes[0] as KnownActionTheme]}`,
      stakeIds: this.stakeIds.slice(0, 1),
      agreedBy: [initiator.id],
    });
    for (const partner of this.plan.partners) {
      this.schedule(priorityDay, partner, { type: 'AgreePriority', priorityId, partyId: partner.id });
    }
    this.dialoguePlan(this.dayAt(m.plan));
    this.convention(m);
  }

  private dialoguePlan(day: number): void {
    const initiator = this.plan.initiator;
    const channels = channelsUsableByAll(this.parties.map(toDomainOrganisation));
    const audiences = this.random.chance(0.85)
      ? AUDIENCES
      : this.random.sample(AUDIENCES, this.random.int(1, 2));
    const plans: AudiencePlan[] = audiences.map((audience) => ({
      audience,
      cadence:
        audience === 'technicians'
          ? { every: this.random.int(1, 2), unit: 'month' }
          : { every: this.random.int(2, 6), unit: 'month' },
      channels: this.random.sample(channels, this.random.int(1, Math.min(3, channels.length))),
      participants: this.parties.map((party) => this.personFor(party, audience)),
    }));
    this.schedule(day, initiator, {
      type: 'ProposeDialoguePlan',
      proposedBy: initiator.id,
      audiences: plans,
      toleranceDays: this.random.pick([7, 14, 21, 30]),
    });
    const approvedDay = Math.min(day + this.random.int(1, 20), this.lastDay);
    for (const partner of this.plan.partners) {
      this.schedule(approvedDay, partner, { type: 'ApproveDialoguePlan', partyId: partner.id });
    }
    this.planAgreedDay = approvedDay;
    this.audiencePlans = plans;
  }

  private audiencePlans: readonly AudiencePlan[] = [];

  private convention(m: Required<Milestones>): void {
    const initiator = this.plan.initiator;
    const draftDay = this.dayAt(m.draft);
    const inForceDay = this.plan.stage === 'actions' ? this.dayAt(m.inForce) : null;
    const tacit = this.random.chance(0.75);
    let durationMonths = this.random.pick([36, 48, 60]);
    if (!tacit && inForceDay !== null)
      durationMonths = Math.max(durationMonths, Math.ceil(-inForceDay / 30) + this.random.int(6, 30));
    const terms: ConventionTerms = {
      durationMonths,
      tacitRenewal: tacit ? { periodMonths: 36, objectionNoticeDays: 90 } : null,
      terminationNoticeDays: this.random.pick([60, 90, 180]),
    };
    this.conventionDraftDay = draftDay;
    this.schedule(draftDay, initiator, {
      type: 'DraftConvention',
      conventionId: this.random.uuid(),
      text: 'Les parties conviennent de coopérer dans le respect de leurs motivations réciproques.',
      content: {
        objectives: `Coopérer durablement : ${this.plan.themes.map((theme) => THEME_LABELS_FR[theme]).join(', ')}.`,
        priorities: ['Former les jeunes', 'Associer les acteurs du territoire'],
        themes: this.plan.themes,
        governance: 'Un comité de pilotage paritaire se réunit deux fois par an.',
        dialogueModalities: 'Élus tous les trimestres, techniciens tous les mois.',
        fundingCommitments: 'Chaque partie inscrit une ligne à son budget.',
        terminationClause: 'Chaque partie peut mettre fin à la convention avec un préavis.',
      },
      terms,
    });
    const negotiationDay = this.dayAt(m.negotiation);
    this.schedule(negotiationDay, initiator, { type: 'OpenConventionNegotiation' });
    if (this.random.chance(0.35)) {
      this.schedule(this.dayAt(m.revision), initiator, (snapshot) => ({
        type: 'ReviseConvention',
        text: 'Les parties conviennent de coopérer ; version amendée après la négociation.',
        content: currentContent(snapshot),
        terms,
      }));
    }
    // At step 5 the councils are still deciding: some parties have approved, not all.
    const approving =
      this.plan.stage === 'actions'
        ? this.parties
        : this.parties.slice(0, this.random.int(0, this.parties.length - 1));
    const approvalDay = this.dayAt(m.approvals);
    approving.forEach((party, index) => {
      const day = Math.min(approvalDay + index * this.random.int(1, 10), this.lastDay);
      this.schedule(day, party, (snapshot) => ({
        type: 'ApproveConvention',
        partyId: party.id,
        version: currentVersionNumber(snapshot),
        councilDecisionRef: `DEL-${2000 + this.random.int(10, 26)}-${this.random.int(1, 300)}`,
        decidedOn: this.date(day),
        decisionFileId: null,
      }));
    });
    if (inForceDay === null) return;
    const signDay = Math.max(this.dayAt(m.signature), approvalDay + approving.length * 10);
    this.schedule(signDay, initiator, (snapshot) => ({
      type: 'SignConvention',
      version: currentVersionNumber(snapshot),
      signedOn: this.date(signDay),
      signatories: this.parties.map((party) => ({
        partyId: party.id,
        name: (this.context.staff.of(party).elected[0] as PersonRef).name,
        title: party === initiator ? 'Maire' : 'Président du conseil',
      })),
      signedFileId: null,
    }));
    const effectiveDay = Math.max(inForceDay, signDay);
    this.inForceDay = effectiveDay;
    this.schedule(effectiveDay, initiator, {
      type: 'BringConventionIntoForce',
      effectiveOn: this.date(effectiveDay),
    });
    if (!tacit) return;
    // Renewed tacitly on each expiry date that has passed, as the reminders invite the parties to do.
    let expiresOn = addMonths(this.date(effectiveDay), durationMonths);
    for (
      let expiryDay = this.dayOf(expiresOn);
      expiryDay + 1 <= this.lastDay;
      expiryDay = this.dayOf(expiresOn)
    ) {
      this.schedule(expiryDay + 1, initiator, {
        type: 'RenewConvention',
        kind: 'tacit',
        decisionRef: null,
        newExpiresOn: null,
      });
      expiresOn = addMonths(expiresOn, 36);
    }
  }

  // ── Dialogue (step 5, and informal exchanges from step 4) ──────────────────────────────────────────

  private dialogue(): void {
    const count = this.plan.dialogueEvents;
    const from = (this.planAgreedDay ?? this.joinDay ?? this.creationDay) + 1;
    let to = Math.min(this.lastDay, -this.plan.sleepingForDays - 1);
    if (to <= from) to = this.lastDay;
    if (count === 0 || to <= from) return;
    const frequency = this.audiencePlans.map(
      (plan) =>
        1 /
        (plan.cadence.every * (plan.cadence.unit === 'month' ? 30 : plan.cadence.unit === 'week' ? 7 : 1)),
    );
    const usable = channelsUsableByAll(this.parties.map(toDomainOrganisation));
    const days = Array.from({ length: count }, () => this.random.int(from, to)).sort((a, b) => a - b);
    for (const day of days) {
      const planned =
        this.audiencePlans.length > 0 ? this.audiencePlans[pickIndex(frequency, this.random)] : undefined;
      const audience = planned?.audience ?? this.random.pick(AUDIENCES);
      const recorder = this.random.chance(0.6) ? this.plan.initiator : this.random.pick(this.parties);
      const occurredAt = this.instant(day) - this.random.int(0, 5) * HOUR_MS;
      this.scheduleAt(occurredAt + this.random.int(1, 20) * HOUR_MS, recorder, {
        type: 'RecordDialogueEvent',
        eventId: this.random.uuid(),
        audience,
        occurredAt: new Date(occurredAt),
        channel: this.random.pick(planned?.channels ?? usable),
        participants: this.parties.map((party) => this.personFor(party, audience)),
        summary: this.random.pick(DIALOGUE_SUMMARIES),
        decisions: this.random.sample(DIALOGUE_DECISIONS, this.random.int(0, 2)),
        recordedBy: recorder.id,
      });
    }
  }

  // ── Step 6 ──────────────────────────────────────────────────────────────────────────────────────────

  private actions(): void {
    const underConvention = this.plan.stage !== 'actions';
    const from =
      (underConvention ? this.conventionDraftDay : this.inForceDay) ?? this.joinDay ?? this.creationDay;
    const to = this.lastDay - 10;
    if (to <= from + 1) return;
    for (let i = 0; i < this.plan.actions; i += 1)
      this.action(this.random.int(from + 1, to), underConvention);
  }

  private action(createdDay: number, plannedOnly: boolean): void {
    const initiator = this.plan.initiator;
    const actionId = this.random.uuid();
    const theme = this.random.pick(this.plan.themes);
    const partner = this.random.pick(this.plan.partners);
    const where = this.random.next();
    const locatedIn =
      where < 0.55 ? this.parties.map((party) => party.id) : where < 0.8 ? [partner.id] : [initiator.id];
    const initiatedBy = this.random.chance(0.6) ? initiator : this.random.pick(this.plan.partners);
    const startDay = createdDay + this.random.int(5, 60);
    const endDay = startDay + this.random.int(180, 1_000);
    const priority: ActionPriority = this.random.pick(['high', 'medium', 'medium', 'low']);
    this.schedule(createdDay, initiatedBy, {
      type: 'CreateAction',
      actionId,
      title: actionTitle(theme, this.random),
      themes: [theme],
      sdgs: [...THEME_SDGS[theme]],
      locatedIn,
      initiatedBy: initiatedBy.id,
      operators: this.random.chance(0.6)
        ? [
            {
              name: `Service ${THEME_LABELS_FR[theme]} de ${initiatedBy.place}`,
              partyId: initiatedBy.id,
              territoryActorId: null,
            },
          ]
        : [],
      priority,
      startsOn: this.date(startDay),
      endsOn: this.date(endDay),
    });
    const budgetLines = this.random.int(1, 3);
    for (let i = 0; i < budgetLines; i += 1) {
      const day = this.between(createdDay, Math.min(createdDay + 40, this.lastDay));
      const [funder, funderName] = this.random.pick(FUNDERS);
      const payer = this.random.pick(this.parties);
      this.schedule(day, initiatedBy, {
        type: 'AddBudgetLine',
        actionId,
        line: {
          id: this.random.uuid(),
          funder,
          funderName,
          partyId: funder === 'own_budget' ? payer.id : null,
          amount: this.random.int(2, 80) * 1_000,
          currency: 'EUR',
          status: this.random.pick(['granted', 'granted', 'requested', 'planned']),
          ...UNSTATED_LINE_FIGURES,
        },
      });
    }
    if (plannedOnly) return;
    const lastActionDay = Math.min(endDay, this.lastDay);
    if (startDay > this.lastDay) return;
    this.schedule(startDay, initiatedBy, {
      type: 'ChangeActionStatus',
      actionId,
      to: 'in_progress',
      byParty: initiatedBy.id,
    });
    const indicatorCount = this.random.int(1, 2);
    for (let i = 0; i < indicatorCount; i += 1) {
      const [name, unit, target] = this.random.pick(INDICATORS);
      const indicatorId = this.random.uuid();
      const proposer = this.random.pick(this.parties);
      const proposedDay = this.between(createdDay, Math.min(startDay, this.lastDay));
      this.schedule(proposedDay, proposer, {
        type: 'AddIndicator',
        actionId,
        indicatorId,
        name,
        unit,
        baseline: 0,
        target,
        proposedBy: proposer.id,
      });
      const coValidated = this.random.chance(0.88);
      let validatedDay = proposedDay;
      for (const party of this.parties) {
        if (party === proposer || (!coValidated && party !== initiator && party !== proposer)) continue;
        validatedDay = Math.min(validatedDay + this.random.int(1, 15), this.lastDay);
        this.schedule(validatedDay, party, {
          type: 'ValidateIndicator',
          actionId,
          indicatorId,
          partyId: party.id,
        });
      }
      if (!coValidated) continue;
      const firstMeasurable = Math.max(startDay, validatedDay + 1);
      if (firstMeasurable > lastActionDay) continue;
      const measurementDays = Array.from({ length: this.random.int(0, 6) }, () =>
        this.random.int(firstMeasurable, lastActionDay),
      ).sort((a, b) => a - b);
      measurementDays.forEach((day, index) => {
        const recorder = this.random.pick(this.parties);
        this.schedule(day, recorder, {
          type: 'RecordMeasurement',
          actionId,
          indicatorId,
          on: this.date(day),
          value: Math.round((target * (index + 1)) / (measurementDays.length + 1)),
          unit,
          recordedBy: recorder.id,
        });
      });
    }
    if (this.random.chance(0.4) && startDay + 120 <= lastActionDay) {
      const day = this.random.int(startDay + 120, lastActionDay);
      this.schedule(day, initiator, {
        type: 'RecordJointEvaluation',
        actionId,
        evaluationId: this.random.uuid(),
        on: this.date(day),
        parties: this.parties.map((party) => party.id),
        summary: 'Bilan partagé : les objectifs de l’année sont atteints pour l’essentiel.',
      });
    }
    const logEntries = this.random.int(0, 3);
    for (let i = 0; i < logEntries; i += 1) {
      const [kind, text] = this.random.pick(LOG_TEXTS);
      const author = this.random.pick(this.parties);
      this.schedule(this.between(startDay, lastActionDay), author, {
        type: 'AddLogEntry',
        actionId,
        entryId: this.random.uuid(),
        byParty: author.id,
        kind,
        text,
        attachmentIds: [],
      });
    }
    if (endDay < this.lastDay - 10 && this.random.chance(0.8)) {
      this.schedule(endDay, initiatedBy, {
        type: 'ChangeActionStatus',
        actionId,
        to: 'completed',
        byParty: initiatedBy.id,
      });
    }
  }

  // ── Suspension or end ───────────────────────────────────────────────────────────────────────────────

  private stop(): void {
    if (this.stopDay === null) return;
    const day = this.stopDay;
    const initiator = this.plan.initiator;
    if (this.plan.status === 'suspended') {
      this.schedule(day, initiator, {
        type: 'SuspendPartnership',
        reason: 'Suspendu d’un commun accord pendant la période électorale.',
      });
      return;
    }
    const decisions = (snapshot: PartnershipSnapshot) =>
      snapshot.actions.filter(isActionOngoing).map((action) => ({
        actionId: action.id,
        fate: this.random.pick(['complete_during_notice', 'hand_over', 'stop'] as const),
      }));
    const reason = 'Les parties mettent fin à la relation d’un commun accord.';
    // Nothing binds: a simple act. Otherwise the orderly rupture, decided the same day and then in notice.
    this.schedule(day, initiator, (snapshot) =>
      canAbandonPartnership(snapshot)
        ? {
            type: 'TerminatePartnership',
            reason,
            noticeGivenOn: this.date(day),
            effectiveOn: this.date(day),
            actionDecisions: decisions(snapshot),
          }
        : { type: 'ProposeRupture', partyId: initiator.id, reason },
    );
    if (this.plan.partners.length === 0) return;
    // Every partner is heard (a multilateral partnership has several), so the decision may come the same day.
    for (const partner of this.plan.partners) {
      this.schedule(day, partner, (snapshot) =>
        snapshot.partnership.rupture?.stage === 'negotiating'
          ? { type: 'RespondToRupture', partyId: partner.id, text: 'Nous en prenons acte.' }
          : null,
      );
    }
    this.schedule(day, initiator, (snapshot) =>
      snapshot.partnership.rupture?.stage === 'negotiating'
        ? {
            type: 'DecideRupture',
            deliberation: {
              body: 'Conseil municipal',
              reference: `DEL-${this.plan.index}`,
              adoptedOn: this.date(day),
              recordedBy: 'officer',
            },
            noticeGivenOn: this.date(day),
            effectiveOn: this.date(day + requiredPartnershipNoticeDays(snapshot) + this.random.int(0, 30)),
            actionDecisions: decisions(snapshot),
          }
        : null,
    );
  }

  // ── Running the commands ────────────────────────────────────────────────────────────────────────────

  private run(): WrittenPartnership {
    const initiator = this.plan.initiator;
    const createdAt = new Date(this.instant(this.creationDay) - 2 * HOUR_MS);
    const title = partnershipTitle(this.plan);
    const created = createPartnership(
      {
        type: 'CreatePartnership',
        partnershipId: this.plan.id,
        name: title,
        form: this.plan.form,
        approach: this.plan.approach,
        initiator: toDomainOrganisation(initiator),
        partners: [],
      },
      createdAt,
    );
    if (!created.ok)
      throw new StoryRefusedError(
        `partnership ${this.plan.index}: ${created.error.code} ${created.error.message}`,
      );
    let snapshot = created.value.state;
    const creator = this.context.staff.actingUserOf(initiator.id);
    if (!creator) throw new StoryRefusedError(`partnership ${this.plan.index}: its initiator has no account`);
    const audit: AuditRow[] = [];
    const parties: PartyRow[] = [{ organisationId: initiator.id, role: 'initiator', joinedAt: createdAt }];
    if (createdAt >= this.context.auditSince) {
      audit.push({
        occurredAt: createdAt,
        organisationId: initiator.id,
        actorUserId: creator.id,
        entityId: this.plan.id,
        action: 'partnership.created',
        changes: changesOf({
          title,
          form: this.plan.form,
          approach: this.plan.approach,
          themes: this.plan.themes,
        }),
      });
    }
    const ordered = [...this.steps].sort((a, b) => a.at - b.at || a.order - b.order);
    let updatedAt = createdAt;
    for (const step of ordered) {
      const now = new Date(step.at);
      const command = typeof step.command === 'function' ? step.command(snapshot) : step.command;
      // A step that only applies in some states (the rupture's answer and decision) may have nothing to do.
      if (command === null) continue;
      const outcome = applyCommand(snapshot, command, now);
      if (!outcome.ok) {
        throw new StoryRefusedError(
          `partnership ${this.plan.index} (${this.plan.stage}, ${this.plan.status}): ${command.type} on ${now.toISOString()} refused with ${outcome.error.code} — ${outcome.error.message} ${JSON.stringify(outcome.error.details ?? {})}`,
        );
      }
      snapshot = outcome.value.state;
      updatedAt = now;
      for (const event of outcome.value.events) {
        if (event.type === 'PartyAdded')
          parties.push({ organisationId: event.partyId, role: 'partner', joinedAt: now });
        if (now >= this.context.auditSince) audit.push(this.auditRow(event, step.actor, now));
      }
    }
    return {
      plan: this.plan,
      title,
      snapshot,
      createdAt,
      updatedAt,
      version: 1 + ordered.length,
      parties,
      audit,
      commands: ordered.length,
      createdByUserId: creator.id,
    };
  }

  private auditRow(event: DomainEvent, actor: GeneratedOrganisation, now: Date): AuditRow {
    const { type, at: _at, partnershipId: _partnershipId, ...details } = event;
    return {
      occurredAt: now,
      organisationId: actor.id,
      actorUserId: this.context.staff.actingUserOf(actor.id)?.id ?? null,
      entityId: this.plan.id,
      action: `lifecycle.${type}`,
      changes: changesOf(details),
    };
  }

  // ── Time ────────────────────────────────────────────────────────────────────────────────────────────

  private schedule(
    day: number,
    actor: GeneratedOrganisation,
    command: StoryCommand | ((snapshot: PartnershipSnapshot) => StoryCommand | null),
  ): void {
    this.scheduleAt(this.instant(day), actor, command);
  }

  private scheduleAt(
    at: number,
    actor: GeneratedOrganisation,
    command: StoryCommand | ((snapshot: PartnershipSnapshot) => StoryCommand | null),
  ): void {
    // Commands scheduled on the same day keep the order they were written in (the causal one).
    this.steps.push({
      at: Math.min(at, this.instant(this.lastDay + 1) - HOUR_MS),
      order: this.steps.length,
      actor,
      command,
    });
  }

  /** Noon UTC `day` days from the as-of date: the same calendar day in every partner's time zone. */
  private instant(day: number): number {
    return this.context.asOfNoon.getTime() + day * DAY_MS;
  }

  private date(day: number): string {
    return new Date(this.instant(day)).toISOString().slice(0, 10);
  }

  private dayOf(date: string): number {
    return daysBetween(this.date(0), date);
  }

  /** The day at `fraction` of the partnership's age (0 = creation, 1 = the as-of date), never after the last day. */
  private dayAt(fraction: number): number {
    return Math.min(this.creationDay + Math.round(fraction * this.plan.ageDays), this.lastDay);
  }

  private fractionOf(day: number): number {
    return (day - this.creationDay) / this.plan.ageDays;
  }

  private between(from: number, to: number): number {
    return to <= from ? Math.min(from, this.lastDay) : this.random.int(from, to);
  }

  private personFor(party: GeneratedOrganisation, audience: DialogueAudience): PersonRef {
    const staff = this.context.staff.of(party);
    switch (audience) {
      case 'elected_officials':
        return this.random.pick(staff.elected);
      case 'technicians':
        return this.random.pick(staff.technicians);
      case 'territory_actors':
        return this.random.pick(staff.actors);
      default: {
        const exhaustive: never = audience;
        return exhaustive;
      }
    }
  }
}

interface Milestones {
  readonly commitment: readonly [number, number];
  readonly search: readonly [number, number];
  readonly join?: number;
  readonly presentation?: number;
  readonly visit1?: number;
  readonly visit2?: number;
  readonly share?: number;
  readonly compatibility?: number;
  readonly priority?: number;
  readonly plan?: number;
  readonly draft?: number;
  readonly negotiation?: number;
  readonly revision?: number;
  readonly approvals?: number;
  readonly signature?: number;
  readonly inForce?: number;
}

/** Where each milestone falls along the partnership's age, by the step it has reached. */
const MILESTONES: Record<Stage, Milestones> = {
  commitment: { commitment: [0, 0.9], search: [1, 1] },
  partner_search: { commitment: [0, 0.25], search: [0.3, 0.95] },
  presentation: { commitment: [0, 0.15], search: [0.15, 0.5], join: 0.55, presentation: 0.8 },
  initiation: { commitment: [0, 0.08], search: [0.08, 0.2], join: 0.25, presentation: 0.3, visit1: 0.5 },
  convention: {
    commitment: [0, 0.05],
    search: [0.05, 0.12],
    join: 0.15,
    presentation: 0.18,
    visit1: 0.25,
    visit2: 0.35,
    share: 0.5,
    compatibility: 0.55,
    priority: 0.57,
    plan: 0.6,
    draft: 0.7,
    negotiation: 0.75,
    revision: 0.8,
    approvals: 0.88,
    signature: 0.9,
    inForce: 0.9,
  },
  actions: {
    commitment: [0, 0.04],
    search: [0.04, 0.1],
    join: 0.12,
    presentation: 0.14,
    visit1: 0.2,
    visit2: 0.28,
    share: 0.35,
    compatibility: 0.37,
    priority: 0.38,
    plan: 0.4,
    draft: 0.44,
    negotiation: 0.46,
    revision: 0.48,
    approvals: 0.5,
    signature: 0.55,
    inForce: 0.57,
  },
};

const AUDIENCES: readonly DialogueAudience[] = ['elected_officials', 'technicians', 'territory_actors'];
const MOTIVATION_CATEGORY_LIST: readonly MotivationCategory[] = [
  'political',
  'institutional',
  'technical_sectoral',
  'financial',
  'economic',
];
const FRAME_LIST: readonly FrameOfReference[] = ['humanist', 'political', 'pro_domo'];

function advance(
  candidateId: string,
  to: 'contacted' | 'in_discussion' | 'proposed' | 'accepted' | 'declined' | 'dropped',
  organisation: Organisation | null = null,
): PartnershipCommand {
  return { type: 'AdvanceCandidate', candidateId, to, nextStep: null, nextStepOn: null, organisation };
}

function currentVersionNumber(snapshot: PartnershipSnapshot): number {
  return snapshot.convention?.versions.at(-1)?.number ?? 1;
}

function currentContent(snapshot: PartnershipSnapshot) {
  const content = snapshot.convention?.versions.at(-1)?.content;
  if (!content) throw new StoryRefusedError('a revision needs a drafted convention');
  return { ...content, priorities: [...content.priorities, 'Évaluer ensemble chaque année'] };
}

function dedupe(people: readonly PersonRef[]): PersonRef[] {
  return people.filter(
    (person, index) => people.findIndex((other) => other.personId === person.personId) === index,
  );
}

function pickIndex(weights: readonly number[], random: SeededRandom): number {
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  let target = random.next() * total;
  for (let i = 0; i < weights.length; i += 1) {
    target -= weights[i] ?? 0;
    if (target < 0) return i;
  }
  return weights.length - 1;
}

function partnershipTitle(plan: PartnershipPlan): string {
  const theme = THEME_LABELS_FR[plan.themes[0] as KnownActionTheme];
  const partner = plan.partners[0];
  return partner
    ? `${plan.initiator.place} – ${partner.place} : ${theme}`
    : `${plan.initiator.place} : coopération à construire (${theme})`;
}

/**
 * The audit trail's `changes` for a write that created something: every field from nothing to its value,
 * dates as ISO text and empty values left out — the shape `changedFields` gives the API's records.
 */
export function changesOf(
  after: Record<string, unknown>,
): Record<string, { before: unknown; after: unknown }> {
  const changes: Record<string, { before: unknown; after: unknown }> = {};
  for (const [field, value] of Object.entries(after)) {
    if (value === undefined || value === null) continue;
    changes[field] = { before: null, after: value instanceof Date ? value.toISOString() : value };
  }
  return changes;
}
