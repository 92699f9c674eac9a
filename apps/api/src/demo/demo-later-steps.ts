import { randomUUID } from 'node:crypto';
import {
  addDays,
  calendarDateAt,
  type ActionTheme,
  type ConventionContent,
  type PartnershipCommand,
  type PersonRef,
  type PersonRole,
  type TravelAdvisoryLevel,
  addLogEntry,
  recordDialogueEvent,
  recordJointEvaluation,
  recordMeasurement,
  type ActionAppend,
  type RecordDialogueEventCommand,
  type RuptureSignalKind,
  recordRuptureSignal,
  UNSTATED_LINE_FIGURES,
  DISAGGREGATION_PRESETS,
  reportingPeriodsBetween,
} from '@passerelle/domain';
import type { EntityManager } from 'typeorm';
import { PartnershipRepository } from '../lifecycle/partnership.repository';
import { OdaCodeLists } from '../oda-code-lists/oda-code-lists';
import { ActionRecordsRepository } from '../partnership-records/action-records.repository';
import { DialogueExchangeRepository } from '../partnership-records/dialogue-exchange.repository';
import { RuptureSignalRepository } from '../partnership-records/rupture-signal.repository';
import type { UserEntity } from '../users/user.entity';
import {
  ANGERS_COMMITMENT,
  angersCommitmentFor,
  type DemoCommitment,
  type DemoOrganisation,
} from './demo-data';

/** Angers' own step-1 file for each relation of the later steps: the reasons of that relation. */
const ANGERS_FOR = {
  tetouan: angersCommitmentFor({
    motivation: 'Faire dialoguer les artisans d’art angevins avec ceux de la médina de Tétouan.',
    stakes: ['Transmission des métiers d’art'],
    contributions: ['Ateliers des artisans d’art angevins'],
    actor: {
      name: 'Chambre de métiers et de l’artisanat de Maine-et-Loire',
      kind: 'association',
      involvement: 'co_carrier',
      summary: 'Repérage des artisans prêts à accueillir leurs homologues.',
    },
  }),
  ouahigouya: angersCommitmentFor({
    motivation: 'Partager l’expérience de la régie des eaux d’Angers avec une commune sahélienne.',
    stakes: ['Gestion durable de l’eau'],
    contributions: ['Savoir-faire de la régie des eaux'],
    actor: {
      name: 'Lycée horticole Le Fresne',
      kind: 'school',
      involvement: 'operator',
      summary: 'Échanges sur le maraîchage économe en eau.',
    },
  }),
  kairouan: angersCommitmentFor({
    motivation:
      'Transmettre aux jeunes les métiers du patrimoine avec une médina inscrite au patrimoine mondial.',
    stakes: ['Engagement des jeunes dans les métiers du patrimoine'],
    contributions: ['Chantiers de restauration du Château d’Angers'],
    actor: {
      name: 'Compagnons du devoir d’Angers',
      kind: 'association',
      involvement: 'operator',
      summary: 'Encadrement de chantiers-écoles.',
    },
  }),
} as const satisfies Partial<Record<Key, DemoCommitment>>;

type Key = DemoOrganisation['key'];

export interface LaterStepsContext {
  manager: EntityManager;
  organisationIds: Record<Key, string>;
  staffOf: Record<Key, { officer: UserEntity; elected: UserEntity }>;
  /** Creates the partnership row and its parties; returns its id. */
  createPartnership: (demo: {
    title: string;
    form: string;
    approach: string;
    initiator: Key;
    partners: Key[];
  }) => Promise<string>;
  /** Step 1 of a party, as of `now`. */
  writeCommitment: (partnershipId: string, commitment: DemoCommitment, now: Date) => Promise<void>;
}

const DAY_MS = 86_400_000;

/**
 * Partnerships further along the method — steps 4, 5 and 6, one suspended, one terminated, one whose dialogue
 * is falling asleep — written through the lifecycle model as of dates relative to the day the demo is loaded,
 * so that visits, due exchanges and expiry dates always look current.
 */
export async function writeLaterStepPartnerships(context: LaterStepsContext): Promise<void> {
  const loadedAt = new Date();
  const demo = new DemoWriter(context, loadedAt);
  await demo.initiation();
  await demo.conventionFallingAsleep();
  await demo.actions();
  await demo.suspended();
  await demo.terminated();
}

class DemoWriter {
  private readonly repository = new PartnershipRepository();
  private readonly exchanges = new DialogueExchangeRepository();
  private readonly signals = new RuptureSignalRepository();
  private readonly actionRecords = new ActionRecordsRepository();

  constructor(
    private readonly context: LaterStepsContext,
    private readonly loadedAt: Date,
  ) {}

  /** Step 4: Angers went to Tétouan; Tétouan's return visit is planned. */
  async initiation(): Promise<void> {
    const id = await this.partnership('Angers – Tétouan : médina et savoir-faire', 'angers', 'tetouan');
    await this.context.writeCommitment(id, ANGERS_FOR.tetouan, this.at(-90));
    await this.presentation(id, 'angers', -80);
    await this.visit(id, 'to_partner', 'tetouan', -50, 'Découvrir la médina et ses artisans', true);
    await this.visit(
      id,
      'from_partner',
      'tetouan',
      40,
      'Accueillir la délégation de Tétouan à Angers',
      false,
    );
  }

  /** Step 5: a convention in negotiation, a dialogue plan agreed — and no exchange since the last visit. */
  async conventionFallingAsleep(): Promise<void> {
    const id = await this.partnership('Angers – Ouahigouya : eau et maraîchage', 'angers', 'ouahigouya');
    await this.bothCommitments(
      id,
      'ouahigouya',
      'Renforcer le service communal de l’eau avec un partenaire.',
      -240,
    );
    await this.visit(id, 'to_partner', 'ouahigouya', -200, 'Diagnostic partagé du réseau d’eau', true);
    await this.visit(id, 'from_partner', 'ouahigouya', -150, 'Visite de la régie des eaux d’Angers', true);
    // An orange zone since the last mission: the next one waits for an elected official's approval and reason.
    await this.visit(
      id,
      'to_partner',
      'ouahigouya',
      60,
      'Mise en service du forage du quartier Nord',
      false,
      'advised_against_except_essential',
    );
    await this.politicalDialogue(
      id,
      'ouahigouya',
      'Accès à l’eau potable dans les quartiers périphériques',
      -100,
    );
    await this.dialoguePlan(id, 'ouahigouya', -140);
    const waterTerms = {
      priorities: ['Accès à l’eau potable dans les quartiers périphériques', 'Maraîchage économe en eau'],
      themes: ['water_sanitation', 'economic_development'],
    } as const;
    await this.run(id, this.draft('Coopération pour l’eau et le maraîchage', 36, waterTerms), -60);
    await this.run(
      id,
      {
        ...this.draft('Coopération pour l’eau, l’assainissement et le maraîchage', 48, waterTerms),
        type: 'ReviseConvention',
      } as PartnershipCommand,
      -30,
    );
    await this.run(id, { type: 'OpenConventionNegotiation' }, -29);
    await this.run(id, this.approval('angers', 2, 'DEL', 118, -10), -9);
    // Warning signs of rupture on both sides: municipal elections ahead in Ouahigouya, a budget cut in Angers.
    await this.signal(id, 'angers', {
      kind: 'election',
      concerns: 'ouahigouya',
      occursInDays: 75,
      note: 'Élections municipales à Ouahigouya : le maire, porteur du partenariat, ne se représente pas.',
    });
    await this.signal(id, 'angers', {
      kind: 'budget_cut',
      concerns: 'angers',
      occursInDays: -20,
      note: 'Le budget primitif réduit de 30 % la ligne de la solidarité internationale.',
    });
  }

  /** Step 6: a convention in force, regular exchanges, an action under way measured by both sides. */
  async actions(): Promise<void> {
    const id = await this.partnership('Angers – Kairouan : patrimoine et jeunesse', 'angers', 'kairouan');
    await this.bothCommitments(
      id,
      'kairouan',
      'Former les jeunes artisans de la médina avec une ville partenaire.',
      -460,
    );
    await this.visit(id, 'to_partner', 'kairouan', -420, 'Rencontre des maîtres artisans', true);
    await this.visit(
      id,
      'from_partner',
      'kairouan',
      -330,
      'Délégation de Kairouan au Château d’Angers',
      true,
    );
    await this.politicalDialogue(id, 'kairouan', 'Transmission des savoir-faire du patrimoine', -310);
    await this.run(
      id,
      this.draft('Coopération pour le patrimoine et la jeunesse', 36, {
        priorities: ['Transmission des savoir-faire du patrimoine', 'Mobilité des jeunes artisans'],
        themes: ['heritage', 'youth_mobility'],
      }),
      -300,
    );
    await this.run(id, { type: 'OpenConventionNegotiation' }, -290);
    await this.run(id, this.approval('angers', 1, 'DEL', 201, -280), -279);
    await this.run(id, this.approval('kairouan', 1, 'CM', 33, -275), -274);
    const signatories = [
      this.signatory('angers', 'Maire d’Angers'),
      this.signatory('kairouan', 'Présidente du conseil municipal'),
    ];
    await this.run(
      id,
      { type: 'SignConvention', version: 1, signedOn: this.day(-270), signatories, signedFileId: null },
      -270,
    );
    await this.run(id, { type: 'BringConventionIntoForce', effectiveOn: this.day(-260) }, -260);
    await this.dialoguePlan(id, 'kairouan', -255);
    await this.exchange(id, 'kairouan', 'elected_officials', -20, 'Point d’étape des élus en visio');
    await this.exchange(id, 'kairouan', 'technicians', -6, 'Suivi du chantier-école');
    await this.exchange(id, 'kairouan', 'territory_actors', -15, 'Réunion des associations de jeunesse');
    await this.restorationAction(id);
    const youthActionId = randomUUID();
    await this.run(id, {
      type: 'CreateAction',
      actionId: youthActionId,
      title: 'Échanges de jeunes entre maisons de quartier',
      themes: ['youth_mobility', 'culture'],
      sdgs: [4, 10],
      locatedIn: [this.party('angers'), this.party('kairouan')],
      initiatedBy: this.party('angers'),
      // Kairouan's idea, typed in by Angers: Kairouan has still to confirm it.
      proposedBy: this.party('kairouan'),
      operators: [
        { name: 'Maison de quartier Monplaisir', partyId: this.party('angers'), territoryActorId: null },
      ],
      priority: 'medium',
      startsOn: this.day(60),
      endsOn: this.day(240),
    });
    // Budgeted for this year and neither described nor paid yet: what the declaration's review asks for.
    const thisYear = Number(this.day(0).slice(0, 4));
    await this.run(id, {
      type: 'AddBudgetLine',
      actionId: youthActionId,
      line: {
        id: randomUUID(),
        funder: 'own_budget',
        funderName: 'Ville d’Angers',
        partyId: this.party('angers'),
        amount: 6_000,
        currency: 'EUR',
        status: 'planned',
        ...UNSTATED_LINE_FIGURES,
        periodStartsOn: `${thisYear}-01-01`,
        periodEndsOn: `${thisYear}-12-31`,
        channel: 'direct',
        eurRate: 1,
      },
    });
  }

  async suspended(): Promise<void> {
    const id = await this.partnership('Angers – Bamako : jumelage scolaire', 'angers', 'bamako');
    await this.context.writeCommitment(id, ANGERS_COMMITMENT, this.at(-120));
    await this.run(id, {
      type: 'SuspendPartnership',
      reason:
        'Suspendu d’un commun accord pendant la période électorale ; reprise avec les nouvelles équipes.',
    });
  }

  /**
   * Ended in order (docs/domain.md, "Ending a partnership"): Rennes proposed the rupture, Tétouan answered,
   * the municipal council deliberated, notice ran while the action under way was handed over, then it ended.
   */
  async terminated(): Promise<void> {
    const id = await this.partnership('Rennes – Tétouan : échanges universitaires', 'rennes', 'tetouan');
    const actionId = randomUUID();
    await this.run(
      id,
      {
        type: 'CreateAction',
        actionId,
        title: 'Semestre d’échange entre universités',
        themes: ['education'],
        sdgs: [4],
        locatedIn: [this.party('rennes'), this.party('tetouan')],
        initiatedBy: this.party('rennes'),
        operators: [],
        priority: 'medium',
        startsOn: this.day(-300),
        endsOn: this.day(-10),
      },
      -310,
    );
    await this.run(
      id,
      { type: 'ChangeActionStatus', actionId, to: 'in_progress', byParty: this.party('rennes') },
      -300,
    );
    await this.run(
      id,
      {
        type: 'ProposeRupture',
        partyId: this.party('rennes'),
        reason: 'Les universités poursuivent l’échange directement ; la ville propose de se retirer.',
      },
      -90,
    );
    await this.run(
      id,
      {
        type: 'RespondToRupture',
        partyId: this.party('tetouan'),
        text: 'D’accord, à condition que le semestre en cours soit confié aux deux universités.',
      },
      -84,
    );
    await this.run(
      id,
      {
        type: 'DecideRupture',
        deliberation: {
          body: 'Conseil municipal de Rennes',
          reference: `DEL-${this.day(-75).slice(0, 4)}-0312`,
          adoptedOn: this.day(-75),
          recordedBy: 'officer',
        },
        noticeGivenOn: this.day(-75),
        effectiveOn: this.day(-30),
        actionDecisions: [{ actionId, fate: 'hand_over' }],
      },
      -75,
    );
    await this.run(id, { type: 'EndRuptureNotice' }, -30);
  }

  private async restorationAction(id: string): Promise<void> {
    const actionId = randomUUID();
    const indicatorId = randomUUID();
    const kairouan = this.party('kairouan');
    const angers = this.party('angers');
    await this.run(
      id,
      {
        type: 'CreateAction',
        actionId,
        title: 'Chantier-école de restauration des portes de la médina',
        themes: ['heritage', 'youth_mobility'],
        sdgs: [8, 11],
        locatedIn: [kairouan],
        initiatedBy: kairouan,
        operators: [
          { name: 'Association de sauvegarde de la médina', partyId: kairouan, territoryActorId: null },
          { name: 'Compagnons du devoir d’Angers', partyId: angers, territoryActorId: null },
        ],
        priority: 'high',
        startsOn: this.day(-200),
        endsOn: this.day(160),
      },
      -210,
    );
    await this.run(id, { type: 'ChangeActionStatus', actionId, to: 'in_progress', byParty: kairouan }, -200);
    const line = (funder: string, funderName: string, partyId: string | null, amount: number) => ({
      type: 'AddBudgetLine' as const,
      actionId,
      line: {
        id: randomUUID(),
        funder,
        funderName,
        partyId,
        amount,
        currency: 'EUR',
        status: 'granted' as const,
        ...UNSTATED_LINE_FIGURES,
        channel: 'direct' as const,
        eurRate: 1,
      },
    });
    await this.run(
      id,
      {
        type: 'DescribeAction',
        actionId,
        description:
          'Un chantier-école restaure trois portes de la médina avec de jeunes artisans de Kairouan, encadrés par des compagnons d’Angers.',
        objectives:
          'Former 30 jeunes aux métiers du patrimoine ; restaurer trois portes d’ici la fin du chantier.',
        sectors: [
          { code: '41040', percentage: 50 },
          { code: '11330', percentage: 50 },
        ],
        markers: {
          gender: 1,
          environment: 0,
          biodiversity: 0,
          climate_mitigation: 0,
          climate_adaptation: 0,
          desertification: 0,
          nutrition: 0,
          disability: 0,
        },
        knownSectorCodes: new OdaCodeLists().sectorCodes,
      },
      -205,
    );
    // What the declaration of official development assistance counts: Angers' payments, one each year.
    const thisYear = Number(this.day(0).slice(0, 4));
    const angersLine = line('own_budget', 'Ville d’Angers', angers, 20_000);
    await this.run(
      id,
      {
        ...angersLine,
        line: {
          ...angersLine.line,
          periodStartsOn: `${thisYear - 1}-01-01`,
          periodEndsOn: `${thisYear}-12-31`,
          committedAmount: 20_000,
          committedOn: `${thisYear - 1}-10-01`,
          paidAmount: 12_000,
          paidOn: `${thisYear - 1}-11-15`,
        },
      } as PartnershipCommand,
      -199,
    );
    const dinars = line('own_budget', 'Ville d’Angers', angers, 27_200);
    await this.run(
      id,
      {
        ...dinars,
        line: {
          ...dinars.line,
          currency: 'TND',
          eurRate: 3.4,
          channel: 'civil_society',
          periodStartsOn: `${thisYear}-01-01`,
          periodEndsOn: `${thisYear}-12-31`,
          paidAmount: 27_200,
          paidOn: this.day(-30),
        },
      } as PartnershipCommand,
      -190,
    );
    await this.run(
      id,
      line('own_budget', 'Municipalité de Kairouan', kairouan, 8_000) as PartnershipCommand,
      -199,
    );
    await this.run(
      id,
      line('european_union', 'Programme de coopération transfrontalière', null, 42_000) as PartnershipCommand,
      -190,
    );
    // Young artisans trained, counted cohort by cohort each quarter of the action, women and men apart.
    const quarters = reportingPeriodsBetween('quarterly', this.day(-200), this.day(160));
    const perQuarter = Math.floor(30 / quarters.length);
    await this.run(
      id,
      {
        type: 'AddIndicator',
        actionId,
        indicatorId,
        name: 'Jeunes artisans formés',
        unit: 'personnes',
        baseline: 0,
        target: 30,
        proposedBy: kairouan,
        plan: {
          kind: 'count',
          frequency: 'quarterly',
          periods: quarters.map((quarter, index) => ({
            ...quarter,
            target: index === quarters.length - 1 ? 30 - perQuarter * index : perQuarter,
            baseline: null,
          })),
          disaggregations: [{ dimension: 'sex', categories: [...DISAGGREGATION_PRESETS.sex] }],
        },
      },
      -198,
    );
    await this.run(id, { type: 'ValidateIndicator', actionId, indicatorId, partyId: angers }, -195);
    for (const [offset, value, women, by] of [
      [-150, 7, 4, kairouan],
      [-100, 5, 2, kairouan],
      [-40, 6, 3, angers],
      [-12, 4, null, kairouan],
    ] as const) {
      await this.appendToAction(
        id,
        {
          type: 'RecordMeasurement',
          actionId,
          indicatorId,
          on: this.day(offset),
          value,
          unit: 'personnes',
          recordedBy: by,
          breakdown:
            women === null
              ? []
              : [
                  { dimension: 'sex', category: 'female', value: women },
                  { dimension: 'sex', category: 'male', value: value - women },
                ],
        },
        offset,
      );
    }
    await this.appendToAction(
      id,
      {
        type: 'RecordJointEvaluation',
        actionId,
        evaluationId: randomUUID(),
        on: this.day(-30),
        parties: [angers, kairouan],
        summary: 'Mi-parcours : la moitié des portes restaurées, deux promotions formées.',
      },
      -30,
    );
    await this.appendToAction(
      id,
      {
        type: 'AddLogEntry',
        actionId,
        entryId: randomUUID(),
        byParty: kairouan,
        kind: 'training',
        text: 'Deuxième promotion : 9 jeunes artisans formés à la menuiserie traditionnelle.',
        attachmentIds: [],
      },
      -12,
    );
  }

  private async partnership(title: string, initiator: Key, partner: Key): Promise<string> {
    return this.context.createPartnership({
      title,
      form: 'decentralised_cooperation',
      approach: 'mutual_interest',
      initiator,
      partners: [partner],
    });
  }

  private async bothCommitments(
    id: string,
    partner: 'ouahigouya' | 'kairouan',
    motivation: string,
    offset: number,
  ): Promise<void> {
    await this.context.writeCommitment(id, ANGERS_FOR[partner], this.at(offset));
    await this.context.writeCommitment(
      id,
      {
        party: partner,
        motivations: [
          {
            category: 'technical_sectoral',
            frameOfReference: 'political',
            text: motivation,
            review: 'approved',
            shared: true,
          },
        ],
        stakes: ['Emploi des jeunes'],
        contributions: ['Accueil de stagiaires angevins'],
        territoryActors: [],
      },
      this.at(offset + 5),
    );
    await this.presentation(id, 'angers', offset + 10);
  }

  private async presentation(id: string, party: Key, offset: number): Promise<void> {
    await this.run(
      id,
      {
        type: 'UpdatePresentation',
        partyId: this.party(party),
        sections: {
          motivations: 'Une solidarité ancienne, portée par les habitants et les associations.',
          territory_and_actors:
            'Angers, 157 000 habitants, ses associations de solidarité et son lycée technique.',
          stakes: 'Engagement des jeunes, gestion durable de l’eau.',
          contributions: 'Le savoir-faire de la régie des eaux et l’accueil de stagiaires.',
        },
        documentRef: null,
      },
      offset,
    );
  }

  private async visit(
    id: string,
    direction: 'to_partner' | 'from_partner',
    partner: Key,
    startOffset: number,
    purpose: string,
    reported: boolean,
    level: TravelAdvisoryLevel = 'increased_vigilance',
  ): Promise<void> {
    const visitId = randomUUID();
    const [travelling, hosting] =
      direction === 'to_partner' ? (['angers', partner] as const) : ([partner, 'angers'] as const);
    const recordedAt = Math.min(startOffset - 20, -1);
    await this.run(
      id,
      {
        type: 'RecordVisit',
        visitId,
        direction,
        partnerPartyId: this.party(partner),
        startsOn: this.day(startOffset),
        endsOn: this.day(startOffset + 4),
        purpose,
        agenda: [
          'Accueil par les élus',
          'Visites de terrain',
          'Séance de travail des services',
          'Restitution',
        ],
        delegation: [
          this.person(travelling, 'elected'),
          this.person(travelling, 'officer'),
          this.named(travelling, 'Association de jeunesse', 'territory_actor'),
        ],
        hosts: [this.person(hosting, 'elected'), this.person(hosting, 'officer')],
        travelAdvisory:
          direction === 'to_partner'
            ? {
                level,
                source: 'France Diplomatie – Conseils aux voyageurs',
                checkedOn: this.day(Math.min(startOffset - 7, -1)),
              }
            : null,
        travelApproval: null,
      },
      recordedAt,
    );
    if (!reported) return;
    await this.run(
      id,
      {
        type: 'RecordVisitReport',
        visitId,
        summary: 'Une mission dense : les élus ont confirmé leur volonté de travailler ensemble.',
        outcomes: ['Un diagnostic partagé', 'Une première idée d’action commune'],
        peopleMet: ['La directrice du service technique', 'Le président de l’union des artisans'],
        followUps: [
          {
            followUpId: randomUUID(),
            title: 'Envoyer le compte rendu traduit',
            owner: this.person(hosting, 'officer'),
            dueOn: this.day(startOffset + 20),
          },
        ],
      },
      startOffset + 6,
    );
  }

  private async politicalDialogue(id: string, partner: Key, priority: string, offset: number): Promise<void> {
    for (const party of ['angers', partner] as const) {
      await this.run(
        id,
        {
          type: 'RecordCompatibilityReview',
          partyId: this.party(party),
          decision: 'approved',
          reviewer: this.person(party, 'elected'),
          comment: 'Nos motivations se rejoignent : nous pouvons nous engager.',
          councilDecisionRef: null,
          councilDecisionOn: null,
        },
        offset,
      );
    }
    const priorityId = randomUUID();
    await this.run(
      id,
      { type: 'RecordPriority', priorityId, title: priority, stakeIds: [], agreedBy: [this.party('angers')] },
      offset + 1,
    );
    await this.run(id, { type: 'AgreePriority', priorityId, partyId: this.party(partner) }, offset + 2);
  }

  private async dialoguePlan(id: string, partner: Key, offset: number): Promise<void> {
    const side = (role: 'officer' | 'elected') => [this.person('angers', role), this.person(partner, role)];
    await this.run(
      id,
      {
        type: 'ProposeDialoguePlan',
        proposedBy: this.party('angers'),
        toleranceDays: 14,
        audiences: [
          {
            audience: 'elected_officials',
            cadence: { every: 3, unit: 'month' },
            channels: ['phone', 'in_person'],
            participants: side('elected'),
          },
          {
            audience: 'technicians',
            cadence: { every: 1, unit: 'month' },
            channels: ['email', 'phone'],
            participants: side('officer'),
          },
          {
            audience: 'territory_actors',
            cadence: { every: 2, unit: 'month' },
            channels: ['email', 'in_person'],
            participants: [
              this.named('angers', 'Association de jeunesse', 'territory_actor'),
              this.named(partner, 'Association de jeunesse', 'territory_actor'),
            ],
          },
        ],
      },
      offset,
    );
    await this.run(id, { type: 'ApproveDialoguePlan', partyId: this.party(partner) }, offset + 1);
  }

  private async exchange(
    id: string,
    partner: Key,
    audience: 'elected_officials' | 'technicians' | 'territory_actors',
    offset: number,
    summary: string,
  ): Promise<void> {
    const role = audience === 'elected_officials' ? 'elected' : 'officer';
    const participants =
      audience === 'territory_actors'
        ? [
            this.named('angers', 'Association de jeunesse', 'territory_actor'),
            this.named(partner, 'Association de jeunesse', 'territory_actor'),
          ]
        : [this.person('angers', role), this.person(partner, role)];
    await this.append(
      id,
      {
        type: 'RecordDialogueEvent',
        eventId: randomUUID(),
        audience,
        occurredAt: this.at(offset),
        channel: audience === 'technicians' ? 'email' : 'phone',
        participants,
        summary,
        decisions: ['Prochain point dans un mois'],
        recordedBy: this.party(partner),
      },
      offset,
    );
  }

  /** A convention whose priorities and themes are those of its own relation (never water for heritage). */
  private draft(
    objectives: string,
    durationMonths: number,
    subject: { priorities: readonly string[]; themes: readonly ActionTheme[] },
  ): PartnershipCommand {
    const content: ConventionContent = {
      objectives,
      priorities: [...subject.priorities],
      themes: [...subject.themes],
      governance: 'Un comité de pilotage paritaire se réunit deux fois par an.',
      dialogueModalities: 'Élus tous les trimestres, techniciens tous les mois, acteurs tous les deux mois.',
      fundingCommitments:
        'Chaque partie inscrit une ligne à son budget ; cofinancements recherchés ensemble.',
      terminationClause: 'Chaque partie peut mettre fin à la convention avec un préavis de trois mois.',
    };
    return {
      type: 'DraftConvention',
      conventionId: randomUUID(),
      text: 'Les parties conviennent de coopérer dans le respect de leurs motivations réciproques.',
      content,
      terms: {
        durationMonths,
        tacitRenewal: { periodMonths: 36, objectionNoticeDays: 90 },
        terminationNoticeDays: 90,
      },
    };
  }

  /** A council's approval, its deliberation numbered in the year it was taken (`DEL-2026-118`). */
  private approval(
    party: Key,
    version: number,
    prefix: string,
    number: number,
    offset: number,
  ): PartnershipCommand {
    const decidedOn = this.day(offset);
    return {
      type: 'ApproveConvention',
      partyId: this.party(party),
      version,
      councilDecisionRef: `${prefix}-${decidedOn.slice(0, 4)}-${number}`,
      decidedOn,
      decisionFileId: null,
    };
  }

  private signatory(party: Key, title: string) {
    return { partyId: this.party(party), name: this.context.staffOf[party].elected.displayName, title };
  }

  /** Runs a command as of `offsetDays` from the load date (commands record the time they ran). */
  private async run(id: string, command: PartnershipCommand, offsetDays = 0): Promise<void> {
    await this.repository.execute(this.context.manager, id, command, {
      now: offsetDays === 0 ? this.loadedAt : this.at(offsetDays),
    });
  }

  /** Appends an exchange beside the partnership's records, as the API does, as of `offsetDays`. */
  private async append(id: string, command: RecordDialogueEventCommand, offsetDays: number): Promise<void> {
    const { manager } = this.context;
    const { context } = await this.repository.lockForAppend(manager, id, command.recordedBy);
    const outcome = recordDialogueEvent(context, command, this.at(offsetDays));
    if (!outcome.ok) throw new Error(`demo exchange refused: ${outcome.error.code}`);
    await this.exchanges.appends.append(
      manager,
      {
        partnershipId: id,
        organisationId: command.recordedBy,
        userId: null,
        idempotencyKey: null,
        requestHash: null,
      },
      outcome.value.state,
      [],
    );
  }

  /** A warning sign of rupture recorded today by `recorder`, dated `occursInDays` from today. */
  private async signal(
    id: string,
    recorder: Key,
    sign: { kind: RuptureSignalKind; concerns: Key; occursInDays: number; note: string },
  ): Promise<void> {
    const { manager } = this.context;
    const recordedBy = this.party(recorder);
    const { context } = await this.repository.lockForAppend(manager, id, recordedBy);
    const outcome = recordRuptureSignal(
      context,
      {
        type: 'RecordRuptureSignal',
        signalId: randomUUID(),
        kind: sign.kind,
        concernsPartyId: this.party(sign.concerns),
        occursOn: this.day(sign.occursInDays),
        note: sign.note,
        recordedBy,
      },
      this.at(0),
    );
    if (!outcome.ok) throw new Error(`demo signal refused: ${outcome.error.code}`);
    const by = {
      partnershipId: id,
      organisationId: recordedBy,
      userId: null,
      idempotencyKey: null,
      requestHash: null,
    };
    await this.signals.appends.append(manager, by, outcome.value.state, []);
  }

  /** Appends a measurement, an evaluation or a log entry to an action, as the API does, as of `offsetDays`. */
  private async appendToAction(id: string, command: ActionAppend, offsetDays: number): Promise<void> {
    const { manager } = this.context;
    const now = this.at(offsetDays);
    const by = (organisationId: string) => ({
      partnershipId: id,
      organisationId,
      userId: null,
      idempotencyKey: null,
      requestHash: null,
    });
    const lock = (partyId: string) =>
      this.repository.lockForAppend(manager, id, partyId, { actionId: command.actionId });
    const refused = (code: string) => new Error(`demo ${command.type} refused: ${code}`);
    switch (command.type) {
      case 'RecordMeasurement': {
        const outcome = recordMeasurement((await lock(command.recordedBy)).context, command, now);
        if (!outcome.ok) throw refused(outcome.error.code);
        const { actionId, indicatorId } = command;
        const measured = { actionId, indicatorId, measurement: outcome.value.state };
        await this.actionRecords.measurements.append(manager, by(command.recordedBy), measured, []);
        return;
      }
      case 'RecordJointEvaluation': {
        const recorder = command.parties[0] ?? '';
        const outcome = recordJointEvaluation((await lock(recorder)).context, command, now);
        if (!outcome.ok) throw refused(outcome.error.code);
        const evaluated = { actionId: command.actionId, evaluation: outcome.value.state };
        await this.actionRecords.evaluations.append(manager, by(recorder), evaluated, []);
        return;
      }
      case 'AddLogEntry': {
        const outcome = addLogEntry((await lock(command.byParty)).context, command, now);
        if (!outcome.ok) throw refused(outcome.error.code);
        const logged = { actionId: command.actionId, entry: outcome.value.state };
        await this.actionRecords.logEntries.append(manager, by(command.byParty), logged, []);
        return;
      }
      default: {
        const _exhaustive: never = command;
        return _exhaustive;
      }
    }
  }

  private party(key: Key): string {
    return this.context.organisationIds[key];
  }

  private person(key: Key, role: 'officer' | 'elected'): PersonRef {
    const user = this.context.staffOf[key][role];
    return {
      personId: user.id,
      name: user.displayName,
      partyId: this.party(key),
      role: role === 'elected' ? 'elected' : 'technician',
    };
  }

  private named(key: Key, name: string, role: PersonRole): PersonRef {
    return {
      personId: `person:${this.party(key)}:${name.toLocaleLowerCase('fr')}`,
      name,
      partyId: this.party(key),
      role,
    };
  }

  private day(offset: number): string {
    return addDays(calendarDateAt(this.loadedAt, 'Europe/Paris'), offset);
  }

  private at(offset: number): Date {
    return new Date(this.loadedAt.getTime() + offset * DAY_MS);
  }
}
