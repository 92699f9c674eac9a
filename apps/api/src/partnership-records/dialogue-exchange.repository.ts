import type { DialogueEvent } from '@passerelle/domain';
import type { EntityManager } from 'typeorm';
import { auditRowsInsert, type AuditRow } from '../audit/audit-trail';

/**
 * A partnership's exchanges, oldest first, as one JSON array (null without any): what the lifecycle
 * snapshot reads, as a subquery of a statement over `partnership`.
 */
export const EXCHANGES_OF_PARTNERSHIP = `SELECT json_agg(json_build_object(
            'id', exchange.id, 'audience', exchange.audience, 'occurredAt', exchange.occurred_at,
            'channel', exchange.channel, 'participants', exchange.participants, 'summary', exchange.summary,
            'decisions', exchange.decisions, 'recordedBy', exchange.recorded_by_organisation_id)
            ORDER BY exchange.occurred_at, exchange.id)
       FROM dialogue_exchange exchange WHERE exchange.partnership_id = partnership.id`;

/** An exchange to append, with who typed it and the key it was sent with. */
export interface NewExchange {
  readonly partnershipId: string;
  readonly exchange: DialogueEvent;
  readonly recordedByUserId: string | null;
  readonly idempotencyKey: string | null;
  readonly requestHash: string | null;
}

/** An exchange as stored, with what says whether a retried request is the same one. */
export interface StoredExchange {
  readonly exchange: DialogueEvent;
  readonly recordedAt: Date;
  readonly requestHash: string | null;
}

/** Where a page of exchanges starts: after this exchange, newest first. */
export interface ExchangePageQuery {
  readonly after: { readonly occurredAt: Date; readonly id: string } | null;
  readonly limit: number;
  readonly audience?: string;
}

interface ExchangeRow {
  id: string;
  audience: string;
  occurred_at: Date;
  channel: string;
  participants: DialogueEvent['participants'];
  summary: string;
  decisions: string[];
  recorded_by_organisation_id: string;
  recorded_at: Date;
  request_hash: string | null;
}

const EXCHANGE_COLUMNS = `id, audience, occurred_at, channel, participants, summary, decisions,
       recorded_by_organisation_id, recorded_at, request_hash`;

/**
 * The `dialogue_exchange` table: exchanges are appended, never changed, and read a page at a time in SQL
 * (newest first, by instant then id, which its index serves).
 */
export class DialogueExchangeRepository {
  /**
   * Appends the exchange with its audit rows in one statement, unless the party already sent this key for
   * this partnership: then nothing is written and the result is undefined (`findByKey` gives the row).
   */
  async append(
    manager: EntityManager,
    added: NewExchange,
    audit: readonly AuditRow[],
  ): Promise<StoredExchange | undefined> {
    const { exchange } = added;
    const rows: ExchangeRow[] = await manager.query(
      `WITH appended AS (
         INSERT INTO dialogue_exchange (id, partnership_id, audience, occurred_at, channel, participants,
                                        summary, decisions, recorded_by_organisation_id, recorded_by_user_id,
                                        idempotency_key, request_hash)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8::text[], $9, $10, $11, $12)
         ON CONFLICT (partnership_id, recorded_by_organisation_id, idempotency_key)
           WHERE idempotency_key IS NOT NULL DO NOTHING
         RETURNING ${EXCHANGE_COLUMNS}
       ), audited AS (
         ${auditRowsInsert('$13')}
          WHERE EXISTS (SELECT 1 FROM appended)
       )
       SELECT * FROM appended`,
      [
        exchange.id,
        added.partnershipId,
        exchange.audience,
        exchange.occurredAt,
        exchange.channel,
        JSON.stringify(exchange.participants),
        exchange.summary,
        exchange.decisions,
        exchange.recordedBy,
        added.recordedByUserId,
        added.idempotencyKey,
        added.requestHash,
        JSON.stringify(audit),
      ],
    );
    const [row] = rows;
    return row ? storedExchangeOf(row) : undefined;
  }

  /** The exchange a party appended with this key, if any. */
  async findByKey(
    manager: EntityManager,
    partnershipId: string,
    organisationId: string,
    idempotencyKey: string,
  ): Promise<StoredExchange | undefined> {
    const rows: ExchangeRow[] = await manager.query(
      `SELECT ${EXCHANGE_COLUMNS} FROM dialogue_exchange
        WHERE partnership_id = $1 AND recorded_by_organisation_id = $2 AND idempotency_key = $3`,
      [partnershipId, organisationId, idempotencyKey],
    );
    const [row] = rows;
    return row ? storedExchangeOf(row) : undefined;
  }

  /** One page, newest first, and whether more follow (one row more is read to know). */
  async page(
    manager: EntityManager,
    partnershipId: string,
    query: ExchangePageQuery,
  ): Promise<{ exchanges: DialogueEvent[]; more: boolean }> {
    const parameters: unknown[] = [partnershipId, query.limit + 1];
    const conditions = ['partnership_id = $1'];
    if (query.audience) {
      parameters.push(query.audience);
      conditions.push(`audience = $${parameters.length}`);
    }
    if (query.after) {
      parameters.push(query.after.occurredAt, query.after.id);
      conditions.push(`(occurred_at, id) < ($${parameters.length - 1}, $${parameters.length}::uuid)`);
    }
    const rows: ExchangeRow[] = await manager.query(
      `SELECT ${EXCHANGE_COLUMNS} FROM dialogue_exchange
        WHERE ${conditions.join(' AND ')}
        ORDER BY occurred_at DESC, id DESC
        LIMIT $2`,
      parameters,
    );
    return {
      exchanges: rows.slice(0, query.limit).map((row) => storedExchangeOf(row).exchange),
      more: rows.length > query.limit,
    };
  }
}

function storedExchangeOf(row: ExchangeRow): StoredExchange {
  return {
    exchange: {
      id: row.id,
      audience: row.audience as DialogueEvent['audience'],
      occurredAt: row.occurred_at,
      channel: row.channel as DialogueEvent['channel'],
      participants: row.participants,
      summary: row.summary,
      decisions: row.decisions,
      recordedBy: row.recorded_by_organisation_id,
    },
    recordedAt: row.recorded_at,
    requestHash: row.request_hash,
  };
}
