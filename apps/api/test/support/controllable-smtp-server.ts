import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface AcceptedMail {
  to: string[];
  subject: string;
  text: string;
  messageId: string;
}

/**
 * A real SMTP server in the test process whose behaviour the test switches:
 * - `accept`: every mail is accepted and recorded;
 * - `refuse`: every mail is refused with a temporary error (the mail server is down for the sender);
 * - `hold`: mails are received but not answered until `release()`; a client that dies meanwhile never got
 *   its mail accepted, so it is not recorded (a message counts only once acknowledged, as in real SMTP);
 * - `holdAfter`: accepts that many mails in all, then holds the next ones;
 * - `answerDelayMs`: a slow server, which takes the mail when it has received it and answers 250 only that
 *   long after: the mail counts as accepted then, even if the client has stopped waiting (as a real server
 *   that stored the message would deliver it).
 */
export class ControllableSmtpServer {
  readonly accepted: AcceptedMail[] = [];
  mode: 'accept' | 'refuse' | 'hold' = 'accept';
  holdAfter: number | undefined;
  answerDelayMs = 0;
  private readonly held = new Map<string, { mail: AcceptedMail; answer: () => void }>();
  private readonly server: SMTPServer;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      closeTimeout: 100,
      onMailFrom: (_address, _session, callback) => {
        if (this.mode !== 'refuse') return callback();
        const error = new Error('Service temporarily unavailable') as Error & { responseCode: number };
        error.responseCode = 451;
        return callback(error);
      },
      onData: (stream, session, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          simpleParser(Buffer.concat(chunks)).then((parsed) => {
            const mail = {
              to: session.envelope.rcptTo.map((rcpt) => rcpt.address),
              subject: parsed.subject ?? '',
              text: parsed.text ?? '',
              messageId: parsed.messageId ?? '',
            };
            const answer = () => {
              this.accepted.push(mail);
              callback();
            };
            const full = this.holdAfter !== undefined && this.accepted.length >= this.holdAfter;
            if (this.mode === 'hold' || full) this.held.set(session.id, { mail, answer });
            else if (this.answerDelayMs > 0) setTimeout(answer, this.answerDelayMs);
            else answer();
          }, callback);
        });
      },
      // The sender went away before its mail was acknowledged: it was never accepted.
      onClose: (session) => {
        this.held.delete(session.id);
      },
    });
  }

  get heldCount(): number {
    return this.held.size;
  }

  async start(): Promise<string> {
    // smtp-server reports a client's connection errors on the server (a worker killed mid-session resets
    // its socket): expected here, and without a listener they would end the test process.
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  /** Accepts the held mails and every mail from now on. */
  release(): void {
    this.mode = 'accept';
    this.holdAfter = undefined;
    for (const [id, { answer }] of this.held) {
      this.held.delete(id);
      answer();
    }
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Mails accepted for one of these addresses. */
  mailsTo(addresses: readonly string[]): AcceptedMail[] {
    return this.accepted.filter((mail) => mail.to.some((to) => addresses.includes(to)));
  }
}
