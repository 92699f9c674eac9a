import type { AddressInfo, Server } from 'node:net';
import { apiDependency } from './api-runtime';

interface SmtpServerInstance {
  server: Server;
  listen(port: number, host: string, callback: () => void): void;
  close(callback: () => void): void;
  on(event: 'error', listener: (error: Error) => void): void;
}
type SmtpServerClass = new (options: Record<string, unknown>) => SmtpServerInstance;

/** A local SMTP server that accepts every mail and counts them (no parsing: the sink must not be the limit). */
export class SmtpSink {
  accepted = 0;
  private readonly server: SmtpServerInstance;

  constructor() {
    const { SMTPServer } = apiDependency<{ SMTPServer: SmtpServerClass }>('smtp-server');
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData: (stream: NodeJS.ReadableStream, _session: unknown, callback: () => void) => {
        stream.on('data', () => undefined);
        stream.on('end', () => {
          this.accepted += 1;
          callback();
        });
      },
    });
  }

  async start(): Promise<string> {
    // A client's connection errors come here (the worker stopped at the end resets its sockets).
    this.server.on('error', () => undefined);
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.server.address() as AddressInfo;
    return `smtp://127.0.0.1:${port}`;
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
