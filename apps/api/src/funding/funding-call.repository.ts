import type { CallRule, FundingCall } from '@passerelle/domain';
import type { EntityManager } from 'typeorm';
import { ProblemException } from '../common/problem/problem';
import { isUuid } from '../common/validation/uuid';

/** A call as stored, with its version and how many applications it has. */
export interface StoredFundingCall extends FundingCall {
  readonly version: number;
  readonly applications: number;
}

interface CallRow {
  id: string;
  organisation_id: string;
  funder: FundingCall['funder'];
  funder_name: string;
  name: string;
  link: string | null;
  opens_on: string;
  closes_on: string;
  rules: CallRule[];
  version: number;
  applications: string | number;
}

const COLUMNS = `call.id, call.organisation_id, call.funder, call.funder_name, call.name, call.link,
       to_char(call.opens_on, 'YYYY-MM-DD') AS opens_on, to_char(call.closes_on, 'YYYY-MM-DD') AS closes_on,
       call.rules, call.version,
       (SELECT count(*) FROM funding_application a WHERE a.call_id = call.id) AS applications`;

function callOf(row: CallRow): StoredFundingCall {
  return {
    id: row.id,
    organisationId: row.organisation_id,
    funder: row.funder,
    funderName: row.funder_name,
    name: row.name,
    link: row.link,
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    rules: row.rules,
    version: row.version,
    applications: Number(row.applications),
  };
}

export function fundingCallNotFound(callId: string): ProblemException {
  return new ProblemException('RESOURCE.NOT_FOUND', `No call for projects ${callId} in your authority.`);
}

/** The `funding_call` table: the calls for projects each authority follows, only ever its own. */
export class FundingCallRepository {
  async listOf(manager: EntityManager, organisationId: string): Promise<StoredFundingCall[]> {
    const rows: CallRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM funding_call call WHERE call.organisation_id = $1
        ORDER BY call.closes_on DESC, call.name, call.id`,
      [organisationId],
    );
    return rows.map(callOf);
  }

  /** Calls by id whoever follows them: an application's partners read the call it answers. */
  async byIds(manager: EntityManager, callIds: readonly string[]): Promise<StoredFundingCall[]> {
    if (callIds.length === 0) return [];
    const rows: CallRow[] = await manager.query(
      `SELECT ${COLUMNS} FROM funding_call call WHERE call.id = ANY($1::uuid[])`,
      [callIds],
    );
    return rows.map(callOf);
  }

  /** One of the organisation's calls, or 404 (another authority's calls are not there for it). */
  async findOwn(manager: EntityManager, organisationId: string, callId: string): Promise<StoredFundingCall> {
    const rows: CallRow[] = isUuid(callId)
      ? await manager.query(
          `SELECT ${COLUMNS} FROM funding_call call WHERE call.id = $1 AND call.organisation_id = $2`,
          [callId, organisationId],
        )
      : [];
    const [row] = rows;
    if (!row) throw fundingCallNotFound(callId);
    return callOf(row);
  }

  async insert(manager: EntityManager, call: Omit<FundingCall, 'id'>): Promise<StoredFundingCall> {
    const [inserted]: Array<{ id: string }> = await manager.query(
      `INSERT INTO funding_call (organisation_id, funder, funder_name, name, link, opens_on, closes_on, rules)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb) RETURNING id`,
      [
        call.organisationId,
        call.funder,
        call.funderName,
        call.name,
        call.link,
        call.opensOn,
        call.closesOn,
        JSON.stringify(call.rules),
      ],
    );
    if (!inserted) throw new Error('funding_call: no row inserted');
    return this.findOwn(manager, call.organisationId, inserted.id);
  }

  /** `UPDATE … WHERE version = $n`: of two edits from the same version, one lands and the other gets 409. */
  async updateAtVersion(
    manager: EntityManager,
    call: FundingCall,
    expectedVersion: number,
  ): Promise<StoredFundingCall> {
    const updated: unknown = await manager.query(
      `UPDATE funding_call
          SET funder = $3, funder_name = $4, name = $5, link = $6, opens_on = $7, closes_on = $8,
              rules = $9::jsonb, version = version + 1, updated_at = now()
        WHERE id = $1 AND organisation_id = $2 AND version = $10
    RETURNING id`,
      [
        call.id,
        call.organisationId,
        call.funder,
        call.funderName,
        call.name,
        call.link,
        call.opensOn,
        call.closesOn,
        JSON.stringify(call.rules),
        expectedVersion,
      ],
    );
    const stored = await this.findOwn(manager, call.organisationId, call.id);
    if (affectedRows(updated) === 0) throw staleVersion('call for projects', stored.version, expectedVersion);
    return stored;
  }
}

/** TypeORM answers an UPDATE … RETURNING with `[rows, count]`. */
export function affectedRows(result: unknown): number {
  if (Array.isArray(result) && result.length === 2 && typeof result[1] === 'number') return result[1];
  return Array.isArray(result) ? result.length : 0;
}

export function staleVersion(what: string, current: number, yours: number): ProblemException {
  return new ProblemException(
    'RESOURCE.CONFLICT',
    `This ${what} was changed by someone else (version ${current}, yours ${yours}). Reload it and try again.`,
    { currentVersion: current },
  );
}
