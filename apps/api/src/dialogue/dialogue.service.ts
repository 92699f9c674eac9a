import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  assessDialogueSleep,
  assessPartnership,
  COMMUNICATION_CHANNELS,
  computeNextDialogueDue,
  DIALOGUE_AUDIENCES,
  isChannelUsable,
  partyIds,
  referenceTimeZone,
  type DialogueEvent,
  type DialogueInput,
  type PartnershipAssessment,
  type PartnershipSnapshot,
  type PersonRef,
} from '@passerelle/domain';
import { DataSource, In, IsNull, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { decodeCursor, encodeCursor } from '../common/pagination/keyset-cursor';
import type { WarningView } from '../lifecycle/dto/assessment.dto';
import { LifecycleCommands } from '../lifecycle/lifecycle-commands';
import type { CommandOutcome } from '../lifecycle/partnership.repository';
import { DialogueExchangeRepository } from '../partnership-records/dialogue-exchange.repository';
import { PartnershipAccess } from '../tenancy/partnership-access';
import { UserEntity } from '../users/user.entity';
import type {
  DialogueEventPageView,
  DialogueEventQueryDto,
  DialogueEventView,
  DialoguePartyView,
  DialoguePlanView,
  DialogueView,
} from './dto/dialogue.dto';

const DEFAULT_EVENTS_PAGE = 50;

/**
 * Step 5's regular dialogue: a plan per audience (cadence, channels, people of each side) that every party
 * approves, and the log of exchanges either side keeps, from which the next due exchange is computed. Each
 * write is a use case of its own (`use-cases/`); this service reads.
 */
@Injectable()
export class DialogueService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: LifecycleCommands,
    private readonly access: PartnershipAccess,
  ) {}

  private readonly exchanges = new DialogueExchangeRepository();

  async view(actor: Actor, partnershipId: string): Promise<DialogueView> {
    // The plan is the part this view edits: its version is the one to send back.
    const { snapshot, versions } = await this.lifecycle.read(actor, partnershipId);
    return this.toView(snapshot, versions.dialoguePlan);
  }

  /** A page of exchanges, newest first, read from their table (never the whole log). */
  async events(
    actor: Actor,
    partnershipId: string,
    query: DialogueEventQueryDto,
  ): Promise<DialogueEventPageView> {
    await this.access.requireVisible(actor, partnershipId);
    return this.eventPage(partnershipId, query);
  }

  private async eventPage(
    partnershipId: string,
    query: { cursor?: string; limit?: number; audience?: string },
  ): Promise<DialogueEventPageView> {
    const after = query.cursor ? decodeCursor(query.cursor, 'time', 'uuid') : null;
    const { exchanges, more } = await this.exchanges.page(this.dataSource.manager, partnershipId, {
      after: after ? { occurredAt: new Date(after.at), id: after.id } : null,
      limit: query.limit ?? DEFAULT_EVENTS_PAGE,
      audience: query.audience,
    });
    const last = exchanges.at(-1);
    return {
      items: exchanges.map(toEventView),
      nextCursor: more && last ? encodeCursor({ at: last.occurredAt.toISOString(), id: last.id }) : null,
    };
  }

  /** The dialogue as a write on its plan left it: the view its handler answers with. */
  viewAfter(outcome: CommandOutcome): Promise<DialogueView> {
    return this.toView(outcome.snapshot, outcome.version, outcome.assessment);
  }

  /** `assessment`: the snapshot's as of now, when the caller has it (a write assessed what it stored). */
  private async toView(
    snapshot: PartnershipSnapshot,
    version: number,
    assessment?: PartnershipAssessment,
  ): Promise<DialogueView> {
    const now = new Date();
    const timeZone = referenceTimeZone(snapshot);
    const plan = snapshot.dialoguePlan;
    const input: DialogueInput | null = plan
      ? { plan, events: snapshot.dialogueEvents, visits: snapshot.visits }
      : null;
    const sleep = input ? assessDialogueSleep(input, now, timeZone) : null;
    const warnings = (assessment ?? assessPartnership(snapshot, now)).warnings.filter((warning) =>
      warning.id.startsWith('DIALOGUE.'),
    );
    return {
      version,
      plan: plan ? toPlanView(snapshot) : null,
      dueByAudience: input
        ? computeNextDialogueDue(input, now, timeZone).map((due) => ({
            audience: due.audience,
            lastExchangeOn: due.lastExchangeOn,
            dueOn: due.dueOn,
            status: due.status,
            daysOverdue: due.daysOverdue,
          }))
        : [],
      fallingAsleep: sleep?.fallingAsleep ?? false,
      sleep: sleep
        ? {
            fallingAsleep: sleep.fallingAsleep,
            audiences: [...sleep.overdueBeyondTolerance],
            lastVisitEndedOn: sleep.lastVisitEndedOn,
            lastDialogueEventOn: sleep.lastDialogueEventOn,
          }
        : null,
      warnings: warnings.map((warning): WarningView => JSON.parse(JSON.stringify(warning)) as WarningView),
      events: await this.eventPage(snapshot.partnership.id, {}),
      parties: await this.parties(this.dataSource.manager, snapshot),
    };
  }

  /** Each party with its channels and the people who can be named as participants. */
  private async parties(manager: EntityManager, snapshot: PartnershipSnapshot): Promise<DialoguePartyView[]> {
    const ids = partyIds(snapshot);
    const users = await manager.find(UserEntity, {
      where: { organisationId: In(ids), disabledAt: IsNull(), role: In(['admin', 'officer', 'elected']) },
      order: { displayName: 'ASC' },
    });
    const named = new Map<string, PersonRef>();
    const planned = snapshot.dialoguePlan?.audiences.flatMap((audience) => audience.participants) ?? [];
    for (const person of [...planned, ...snapshot.dialogueEvents.flatMap((event) => event.participants)]) {
      named.set(person.personId, person);
    }
    return snapshot.partnership.parties.map((party) => {
      const organisation = snapshot.organisations.find((candidate) => candidate.id === party.organisationId);
      const fromUsers: PersonRef[] = users
        .filter((user) => user.organisationId === party.organisationId)
        .map((user) => ({
          personId: user.id,
          name: user.displayName,
          partyId: user.organisationId,
          role: user.role === 'elected' ? 'elected' : 'technician',
        }));
      const others = [...named.values()].filter(
        (person) =>
          person.partyId === party.organisationId &&
          !fromUsers.some((user) => user.personId === person.personId),
      );
      return {
        partyId: party.organisationId,
        name: organisation?.name ?? '',
        role: party.role,
        usualChannels: [...(organisation?.communication.usualChannels ?? [])],
        usableChannels: organisation
          ? COMMUNICATION_CHANNELS.filter((channel) => isChannelUsable(channel, organisation.communication))
          : [],
        people: [...fromUsers, ...others],
      };
    });
  }
}

function toPlanView(snapshot: PartnershipSnapshot): DialoguePlanView {
  const plan = snapshot.dialoguePlan;
  if (!plan) throw new Error('toPlanView needs a plan');
  const parties = partyIds(snapshot);
  const awaiting = parties.filter((partyId) => !plan.approvedBy.includes(partyId));
  return {
    audiences: [...plan.audiences]
      .sort((a, b) => DIALOGUE_AUDIENCES.indexOf(a.audience) - DIALOGUE_AUDIENCES.indexOf(b.audience))
      .map((audience) => ({
        audience: audience.audience,
        cadence: { every: audience.cadence.every, unit: audience.cadence.unit },
        channels: [...audience.channels],
        participants: audience.participants.map((person) => ({ ...person })),
      })),
    toleranceDays: plan.toleranceDays,
    proposedAt: plan.proposedAt.toISOString(),
    approvedBy: [...plan.approvedBy],
    awaitingApprovalFrom: awaiting,
    approvedByAll: awaiting.length === 0,
    coversAllAudiences: DIALOGUE_AUDIENCES.every((audience) =>
      plan.audiences.some((planned) => planned.audience === audience),
    ),
  };
}

export function toEventView(event: DialogueEvent): DialogueEventView {
  return {
    id: event.id,
    audience: event.audience,
    occurredAt: event.occurredAt.toISOString(),
    channel: event.channel,
    participants: event.participants.map((person) => ({ ...person })),
    summary: event.summary,
    decisions: [...event.decisions],
    recordedBy: event.recordedBy,
  };
}
