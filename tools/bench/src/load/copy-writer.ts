import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type { Client } from 'pg';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';

/** A value of one CSV field: text, number, boolean, instant, text array, JSON document, or NULL. */
export type CopyValue = string | number | boolean | Date | readonly string[] | JsonDocument | null;

/** Marks a value to be written as JSON (a jsonb column), already serialised. */
export class JsonDocument {
  constructor(readonly text: string) {}
}

/** Flush to the server past this many characters: large enough to amortise calls, small enough to stream. */
const CHUNK_CHARACTERS = 512 * 1024;

/**
 * Streams rows into one table with `COPY … FROM STDIN (FORMAT csv)` on its own connection: the fastest way
 * PostgreSQL ingests rows, with backpressure so that memory stays flat whatever the row count.
 */
export class CopyWriter {
  private buffer = '';
  private rows = 0;
  /** The stream's error, kept for the next write: unlistened, it would crash the process before the load's own error is told. */
  private failure: Error | undefined;

  private constructor(
    private readonly stream: CopyStreamQuery,
    readonly table: string,
  ) {
    stream.on('error', (error: Error) => {
      this.failure ??= error;
    });
  }

  static open(client: Client, table: string, columns: readonly string[]): CopyWriter {
    const quoted = columns.map((column) => `"${column}"`).join(', ');
    const stream = client.query(copyFrom(`COPY "${table}" (${quoted}) FROM STDIN WITH (FORMAT csv)`));
    return new CopyWriter(stream, table);
  }

  get rowCount(): number {
    return this.rows;
  }

  async write(values: readonly CopyValue[]): Promise<void> {
    if (this.failure) throw this.failure;
    this.buffer += `${values.map(encodeField).join(',')}\n`;
    this.rows += 1;
    if (this.buffer.length >= CHUNK_CHARACTERS) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.buffer === '') return;
    const chunk = this.buffer;
    this.buffer = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  /** Sends what is left and waits for the server to acknowledge the whole COPY. */
  async close(): Promise<number> {
    await this.flush();
    this.stream.end();
    await finished(this.stream);
    return this.rows;
  }
}

function encodeField(value: CopyValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (value instanceof Date) return value.toISOString();
  if (value instanceof JsonDocument) return quoteCsv(value.text);
  if (typeof value === 'string') return quoteCsv(value);
  return quoteCsv(arrayLiteral(value));
}

/** Always quoted, so that an empty text stays an empty text and never reads as NULL. */
function quoteCsv(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A PostgreSQL array literal with every element quoted (names may hold commas, quotes or braces). */
function arrayLiteral(items: readonly string[]): string {
  return `{${items.map((item) => `"${item.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`;
}
