import { randomUUID } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { findFreePort } from './process-utils';

export interface SmtpSink {
  readonly url: string;
  readonly mailDir: string;
  stop(): Promise<void>;
}

/** What the sink keeps of each message, beside the raw `.eml`; the API's development mail page reads it. */
export interface CapturedMail {
  id: string;
  receivedAt: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string | null;
}

/**
 * A real SMTP server, in-process, that accepts every message and writes it to `mailDir` as `<id>.eml` and
 * `<id>.json`. Nothing is relayed: in development no mail leaves the machine.
 */
export async function startSmtpSink(options: { mailDir: string; preferredPort?: number }): Promise<SmtpSink> {
  mkdirSync(options.mailDir, { recursive: true });
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    size: 25 * 1024 * 1024,
    onData(stream, _session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        storeMessage(options.mailDir, Buffer.concat(chunks)).then(() => callback(), callback);
      });
    },
  });
  const port = await findFreePort(options.preferredPort);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  // smtp-server reports a client's connection errors on the server (a worker stopped mid-session resets its
  // socket): without a listener, the first one would stop the whole local stack.
  server.on('error', () => undefined);
  return {
    url: `smtp://127.0.0.1:${port}`,
    mailDir: options.mailDir,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function storeMessage(mailDir: string, raw: Buffer): Promise<void> {
  const parsed = await simpleParser(raw);
  const receivedAt = new Date().toISOString();
  // Time-ordered names keep the folder readable with `ls`.
  const id = `${receivedAt.replace(/[:.]/g, '-')}-${randomUUID().slice(0, 8)}`;
  const mail: CapturedMail = {
    id,
    receivedAt,
    from: parsed.from?.text ?? '',
    to: addressesOf(parsed.to),
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : null,
  };
  writeFileSync(join(mailDir, `${id}.eml`), raw);
  writeFileSync(join(mailDir, `${id}.json`), JSON.stringify(mail, null, 2));
}

function addressesOf(field: AddressObject | AddressObject[] | undefined): string[] {
  const objects = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return objects.flatMap((object) => object.value.map((entry) => entry.address ?? '')).filter(Boolean);
}
