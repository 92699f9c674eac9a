import type { FunderReportDue, FundingApplication, PaymentTranche } from '@passerelle/domain';
import type { EntityManager } from 'typeorm';
import { idempotencyKeyReused } from '../common/idempotency/idempotency-key';
import { ProblemException } from '../common/problem/problem';
import { isUuid } from '../common/validation/uuid';
import { affectedRows, staleVersion } from './funding-call.repository';

/** An application as stored: its applicant, partnership and version. */
export interface StoredFundingApplication extends FundingApplication {
  readonly organisationId: string;
  readonly partnershipId: string;
  readonly version: number;
}

export interface StoredTranche extends PaymentTranche {
  readonly version: number;
}

export interface StoredReport extends FunderReportDue {
  readonly version: number;
}

/** What appended a tranche or a report: its key and the fingerprint of the request that first used it. */
export interface AppendKey {
  readonly idempotencyKey: string | null;
  readonly requestHash: string | null;
}

export interface Appended<R> {
  readonly record: R;
  readonly replayed: boolean;
}

type Numeric = string | number;
const amount = (value: Numeric) => Number(value);
const optionalAmount = (value: Numeric | null) => (value === null ? null : Number(value));

interface ApplicationRow {
  id: string;
  call_id: string;
  organisation_id: string;
  partnership_id: string;
  action_key: string;
  status: FundingApplication['status'];
  requested_amount: Numeric;
  staff_time_amount: Numeric;
  submitted_on: string | null;
  granted_amount: Numeric | null;
  decided_on: string | null;
  conditions: string;
  withdrawn_on: string | null;
  version: number;
}

const APPLICATION_COLUMNS = `id, call_id, organisation_id, partnership_id, action_key, status, requested_amount,
       staff_time_amount, to_char(submitted_on, 'YYYY-MM-DD') AS submitted_on, granted_amount,
       to_char(decided_on, 'YYYY-MM-DD') AS decided_on, conditions,
       to_char(withdrawn_on, 'YYYY-MM-DD') AS withdrawn_on, version`;

function applicationOf(row: ApplicationRow): StoredFundingApplication {
  return {
    id: row.id,
    callId: row.call_id,
    actionId: row.action_key,
    organisationId: row.organisation_id,
    partnershipId: row.partnership_id,
    status: row.status,
    requestedAmount: amount(row.requested_amount),
    staffTimeAmount: amount(row.staff_time_amount),
    submittedOn: row.submitted_on,
    grantedAmount: optionalAmount(row.granted_amount),
    decidedOn: row.decided_on,
    conditions: row.conditions,
    withdrawnOn: row.withdrawn_on,
    version: row.version,
  };
}

interface TrancheRow {
  id: string;
  application_id: string;
  label: string;
  expected_on: string;
  expected_amount: Numeric;
  received_on: string | null;
  received_amount: Numeric | null;
  version: number;
  request_hash: string | null;
}

const TRANCHE_COLUMNS = `id, application_id, label, to_char(expected_on, 'YYYY-MM-DD') AS expected_on,
       expected_amount, to_char(received_on, 'YYYY-MM-DD') AS received_on, received_amount, version,
       request_hash`;

function trancheOf(row: TrancheRow): StoredTranche {
  return {
    id: row.id,
    applicationId: row.application_id,
    label: row.label,
    expectedOn: row.expected_on,
    expectedAmount: amount(row.expected_amount),
    receivedOn: row.received_on,
    receivedAmount: optionalAmount(row.received_amount),
    version: row.version,
  };
}

interface ReportRow {
  id: string;
  application_id: string;
  kind: FunderReportDue['kind'];
  due_on: string;
  submitted_on: string | null;
  version: number;
  request_hash: string | null;
}

const REPORT_COLUMNS = `id, application_id, kind, to_char(due_on, 'YYYY-MM-DD') AS due_on,
       to_char(submitted_on, 'YYYY-MM-DD') AS submitted_on, version, request_hash`;

function reportOf(row: ReportRow): StoredReport {
  return {
    id: row.id,
    applicationId: row.application_id,
    kind: row.kind,
    dueOn: row.due_on,
    submittedOn: row.submitted_on,
    version: row.version,
  };
}

export function applicationNotFound(applicationId: string): ProblemException {
  return new ProblemException(
    'RESOURCE.NOT_FOUND',
    `No funding application ${applicationId} in this partnership.`,
  );
}

/**
 * The funding applications family: `funding_application` with its `funding_tranche` and `funding_report`
 * rows. Each row changes under its own version; tranches and reports are appended once per
 * `Idempotency-Key`.
 */
export class FundingApplicationRepository {
  async listForAction(
    manager: EntityManager,
    partnershipId: string,
    actionId: string,
  ): Promise<Array<StoredFundingApplication & { tranches: StoredTranche[]; reports: StoredReport[] }>> {
    const rows: ApplicationRow[] = await manager.query(
      `SELECT ${APPLICATION_COLUMNS} FROM funding_application
        WHERE partnership_id = $1 AND action_key = $2 ORDER BY created_at, id`,
      [partnershipId, actionId],
    );
    const ids = rows.map((row) => row.id);
    const tranches: TrancheRow[] = ids.length
      ? await manager.query(
          `SELECT ${TRANCHE_COLUMNS} FROM funding_tranche WHERE application_id = ANY($1::uuid[])
            ORDER BY expected_on, created_at, id`,
          [ids],
        )
      : [];
    const reports: ReportRow[] = ids.length
      ? await manager.query(
          `SELECT ${REPORT_COLUMNS} FROM funding_report WHERE application_id = ANY($1::uuid[])
            ORDER BY due_on, created_at, id`,
          [ids],
        )
      : [];
    return rows.map((row) => ({
      ...applicationOf(row),
      tranches: tranches.filter((tranche) => tranche.application_id === row.id).map(trancheOf),
      reports: reports.filter((report) => report.application_id === row.id).map(reportOf),
    }));
  }

  /** An application of the partnership, or 404. */
  async find(
    manager: EntityManager,
    partnershipId: string,
    applicationId: string,
  ): Promise<StoredFundingApplication> {
    const rows: ApplicationRow[] =
      isUuid(applicationId) && isUuid(partnershipId)
        ? await manager.query(
            `SELECT ${APPLICATION_COLUMNS} FROM funding_application WHERE id = $1 AND partnership_id = $2`,
            [applicationId, partnershipId],
          )
        : [];
    const [row] = rows;
    if (!row) throw applicationNotFound(applicationId);
    return applicationOf(row);
  }

  /** A new draft; a second application of the same action to the same call is refused with 409. */
  async insert(
    manager: EntityManager,
    application: Omit<StoredFundingApplication, 'version'>,
  ): Promise<StoredFundingApplication> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO funding_application (id, call_id, organisation_id, partnership_id, action_key, status,
                                        requested_amount, staff_time_amount)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (partnership_id, action_key, call_id) DO NOTHING RETURNING id`,
      [
        application.id,
        application.callId,
        application.organisationId,
        application.partnershipId,
        application.actionId,
        application.status,
        application.requestedAmount,
        application.staffTimeAmount,
      ],
    );
    if (rows.length === 0)
      throw new ProblemException('RESOURCE.CONFLICT', 'This action already has an application to this call.');
    return this.find(manager, application.partnershipId, application.id);
  }

  async updateAtVersion(
    manager: EntityManager,
    application: StoredFundingApplication,
    next: FundingApplication,
    expectedVersion: number,
  ): Promise<StoredFundingApplication> {
    const result: unknown = await manager.query(
      `UPDATE funding_application
          SET status = $3, requested_amount = $4, staff_time_amount = $5, submitted_on = $6,
              granted_amount = $7, decided_on = $8, conditions = $9, withdrawn_on = $10,
              version = version + 1, updated_at = now()
        WHERE id = $1 AND partnership_id = $2 AND version = $11
    RETURNING id`,
      [
        application.id,
        application.partnershipId,
        next.status,
        next.requestedAmount,
        next.staffTimeAmount,
        next.submittedOn,
        next.grantedAmount,
        next.decidedOn,
        next.conditions,
        next.withdrawnOn,
        expectedVersion,
      ],
    );
    const stored = await this.find(manager, application.partnershipId, application.id);
    if (affectedRows(result) === 0)
      throw staleVersion('funding application', stored.version, expectedVersion);
    return stored;
  }

  async tranchesOf(manager: EntityManager, applicationId: string): Promise<StoredTranche[]> {
    const rows: TrancheRow[] = await manager.query(
      `SELECT ${TRANCHE_COLUMNS} FROM funding_tranche WHERE application_id = $1 ORDER BY expected_on, id`,
      [applicationId],
    );
    return rows.map(trancheOf);
  }

  /** The tranche this key appended before, if any; the same key with another request is refused. */
  async trancheByKey(
    manager: EntityManager,
    applicationId: string,
    key: AppendKey,
  ): Promise<StoredTranche | null> {
    if (!key.idempotencyKey) return null;
    const [row]: TrancheRow[] = await manager.query(
      `SELECT ${TRANCHE_COLUMNS} FROM funding_tranche WHERE application_id = $1 AND idempotency_key = $2`,
      [applicationId, key.idempotencyKey],
    );
    if (!row) return null;
    if (row.request_hash !== key.requestHash) throw idempotencyKeyReused();
    return trancheOf(row);
  }

  async appendTranche(
    manager: EntityManager,
    tranche: PaymentTranche,
    key: AppendKey,
  ): Promise<StoredTranche> {
    const [row]: TrancheRow[] = await manager.query(
      `INSERT INTO funding_tranche (id, application_id, label, expected_on, expected_amount, idempotency_key,
                                    request_hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${TRANCHE_COLUMNS}`,
      [
        tranche.id,
        tranche.applicationId,
        tranche.label,
        tranche.expectedOn,
        tranche.expectedAmount,
        key.idempotencyKey,
        key.requestHash,
      ],
    );
    if (!row) throw new Error('funding_tranche: no row inserted');
    return trancheOf(row);
  }

  async findTranche(
    manager: EntityManager,
    applicationId: string,
    trancheId: string,
  ): Promise<StoredTranche> {
    const rows: TrancheRow[] = isUuid(trancheId)
      ? await manager.query(
          `SELECT ${TRANCHE_COLUMNS} FROM funding_tranche WHERE id = $1 AND application_id = $2`,
          [trancheId, applicationId],
        )
      : [];
    const [row] = rows;
    if (!row)
      throw new ProblemException('RESOURCE.NOT_FOUND', `No tranche ${trancheId} on this application.`);
    return trancheOf(row);
  }

  async updateTrancheAtVersion(
    manager: EntityManager,
    tranche: PaymentTranche,
    expectedVersion: number,
  ): Promise<StoredTranche> {
    const result: unknown = await manager.query(
      `UPDATE funding_tranche SET received_on = $3, received_amount = $4, version = version + 1
        WHERE id = $1 AND application_id = $2 AND version = $5 RETURNING id`,
      [tranche.id, tranche.applicationId, tranche.receivedOn, tranche.receivedAmount, expectedVersion],
    );
    const stored = await this.findTranche(manager, tranche.applicationId, tranche.id);
    if (affectedRows(result) === 0) throw staleVersion('tranche', stored.version, expectedVersion);
    return stored;
  }

  async reportByKey(
    manager: EntityManager,
    applicationId: string,
    key: AppendKey,
  ): Promise<StoredReport | null> {
    if (!key.idempotencyKey) return null;
    const [row]: ReportRow[] = await manager.query(
      `SELECT ${REPORT_COLUMNS} FROM funding_report WHERE application_id = $1 AND idempotency_key = $2`,
      [applicationId, key.idempotencyKey],
    );
    if (!row) return null;
    if (row.request_hash !== key.requestHash) throw idempotencyKeyReused();
    return reportOf(row);
  }

  async appendReport(manager: EntityManager, report: FunderReportDue, key: AppendKey): Promise<StoredReport> {
    const [row]: ReportRow[] = await manager.query(
      `INSERT INTO funding_report (id, application_id, kind, due_on, idempotency_key, request_hash)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING ${REPORT_COLUMNS}`,
      [report.id, report.applicationId, report.kind, report.dueOn, key.idempotencyKey, key.requestHash],
    );
    if (!row) throw new Error('funding_report: no row inserted');
    return reportOf(row);
  }

  async findReport(manager: EntityManager, applicationId: string, reportId: string): Promise<StoredReport> {
    const rows: ReportRow[] = isUuid(reportId)
      ? await manager.query(
          `SELECT ${REPORT_COLUMNS} FROM funding_report WHERE id = $1 AND application_id = $2`,
          [reportId, applicationId],
        )
      : [];
    const [row] = rows;
    if (!row) throw new ProblemException('RESOURCE.NOT_FOUND', `No report ${reportId} on this application.`);
    return reportOf(row);
  }

  async updateReportAtVersion(
    manager: EntityManager,
    report: FunderReportDue,
    expectedVersion: number,
  ): Promise<StoredReport> {
    const result: unknown = await manager.query(
      `UPDATE funding_report SET submitted_on = $3, version = version + 1
        WHERE id = $1 AND application_id = $2 AND version = $4 RETURNING id`,
      [report.id, report.applicationId, report.submittedOn, expectedVersion],
    );
    const stored = await this.findReport(manager, report.applicationId, report.id);
    if (affectedRows(result) === 0) throw staleVersion('report', stored.version, expectedVersion);
    return stored;
  }
}
