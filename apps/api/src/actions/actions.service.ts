import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ACTION_PRIORITIES,
  actionLocationFor,
  actionStatusMovesFor,
  assessPartnership,
  partyIds,
  type Action,
  type ActionStatus,
  type Indicator,
  type FundingFigures,
  type LogEntry,
  type PartnershipAssessment,
  type PartnershipSnapshot,
  type Measurement,
  type Warning,
  computeFundingFigures,
  computeIndicatorPeriods,
} from '@passerelle/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../auth/actor';
import { ProblemException } from '../common/problem/problem';
import type { StoredFileView } from '../files/dto/stored-file.dto';
import { FilesService } from '../files/files.service';
import type { WarningView } from '../lifecycle/dto/assessment.dto';
import { LifecycleCommands } from '../lifecycle/lifecycle-commands';
import type { CommandOutcome } from '../lifecycle/partnership.repository';
import { decodeCursor, encodeCursor } from '../common/pagination/keyset-cursor';
import type { KeysetPageQueryDto } from '../common/pagination/keyset-page-query.dto';
import { ActionRecordsRepository } from '../partnership-records/action-records.repository';
import { PartnershipAccess } from '../tenancy/partnership-access';
import { versionOfActionRecord, versionOfRecord, type PartVersions } from '../lifecycle/part-versions';
import type {
  ActionDetailView,
  ActionsView,
  ActionView,
  ActionWithLogView,
  AsymmetryView,
  IndicatorView,
  FundingFiguresView,
  LogEntryPageView,
  LogEntryView,
  MeasurementView,
  RecordedMeasurementView,
} from './dto/action.dto';

/** Log entries on a page of an action's log, unless asked otherwise. */
const LOG_PAGE = 50;

/**
 * Step 6 as its pages read it: first small concrete actions carried by both sides — priorities, funding and
 * its funding figures, indicators set together and measured, joint evaluations, and the log either party keeps.
 * Each write is a use case of its own (`use-cases/`), made for the actor's own party.
 */
@Injectable()
export class ActionsService {
  private readonly records = new ActionRecordsRepository();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly lifecycle: LifecycleCommands,
    private readonly files: FilesService,
    private readonly access: PartnershipAccess,
  ) {}

  async list(actor: Actor, partnershipId: string): Promise<ActionsView> {
    const { snapshot, versions } = await this.lifecycle.read(actor, partnershipId);
    const assessment = assessPartnership(snapshot, new Date());
    const warnings = assessment.warnings.filter((warning) => warning.step === 'ACTIONS');
    return {
      actions: [...snapshot.actions]
        .sort(byPriorityThenStart)
        .map((action) => toActionView(snapshot, versions, action, actor, warnings, new Map())),
      funding: toFundingView(assessment.figures.funding),
      asymmetry: plain<AsymmetryView>(assessment.figures.asymmetry),
      warnings: warnings.map(toWarningView),
      parties: snapshot.partnership.parties.map((party) => ({
        partyId: party.organisationId,
        name: snapshot.organisations.find((o) => o.id === party.organisationId)?.name ?? '',
        role: party.role,
        territoryActors: snapshot.territoryActors
          .filter((territoryActor) => territoryActor.partyId === party.organisationId)
          .map((territoryActor) => ({ id: territoryActor.id, name: territoryActor.name })),
      })),
    };
  }

  async get(actor: Actor, partnershipId: string, actionId: string): Promise<ActionDetailView> {
    const { snapshot, versions } = await this.lifecycle.read(actor, partnershipId);
    return this.toDetail(this.dataSource.manager, snapshot, versions, actor, actionId);
  }

  /** A page of an action's log, newest first, read from its table. */
  async logPage(
    actor: Actor,
    partnershipId: string,
    actionId: string,
    query: KeysetPageQueryDto,
  ): Promise<LogEntryPageView> {
    await this.access.requireVisible(actor, partnershipId);
    const after = query.cursor ? decodeCursor(query.cursor, 'time', 'uuid') : null;
    const { entries, more } = await this.records.logPage(this.dataSource.manager, partnershipId, actionId, {
      after: after ? { at: new Date(after.at), id: after.id } : null,
      limit: query.limit ?? LOG_PAGE,
    });
    const files = await this.files.describe(
      this.dataSource.manager,
      entries.flatMap((entry) => [...entry.attachmentIds]),
    );
    const last = entries.at(-1);
    return {
      items: entries.map((entry) => toLogEntryView(entry, files)),
      nextCursor: more && last ? encodeCursor({ at: last.at.toISOString(), id: last.id }) : null,
    };
  }

  /** A measurement just recorded, with its evidence files described. */
  async recordedMeasurementView(
    actionId: string,
    indicatorId: string,
    measurement: Measurement,
  ): Promise<RecordedMeasurementView> {
    const files = await this.files.describe(this.dataSource.manager, [...measurement.evidenceIds]);
    return { actionId, indicatorId, ...toMeasurementView(measurement, files) };
  }

  /** A log entry as the action page shows it, with its attached files described. */
  async logEntryView(entry: LogEntry): Promise<LogEntryView> {
    const files = await this.files.describe(this.dataSource.manager, [...entry.attachmentIds]);
    return toLogEntryView(entry, files);
  }

  /** The action as a write on it (or on one of its budget lines or indicators) left it. */
  detailAfter(outcome: CommandOutcome, actor: Actor, actionId: string): Promise<ActionDetailView> {
    return this.toDetail(
      this.dataSource.manager,
      outcome.snapshot,
      outcome.versions,
      actor,
      actionId,
      outcome.assessment,
    );
  }

  /** `assessment`: the snapshot's as of now, when the caller has it (a write assessed what it stored). */
  private async toDetail(
    manager: EntityManager,
    snapshot: PartnershipSnapshot,
    versions: PartVersions,
    actor: Actor,
    actionId: string,
    assessment?: PartnershipAssessment,
  ): Promise<ActionDetailView> {
    const action = snapshot.actions.find((candidate) => candidate.id === actionId);
    if (!action)
      throw new ProblemException('RESOURCE.NOT_FOUND', `No action ${actionId} in this partnership.`);
    const warnings = (assessment ?? assessPartnership(snapshot, new Date())).warnings.filter(
      (warning) => warning.step === 'ACTIONS',
    );
    const files = await this.files.describe(manager, [
      ...action.log.flatMap((entry) => [...entry.attachmentIds]),
      ...action.indicators.flatMap((indicator) => indicator.measurements.flatMap((m) => [...m.evidenceIds])),
    ]);
    const view: ActionWithLogView = {
      ...toActionView(snapshot, versions, action, actor, warnings, files),
      log: [...action.log]
        .sort((a, b) => b.at.getTime() - a.at.getTime())
        .map((entry) => toLogEntryView(entry, files)),
    };
    return { version: versionOfRecord(versions, 'actions', actionId), action: view };
  }
}

function byPriorityThenStart(a: Action, b: Action): number {
  return (
    ACTION_PRIORITIES.indexOf(a.priority) - ACTION_PRIORITIES.indexOf(b.priority) ||
    compareStart(a.startsOn, b.startsOn) ||
    a.title.localeCompare(b.title, 'fr')
  );
}

/** Actions without a start date come after dated ones. */
function compareStart(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}

function toActionView(
  snapshot: PartnershipSnapshot,
  versions: PartVersions,
  action: Action,
  actor: Actor,
  warnings: readonly Warning[],
  /** The evidence files described, when the view shows them (an action's own page). */
  files: Map<string, StoredFileView>,
): ActionView {
  const transitions: readonly ActionStatus[] = actionStatusMovesFor(action, actor.organisationId);
  return {
    id: action.id,
    title: action.title,
    description: action.description,
    objectives: action.objectives,
    sectors: action.sectors.map((share) => ({ ...share })),
    markers: { ...action.markers },
    themes: [...action.themes],
    sdgs: [...action.sdgs],
    locatedIn: [...action.locatedIn],
    location: actionLocationFor(action, actor.organisationId),
    initiatedBy: action.initiatedBy,
    proposal: { ...action.proposal },
    operators: action.operators.map((operator) => ({ ...operator })),
    priority: action.priority,
    status: action.status,
    allowedTransitions: [...transitions],
    startsOn: action.startsOn,
    endsOn: action.endsOn,
    budget: action.budget.map((line) => ({
      ...line,
      version: versionOfActionRecord(versions, 'budgetLines', action.id, line.id),
    })),
    funding: toFundingView(computeFundingFigures([action])),
    indicators: action.indicators.map((indicator) => ({
      ...toIndicatorView(snapshot, indicator, files),
      version: versionOfActionRecord(versions, 'indicators', action.id, indicator.id),
    })),
    evaluations: action.evaluations.map((evaluation) => ({
      ...evaluation,
      parties: [...evaluation.parties],
    })),
    logCount: action.log.length,
    warnings: warnings.filter((warning) => warning.details.actionId === action.id).map(toWarningView),
  };
}

function toIndicatorView(
  snapshot: PartnershipSnapshot,
  indicator: Indicator,
  files: Map<string, StoredFileView>,
): Omit<IndicatorView, 'version'> {
  const parties = partyIds(snapshot);
  const awaiting = parties.filter((partyId) => !indicator.validatedBy.includes(partyId));
  return {
    id: indicator.id,
    name: indicator.name,
    unit: indicator.unit,
    baseline: indicator.baseline,
    target: indicator.target,
    proposedBy: indicator.proposedBy,
    validatedBy: [...indicator.validatedBy],
    awaitingValidationFrom: awaiting,
    coValidated: parties.length >= 2 && awaiting.length === 0,
    kind: indicator.kind,
    frequency: indicator.frequency,
    periods: indicator.periods.map(({ startsOn, endsOn, target, baseline }) => ({
      startsOn,
      endsOn,
      target,
      baseline,
    })),
    disaggregations: indicator.disaggregations.map(({ dimension, categories }) => ({
      dimension,
      categories: [...categories],
    })),
    measurements: indicator.measurements.map((measurement) => toMeasurementView(measurement, files)),
    figures: plain<IndicatorView['figures']>(computeIndicatorPeriods(indicator)),
  };
}

function toMeasurementView(measurement: Measurement, files: Map<string, StoredFileView>): MeasurementView {
  return {
    on: measurement.on,
    value: measurement.value,
    recordedBy: measurement.recordedBy,
    breakdown: measurement.breakdown.map((item) => ({ ...item })),
    evidenceIds: [...measurement.evidenceIds],
    evidence: measurement.evidenceIds.flatMap((id) => {
      const file = files.get(id);
      return file ? [file] : [];
    }),
  };
}

function toLogEntryView(entry: LogEntry, files: Map<string, StoredFileView>): LogEntryView {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    byParty: entry.byParty,
    kind: entry.kind,
    text: entry.text,
    attachmentIds: [...entry.attachmentIds],
    attachments: entry.attachmentIds.flatMap((id) => {
      const file = files.get(id);
      return file ? [file] : [];
    }),
  };
}

function toFundingView(funding: FundingFigures): FundingFiguresView {
  return {
    ...funding,
    ownShares: funding.ownShares.map((own) => ({ ...own })),
    funders: funding.funders.map((funder) => ({ ...funder })),
  };
}

function toWarningView(warning: Warning): WarningView {
  return plain<WarningView>(warning);
}

/** The domain's readonly data as the plain JSON the views describe. */
function plain<T>(value: unknown): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
