import { DIALOGUE_AUDIENCES, type DialogueEvent } from '@passerelle/domain';
import type { EntityManager } from 'typeorm';
import { AppendOnlyTable } from './append-only-table';

/** An exchange row (`exchange`) as the domain names its fields, with its instant as JSON text. */
const EXCHANGE_JSON = `json_build_object(
            'id', exchange.id, 'audience', exchange.audience, 'occurredAt', exchange.occurred_at,
            'channel', exchange.channel, 'participants', exchange.participants, 'summary', exchange.summary,
            'decisions', exchange.decisions, 'recordedBy', exchange.recorded_by_organisation_id)`;

/**
 * A partnership's exchanges, oldest first, as one JSON array (null without any): what the lifecycle
 * snapshot reads, as a subquery of a statement over `partnership`.
 */
export const EXCHANGES_OF_PARTNERSHIP = `SELECT json_agg(${EXCHANGE_JSON}
            ORDER BY exchange.occurred_at, exchange.id)
       FROM dialogue_exchange exchange WHERE exchange.partnership_id = partnership.id`;

/**
 * The latest exchange of each audience of a partnership, as `EXCHANGES_OF_PARTNERSHIP` gives them: what the
 * next exchange due is computed from (exchanges are never in the future). One index probe per audience.
 */
export const LATEST_EXCHANGES_OF_PARTNERSHIP = `SELECT json_agg(${EXCHANGE_JSON}
            ORDER BY exchange.occurred_at, exchange.id)
       FROM unnest(ARRAY[${DIALOGUE_AUDIENCES.map((audience) => `'${audience}'`).join(', ')}]) AS audience(name)
       CROSS JOIN LATERAL (
         SELECT * FROM dialogue_exchange latest
          WHERE latest.partnership_id = partnership.id AND latest.audience = audience.name
          ORDER BY latest.occurred_at DESC, latest.id DESC LIMIT 1) AS exchange`;

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
}

/**
 * The `dialogue_exchange` table: exchanges are appended (`AppendOnlyTable`), never changed, and read a page
 * at a time in SQL (newest first, by instant then id, which its index serves).
 */
export class DialogueExchangeRepository {
  readonly appends = new AppendOnlyTable<DialogueEvent, ExchangeRow>({
    table: 'dialogue_exchange',
    columns: [
      ['id', 'uuid'],
      ['audience', 'varchar'],
      ['occurred_at', 'timestamptz'],
      ['channel', 'varchar'],
      ['participants', 'jsonb'],
      ['summary', 'text'],
      ['decisions', 'text[]'],
    ],
    valuesOf: (exchange) => [
      exchange.id,
      exchange.audience,
      exchange.occurredAt,
      exchange.channel,
      JSON.stringify(exchange.participants),
      exchange.summary,
      exchange.decisions,
    ],
    recordOf: exchangeOf,
  });

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
      `SELECT id, audience, occurred_at, channel, participants, summary, decisions, recorded_by_organisation_id
         FROM dialogue_exchange
        WHERE ${conditions.join(' AND ')}
        ORDER BY occurred_at DESC, id DESC
        LIMIT $2`,
      parameters,
    );
    return {
      exchanges: rows.slice(0, query.limit).map(exchangeOf),
      more: rows.length > query.limit,
    };
  }
}

function exchangeOf(row: ExchangeRow): DialogueEvent {
  return {
    id: row.id,
    audience: row.audience as DialogueEvent['audience'],
    occurredAt: row.occurred_at,
    channel: row.channel as DialogueEvent['channel'],
    participants: row.participants,
    summary: row.summary,
    decisions: row.decisions,
    recordedBy: row.recorded_by_organisation_id,
  };
}
